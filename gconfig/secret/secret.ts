import { child, codec, defineDocument, prop } from '../core/index.js'
import { SecretUsage } from './usage.js'

/** `<secret>` (`/secret`). */
export class Secret extends defineDocument('secret', {
  ephemeral: prop('@ephemeral', codec.yesNo),
  private: prop('@private', codec.yesNo),
  uuid: prop('uuid', codec.uuid),
  description: prop('description', codec.string),
  usage: child('usage', SecretUsage),
}, { schema: 'secret.rng', order: ['uuid', 'description', 'usage'] }) {}
