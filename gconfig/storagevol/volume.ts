import { child, codec, defineDocument, prop, size } from '../core/index.js'
import { StorageVolSource } from './source.js'
import { StorageVolTarget } from './target.js'
import { StorageVolBackingStore } from './backing-store.js'

/** `<volume>` (`/volume`). */
export class StorageVol extends defineDocument('volume', {
  type: prop('@type', codec.enum('file', 'block', 'dir', 'network', 'netdir')),
  name: prop('name', codec.string),
  key: prop('key', codec.string),
  source: child('source', StorageVolSource),
  capacity: size('capacity'),
  allocation: size('allocation'),
  physical: size('physical'),
  target: child('target', StorageVolTarget),
  backingStore: child('backingStore', StorageVolBackingStore),
}, { schema: 'storagevol.rng', order: ['name', 'key', 'source', 'capacity', 'allocation', 'physical', 'target', 'backingStore'] }) {}
