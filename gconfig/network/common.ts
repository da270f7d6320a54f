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
  /** Average rate: `inbound/@average` in `<bandwidth>`. A `number`, or a `bigint` beyond 2^53 − 1. */
  inboundAverage: prop('inbound/@average', codec.u64),
  /** Peak rate: `inbound/@peak` in `<bandwidth>`. A `number`, or a `bigint` beyond 2^53 − 1. */
  inboundPeak: prop('inbound/@peak', codec.u64),
  /** Guaranteed floor rate: `inbound/@floor` in `<bandwidth>`. A `number`, or a `bigint` beyond 2^53 − 1. */
  inboundFloor: prop('inbound/@floor', codec.u64),
  /** Burst size: `inbound/@burst` in `<bandwidth>`. A `number`, or a `bigint` beyond 2^53 − 1. */
  inboundBurst: prop('inbound/@burst', codec.u64),
  /** Average rate: `outbound/@average` in `<bandwidth>`. A `number`, or a `bigint` beyond 2^53 − 1. */
  outboundAverage: prop('outbound/@average', codec.u64),
  /** Peak rate: `outbound/@peak` in `<bandwidth>`. A `number`, or a `bigint` beyond 2^53 − 1. */
  outboundPeak: prop('outbound/@peak', codec.u64),
  /** Guaranteed floor rate: `outbound/@floor` in `<bandwidth>`. A `number`, or a `bigint` beyond 2^53 − 1. */
  outboundFloor: prop('outbound/@floor', codec.u64),
  /** Burst size: `outbound/@burst` in `<bandwidth>`. A `number`, or a `bigint` beyond 2^53 − 1. */
  outboundBurst: prop('outbound/@burst', codec.u64),
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
