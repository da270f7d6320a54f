import { children, defineDocument } from '../core/index.js'
import { StoragePoolCapabilitiesPool } from './pool.js'

/** `<storagepoolCapabilities>` (`/storagepoolCapabilities`). */
export class StoragePoolCapabilities extends defineDocument('storagepoolCapabilities', {
  /** The `<pool>` elements (`pool`), as a live list. */
  pools: children('pool', StoragePoolCapabilitiesPool),
}, { schema: 'storagepoolcaps.rng' }) {}
