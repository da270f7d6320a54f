import { codec, defineElement, prop } from '../core/index.js'

/** `<owner>` (`/networkport/owner`). */
export class NetworkPortOwner extends defineElement('owner', {
  name: prop('name', codec.string),
  uuid: prop('uuid', codec.uuid),
}, { order: ['name', 'uuid'] }) {}
