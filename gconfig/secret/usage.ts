import { codec, defineElement, prop } from '../core/index.js'

/** `<usage>` (`/secret/usage`). */
export class SecretUsage extends defineElement('usage', {
  /** Type: `@type` in `<usage>`. */
  type: prop('@type', codec.enum('volume', 'ceph', 'iscsi', 'tls', 'vtpm')),
  /** `volume` in `<usage>`. */
  volume: prop('volume', codec.string),
  /** Name: `name` in `<usage>`. */
  name: prop('name', codec.string),
  /** Target: `target` in `<usage>`. */
  target: prop('target', codec.string),
}, { order: ['volume', 'name', 'target'] }) {}
