/**
 * `<lease>`: a lock manager lease held while the domain runs.
 * @module
 */
import { codec, defineElement, prop } from '../../core/index.js'

/** `<lease>`: a lock manager lease. */
export class DomainLease extends defineElement('lease', {
  /** Lockspace. */
  lockspace: prop('lockspace', codec.string),
  /** Lease key. */
  key: prop('key', codec.string),
  /** Lease file. */
  targetPath: prop('target/@path', codec.string),
  /** Offset in the lease file. */
  targetOffset: prop('target/@offset', codec.uint),
}, { order: ['lockspace', 'key', 'target'] }) {}
