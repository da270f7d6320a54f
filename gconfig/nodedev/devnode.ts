import { codec, defineElement, prop } from '../core/index.js'

/** `<devnode>` (`/device/devnode`). */
export class NodeDeviceDevnode extends defineElement('devnode', {
  /** Type: `@type` in `<devnode>`. */
  type: prop('@type', codec.enum('dev', 'link')),
  /** The text of `<devnode>`. */
  value: prop('.', codec.string),
}) {}
