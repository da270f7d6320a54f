import { children, defineDocument } from '../core/index.js'
import { StoragePoolCapabilitiesPool } from './pool.js'

/** `<storagepoolCapabilities>` (`/storagepoolCapabilities`). */
export class StoragePoolCapabilities extends defineDocument('storagepoolCapabilities', {
  pools: children('pool', StoragePoolCapabilitiesPool),
}, { schema: 'storagepoolcaps.rng' }) {}
