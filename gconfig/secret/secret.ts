import { child, codec, defineDocument, prop } from '../core/index.js'
import { SecretUsage } from './usage.js'

/**
 * `<secret>`: a secret's metadata (its value is set apart, never in the XML).
 * @example
 * ```ts
 * const s = new Secret()
 * s.ephemeral = false
 * s.private = true
 * s.usage = new SecretUsage()
 * s.usage.type = 'volume'
 * s.usage.volume = '/var/lib/libvirt/images/luks.img'
 * s.toXml()
 * ```
 */
export class Secret extends defineDocument('secret', {
  /** Kept in memory only: `@ephemeral` in `<secret>`. */
  ephemeral: prop('@ephemeral', codec.yesNo),
  /** Not revealed to clients: `@private` in `<secret>`. */
  private: prop('@private', codec.yesNo),
  /** UUID: `uuid` in `<secret>`. */
  uuid: prop('uuid', codec.uuid),
  /** Description: `description` in `<secret>`. */
  description: prop('description', codec.string),
  /** The `<usage>` element (`usage`), as a view; undefined when absent. */
  usage: child('usage', SecretUsage),
}, { schema: 'secret.rng', order: ['uuid', 'description', 'usage'] }) {}
