/**
 * `<vsock>`: a virtio socket device.
 * @module
 */
import { codec, defineElement, prop } from '../../core/index.js'
import { deviceCommon, virtioDriverOptions } from '../common.js'

/** `<vsock>`: host-guest sockets. */
export class DomainVsock extends defineElement('vsock', {
  /** Virtio model. */
  model: prop('@model', codec.enum('virtio', 'virtio-transitional', 'virtio-non-transitional')),
  /** Let libvirt pick the CID. */
  cidAuto: prop('cid/@auto', codec.yesNo),
  /** Guest context id. */
  cidAddress: prop('cid/@address', codec.uint),
  ...virtioDriverOptions,
  ...deviceCommon,
}, { order: ['cid', 'alias', 'acpi', 'address', 'driver'] }) {}
