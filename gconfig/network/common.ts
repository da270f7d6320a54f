import { children, codec, defineElement, prop } from '../core/index.js'

/** `<virtualport>` (`/network/virtualport`). */
export class NetworkVirtualport extends defineElement('virtualport', {
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

/** `<bandwidth>` (networkcommon.rng's `bandwidth`): of `/network`, `/network/portgroup` and, as `NetworkPortBandwidth`, `/networkport`. */
export class NetworkPortgroupBandwidth extends defineElement('bandwidth', {
  /** `@classID` in `<bandwidth>`. */
  classID: prop('@classID', codec.uint),
  /** Average rate: `inbound/@average` in `<bandwidth>`. */
  inboundAverage: prop('inbound/@average', codec.uint),
  /** Peak rate: `inbound/@peak` in `<bandwidth>`. */
  inboundPeak: prop('inbound/@peak', codec.uint),
  /** Guaranteed floor rate: `inbound/@floor` in `<bandwidth>`. */
  inboundFloor: prop('inbound/@floor', codec.uint),
  /** Burst size: `inbound/@burst` in `<bandwidth>`. */
  inboundBurst: prop('inbound/@burst', codec.uint),
  /** Average rate: `outbound/@average` in `<bandwidth>`. */
  outboundAverage: prop('outbound/@average', codec.uint),
  /** Peak rate: `outbound/@peak` in `<bandwidth>`. */
  outboundPeak: prop('outbound/@peak', codec.uint),
  /** Guaranteed floor rate: `outbound/@floor` in `<bandwidth>`. */
  outboundFloor: prop('outbound/@floor', codec.uint),
  /** Burst size: `outbound/@burst` in `<bandwidth>`. */
  outboundBurst: prop('outbound/@burst', codec.uint),
}, { order: ['inbound', 'outbound'] }) {}

/** `<tag>` (`/network/portgroup/vlan/tag`). */
export class NetworkVlanTag extends defineElement('tag', {
  /** Identifier: `@id` in `<tag>`. */
  id: prop('@id', codec.uint),
  /** Native mode: `@nativeMode` in `<tag>`. */
  nativeMode: prop('@nativeMode', codec.enum('tagged', 'untagged')),
}) {}

/** `<vlan>` (`/network/portgroup/vlan`). */
export class NetworkPortgroupVlan extends defineElement('vlan', {
  /** Trunk mode: `@trunk` in `<vlan>`. */
  trunk: prop('@trunk', codec.enum('yes')),
  /** The `<tag>` elements (`tag`), as a live list. */
  tags: children('tag', NetworkVlanTag),
}) {}
