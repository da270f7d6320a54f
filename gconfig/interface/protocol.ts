import { children, codec, defineElement, flag, prop } from '../core/index.js'

/** `<ip>` (`/interface/protocol/ip`). */
export class InterfaceProtocolIp extends defineElement('ip', {
  /** Address: `@address` in `<ip>`. */
  address: prop('@address', codec.string),
  /** Prefix length: `@prefix` in `<ip>`. */
  prefix: prop('@prefix', codec.uint),
}) {}

/** `<route>` (`/interface/protocol/route`). */
export class InterfaceProtocolRoute extends defineElement('route', {
  /** Gateway: `@gateway` in `<route>`. */
  gateway: prop('@gateway', codec.string),
}) {}

/** `<protocol>` (`/interface/protocol`). */
export class InterfaceProtocol extends defineElement('protocol', {
  /** Family: `@family` in `<protocol>`. */
  family: prop('@family', codec.enum('ipv4', 'ipv6')),
  /** `dhcp/@peerdns` in `<protocol>`. */
  dhcpPeerdns: prop('dhcp/@peerdns', codec.yesNo),
  /** The `<ip>` elements (`ip`), as a live list. */
  ips: children('ip', InterfaceProtocolIp),
  /** The `<route>` elements (`route`), as a live list. */
  routes: children('route', InterfaceProtocolRoute),
  /** Whether `<protocol>` has `<autoconf/>` (`autoconf`). */
  autoconf: flag('autoconf'),
}, { order: ['dhcp', 'ip', 'route', 'autoconf'] }) {}
