/**
 * `<redirdev>` (USB redirection) and `<redirfilter>`.
 * @module
 */
import { children, codec, defineElement, prop } from '../../core/index.js'
import { deviceBoot, deviceCommon } from '../common.js'
import { chardevBackend } from './chardev.js'

/** `<redirdev>`: a USB device redirected from a client. */
export class DomainRedirdev extends defineElement('redirdev', {
  /** Bus (`usb`). */
  bus: prop('@bus', codec.enum('usb')),
  ...chardevBackend,
  ...deviceBoot,
  ...deviceCommon,
}, { order: ['source', 'protocol', 'log', 'boot', 'alias', 'acpi', 'address'] }) {}

/** `<usbdev>` rule of a redirection filter. */
export class DomainRedirfilterUsbdev extends defineElement('usbdev', {
  /** Allow or deny. */
  allow: prop('@allow', codec.yesNo),
  /** USB class (`0x08`, or -1 for any). */
  class: prop('@class', codec.string),
  /** Vendor id (`0x1234`, or -1). */
  vendor: prop('@vendor', codec.string),
  /** Product id (`0x1234`, or -1). */
  product: prop('@product', codec.string),
  /** Device version (`1.10`, or -1). */
  version: prop('@version', codec.string),
}) {}

/** `<redirfilter>`: which USB devices may be redirected. */
export class DomainRedirfilter extends defineElement('redirfilter', {
  /** Rules, first match wins. */
  usbdevs: children('usbdev', DomainRedirfilterUsbdev),
}) {}
