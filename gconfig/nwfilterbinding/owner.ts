import { codec, defineElement, prop } from '../core/index.js'

/** `<owner>` (`/filterbinding/owner`). */
export class NetworkFilterBindingOwner extends defineElement('owner', {
  name: prop('name', codec.string),
  uuid: prop('uuid', codec.uuid),
}, { order: ['name', 'uuid'] }) {}
