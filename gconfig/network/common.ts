import { children, codec, defineElement, prop } from '../core/index.js'

/** `<virtualport>` (`/network/virtualport`). */
export class NetworkVirtualport extends defineElement('virtualport', {
  type: prop('@type', codec.enum('802.1Qbg', '802.1Qbh', 'openvswitch', 'midonet')),
  parametersManagerid: prop('parameters/@managerid', codec.hex),
  parametersTypeid: prop('parameters/@typeid', codec.hex),
  parametersTypeidversion: prop('parameters/@typeidversion', codec.hex),
  parametersInstanceid: prop('parameters/@instanceid', codec.uuid),
  parametersProfileid: prop('parameters/@profileid', codec.string),
  parametersInterfaceid: prop('parameters/@interfaceid', codec.uuid),
}) {}

/** `<bandwidth>` (`/network/portgroup/bandwidth`). */
export class NetworkPortgroupBandwidth extends defineElement('bandwidth', {
  classID: prop('@classID', codec.uint),
  inboundAverage: prop('inbound/@average', codec.uint),
  inboundPeak: prop('inbound/@peak', codec.uint),
  inboundFloor: prop('inbound/@floor', codec.uint),
  inboundBurst: prop('inbound/@burst', codec.uint),
  outboundAverage: prop('outbound/@average', codec.uint),
  outboundPeak: prop('outbound/@peak', codec.uint),
  outboundFloor: prop('outbound/@floor', codec.uint),
  outboundBurst: prop('outbound/@burst', codec.uint),
}, { order: ['inbound', 'outbound'] }) {}

/** `<tag>` (`/network/portgroup/vlan/tag`). */
export class NetworkVlanTag extends defineElement('tag', {
  id: prop('@id', codec.uint),
  nativeMode: prop('@nativeMode', codec.enum('tagged', 'untagged')),
}) {}

/** `<vlan>` (`/network/portgroup/vlan`). */
export class NetworkPortgroupVlan extends defineElement('vlan', {
  trunk: prop('@trunk', codec.enum('yes')),
  tags: children('tag', NetworkVlanTag),
}) {}
