import { codec, defineElement, prop } from '../core/index.js'

/** use this when no type attribute is present (`/networkport/virtualport`). */
export class NetworkPortVirtualport extends defineElement('virtualport', {
  /** Type: `@type` in `<virtualport>`. */
  type: prop('@type', codec.enum('802.1Qbg', '802.1Qbh', 'openvswitch', 'midonet')),
  /** `parameters/@managerid` in `<virtualport>`. */
  parametersManagerid: prop('parameters/@managerid', codec.hex),
  /** `parameters/@typeid` in `<virtualport>`. */
  parametersTypeid: prop('parameters/@typeid', codec.hex),
  /** `parameters/@typeidversion` in `<virtualport>`. */
  parametersTypeidversion: prop('parameters/@typeidversion', codec.hex),
  /** `parameters/@instanceid` in `<virtualport>`. */
  parametersInstanceid: prop('parameters/@instanceid', codec.uuid),
  /** `parameters/@profileid` in `<virtualport>`. */
  parametersProfileid: prop('parameters/@profileid', codec.string),
  /** `parameters/@interfaceid` in `<virtualport>`. */
  parametersInterfaceid: prop('parameters/@interfaceid', codec.uuid),
}) {}
