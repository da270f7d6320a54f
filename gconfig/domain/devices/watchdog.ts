/**
 * `<watchdog>`: a hardware watchdog and what happens when it fires.
 * @module
 */
import { codec, defineElement, prop } from '../../core/index.js'
import { deviceCommon } from '../common.js'

/** `<watchdog>`: a watchdog timer. */
export class DomainWatchdog extends defineElement('watchdog', {
  /** Device model. */
  model: prop('@model', codec.enum('i6300esb', 'ib700', 'diag288', 'itco')),
  /** Action when it fires. */
  action: prop('@action', codec.enum('reset', 'shutdown', 'poweroff', 'pause', 'none', 'dump', 'inject-nmi')),
  ...deviceCommon,
}, { order: ['alias', 'acpi', 'address'] }) {}
