import { children, defineDocument } from '../core/index.js'
import { StoragePoolCapabilitiesPool } from './pool.js'

/**
 * `<storagepoolCapabilities>`: the pool types a host supports.
 * @example
 * ```ts
 * const caps = StoragePoolCapabilities.fromXml(
 *   `<storagepoolCapabilities><pool type='dir' supported='yes'/><pool type='rbd' supported='no'/></storagepoolCapabilities>`)
 * caps.pools.toArray().filter((p) => p.supported).map((p) => p.type) // ['dir']
 * ```
 */
export class StoragePoolCapabilities extends defineDocument('storagepoolCapabilities', {
  /** The `<pool>` elements (`pool`), as a live list. */
  pools: children('pool', StoragePoolCapabilitiesPool),
}, { schema: 'storagepoolcaps.rng' }) {}
