/**
 * `<memballoon>`: the memory balloon device.
 * @module
 */
import { codec, defineElement, prop } from '../../core/index.js'
import { deviceCommon, virtioDriverOptions } from '../common.js'

/** `<memballoon>`: the balloon that lets the host reclaim guest memory. */
export class DomainMemballoon extends defineElement('memballoon', {
  /** Model; `none` disables the balloon. */
  model: prop('@model', codec.enum('virtio', 'xen', 'none', 'virtio-transitional', 'virtio-non-transitional')),
  /** Deflate on guest OOM. */
  autodeflate: prop('@autodeflate', codec.onOff),
  /** Free page reporting. */
  freePageReporting: prop('@freePageReporting', codec.onOff),
  /** Statistics polling period in seconds. */
  statsPeriod: prop('stats/@period', codec.uint),
  ...virtioDriverOptions,
  ...deviceCommon,
}, { order: ['stats', 'alias', 'acpi', 'address', 'driver'] }) {}
