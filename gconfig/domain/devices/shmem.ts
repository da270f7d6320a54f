/**
 * `<shmem>`: an inter-VM shared memory device (ivshmem).
 * @module
 */
import { codec, defineElement, prop, size } from '../../core/index.js'
import { deviceCommon } from '../common.js'

/** `<shmem>`: shared memory between guests and host. */
export class DomainShmem extends defineElement('shmem', {
  /** Shared memory object name. */
  name: prop('@name', codec.string),
  /** Migration role. */
  role: prop('@role', codec.enum('master', 'peer')),
  /** Device model. */
  modelType: prop('model/@type', codec.enum('ivshmem', 'ivshmem-plain', 'ivshmem-doorbell')),
  /** Size in bytes. */
  size: size('size'),
  /** ivshmem server socket. */
  serverPath: prop('server/@path', codec.string),
  /** Number of MSI vectors. */
  msiVectors: prop('msi/@vectors', codec.uint),
  /** MSI ioeventfd. */
  msiIoeventfd: prop('msi/@ioeventfd', codec.onOff),
  ...deviceCommon,
}, { order: ['model', 'size', 'server', 'msi', 'alias', 'acpi', 'address'] }) {}
