/**
 * `<crypto>`: a virtio crypto accelerator.
 * @module
 */
import { codec, defineElement, prop } from '../../core/index.js'
import { deviceCommon, virtioDriverOptions } from '../common.js'

/** `<crypto>`: a crypto device. */
export class DomainCrypto extends defineElement('crypto', {
  /** Model (`virtio`). */
  model: prop('@model', codec.enum('virtio')),
  /** Type (`qemu`). */
  type: prop('@type', codec.enum('qemu')),
  /** Back-end model. */
  backendModel: prop('backend/@model', codec.enum('builtin', 'lkcf')),
  /** Back-end queues. */
  backendQueues: prop('backend/@queues', codec.uint),
  ...virtioDriverOptions,
  ...deviceCommon,
}, { order: ['backend', 'driver', 'alias', 'acpi', 'address'] }) {}
