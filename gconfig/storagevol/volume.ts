import { child, codec, defineDocument, prop, size } from '../core/index.js'
import { StorageVolSource } from './source.js'
import { StorageVolTarget } from './target.js'
import { StorageVolBackingStore } from './backing-store.js'

/**
 * `<volume>`: a storage volume.
 * @example
 * ```ts
 * const vol = new StorageVol()
 * vol.name = 'vm1.qcow2'
 * vol.capacity = 20 * 1024 ** 3 // bytes
 * vol.target = new StorageVolTarget()
 * vol.target.formatType = 'qcow2'
 * vol.toXml()
 * ```
 */
export class StorageVol extends defineDocument('volume', {
  /** Type: `@type` in `<volume>`. */
  type: prop('@type', codec.enum('file', 'block', 'dir', 'network', 'netdir')),
  /** Name: `name` in `<volume>`. */
  name: prop('name', codec.string),
  /** Key: `key` in `<volume>`. */
  key: prop('key', codec.string),
  /** The `<source>` element (`source`), as a view; undefined when absent. */
  source: child('source', StorageVolSource),
  /** Capacity, in bytes: `capacity` in `<volume>`. */
  capacity: size('capacity'),
  /** Allocation, in bytes: `allocation` in `<volume>`. */
  allocation: size('allocation'),
  /** Physical size, in bytes: `physical` in `<volume>`. */
  physical: size('physical'),
  /** The `<target>` element (`target`), as a view; undefined when absent. */
  target: child('target', StorageVolTarget),
  /** The `<backingStore>` element (`backingStore`), as a view; undefined when absent. */
  backingStore: child('backingStore', StorageVolBackingStore),
}, { schema: 'storagevol.rng', order: ['name', 'key', 'source', 'capacity', 'allocation', 'physical', 'target', 'backingStore'] }) {}
