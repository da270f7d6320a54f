/**
 * `<panic>`: a guest panic notifier.
 * @module
 */
import { codec, defineElement, prop } from '../../core/index.js'
import { deviceCommon } from '../common.js'

/** `<panic>`: lets the guest report a crash to the host. */
export class DomainPanic extends defineElement('panic', {
  /** Device model. */
  model: prop('@model', codec.enum('isa', 'pseries', 'hyperv', 's390', 'pvpanic')),
  ...deviceCommon,
}, { order: ['alias', 'acpi', 'address'] }) {}
