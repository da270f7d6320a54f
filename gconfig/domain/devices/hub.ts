/**
 * `<hub>`: a USB hub.
 * @module
 */
import { codec, defineElement, prop } from '../../core/index.js'
import { deviceCommon } from '../common.js'

/** `<hub>`: a hub that extends a bus. */
export class DomainHub extends defineElement('hub', {
  /** Hub type (`usb`). */
  type: prop('@type', codec.enum('usb')),
  ...deviceCommon,
}, { order: ['alias', 'acpi', 'address'] }) {}
