import { codec, defineElement, prop } from '../core/index.js'

/** use this when no type attribute is present (`/networkport/virtualport`). */
export class NetworkPortVirtualport extends defineElement('virtualport', {
  type: prop('@type', codec.enum('802.1Qbg', '802.1Qbh', 'openvswitch', 'midonet')),
  parametersManagerid: prop('parameters/@managerid', codec.hex),
  parametersTypeid: prop('parameters/@typeid', codec.hex),
  parametersTypeidversion: prop('parameters/@typeidversion', codec.hex),
  parametersInstanceid: prop('parameters/@instanceid', codec.uuid),
  parametersProfileid: prop('parameters/@profileid', codec.string),
  parametersInterfaceid: prop('parameters/@interfaceid', codec.uuid),
}) {}
