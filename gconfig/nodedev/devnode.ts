import { codec, defineElement, prop } from '../core/index.js'

/** `<devnode>` (`/device/devnode`). */
export class NodeDeviceDevnode extends defineElement('devnode', {
  type: prop('@type', codec.enum('dev', 'link')),
  value: prop('.', codec.string),
}) {}
