import { codec, defineElement, prop } from '../core/index.js'

/** `<usage>` (`/secret/usage`). */
export class SecretUsage extends defineElement('usage', {
  type: prop('@type', codec.enum('volume', 'ceph', 'iscsi', 'tls', 'vtpm')),
  volume: prop('volume', codec.string),
  name: prop('name', codec.string),
  target: prop('target', codec.string),
}, { order: ['volume', 'name', 'target'] }) {}
