import { codec, defineElement, prop } from '../core/index.js'

/** `<owner>` (`/networkport/owner`). */
export class NetworkPortOwner extends defineElement('owner', {
  /** Name: `name` in `<owner>`. */
  name: prop('name', codec.string),
  /** UUID: `uuid` in `<owner>`. */
  uuid: prop('uuid', codec.uuid),
}, { order: ['name', 'uuid'] }) {}
