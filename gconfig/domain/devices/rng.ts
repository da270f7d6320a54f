/**
 * `<rng>`: a virtio random number generator and its host back-end.
 * @module
 */
import { children, codec, defineElement, prop } from '../../core/index.js'
import { deviceCommon, virtioDriverOptions } from '../common.js'
import { DomainChardevSource, chardevType } from './chardev.js'

/** `<rng>`: a random number generator. */
export class DomainRng extends defineElement('rng', {
  /** Device model. */
  model: prop('@model', codec.enum('virtio', 'virtio-transitional', 'virtio-non-transitional')),
  /** Rate limit: bytes per period. */
  rateBytes: prop('rate/@bytes', codec.uint),
  /** Rate limit period in milliseconds. */
  ratePeriod: prop('rate/@period', codec.uint),
  /** Back-end model. */
  backendModel: prop('backend/@model', codec.enum('random', 'egd', 'builtin')),
  /** Host device of a `random` back-end (`/dev/urandom`). */
  backendDevice: prop('backend', codec.string),
  /** Character device type of an `egd` back-end. */
  backendType: prop('backend/@type', chardevType),
  /** Sources of an `egd` back-end. */
  backendSources: children('backend/source', DomainChardevSource),
  /** Protocol of an `egd` back-end. */
  backendProtocolType: prop('backend/protocol/@type', codec.enum('raw', 'telnet', 'telnets', 'tls')),
  /** Log file of an `egd` back-end. */
  backendLogFile: prop('backend/log/@file', codec.string),
  /** Append to the back-end log. */
  backendLogAppend: prop('backend/log/@append', codec.onOff),
  ...virtioDriverOptions,
  ...deviceCommon,
}, { order: ['rate', 'backend', 'driver', 'alias', 'acpi', 'address'], childOrder: { backend: ['source', 'protocol', 'log'] } }) {}
