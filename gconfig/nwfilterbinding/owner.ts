import { codec, defineElement, prop } from '../core/index.js'

/** `<owner>` (`/filterbinding/owner`). */
export class NetworkFilterBindingOwner extends defineElement('owner', {
  /** Name: `name` in `<owner>`. */
  name: prop('name', codec.string),
  /** UUID: `uuid` in `<owner>`. */
  uuid: prop('uuid', codec.uuid),
}, { order: ['name', 'uuid'] }) {}
