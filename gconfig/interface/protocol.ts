import { children, codec, defineElement, flag, prop } from '../core/index.js'

/** `<ip>` (`/interface/protocol/ip`). */
export class InterfaceProtocolIp extends defineElement('ip', {
  address: prop('@address', codec.string),
  prefix: prop('@prefix', codec.uint),
}) {}

/** `<route>` (`/interface/protocol/route`). */
export class InterfaceProtocolRoute extends defineElement('route', {
  gateway: prop('@gateway', codec.string),
}) {}

/** `<protocol>` (`/interface/protocol`). */
export class InterfaceProtocol extends defineElement('protocol', {
  family: prop('@family', codec.enum('ipv4', 'ipv6')),
  dhcpPeerdns: prop('dhcp/@peerdns', codec.yesNo),
  ips: children('ip', InterfaceProtocolIp),
  routes: children('route', InterfaceProtocolRoute),
  autoconf: flag('autoconf'),
}, { order: ['dhcp', 'ip', 'route', 'autoconf'] }) {}
