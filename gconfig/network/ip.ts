import { child, children, codec, defineElement, prop } from '../core/index.js'

/** `<range>` (`/network/ip/dhcp/range`). */
export class NetworkDhcpRange extends defineElement('range', {
  /** Start: `@start` in `<range>`. */
  start: prop('@start', codec.string),
  /** End: `@end` in `<range>`. */
  end: prop('@end', codec.string),
  /** `lease/@expiry` in `<range>`. A `number`, or a `bigint` beyond 2^53 − 1. */
  leaseExpiry: prop('lease/@expiry', codec.u64),
  /** Unit: `lease/@unit` in `<range>`. */
  leaseUnit: prop('lease/@unit', codec.enum('seconds', 'minutes', 'hours')),
}) {}

/** `<host>` (`/network/ip/dhcp/host`). */
export class NetworkDhcpHost extends defineElement('host', {
  /** MAC address: `@mac` in `<host>`. */
  mac: prop('@mac', codec.mac),
  /** Identifier: `@id` in `<host>`. */
  id: prop('@id', codec.string),
  /** Name: `@name` in `<host>`. */
  name: prop('@name', codec.string),
  /** `@ip` in `<host>`. */
  ip: prop('@ip', codec.string),
  /** `lease/@expiry` in `<host>`. A `number`, or a `bigint` beyond 2^53 − 1. */
  leaseExpiry: prop('lease/@expiry', codec.u64),
  /** Unit: `lease/@unit` in `<host>`. */
  leaseUnit: prop('lease/@unit', codec.enum('seconds', 'minutes', 'hours')),
}) {}

/** Define the range(s) of IP addresses that the DHCP server should hand out (`/network/ip/dhcp`). */
export class NetworkIpDhcp extends defineElement('dhcp', {
  /** The `<range>` elements (`range`), as a live list. */
  ranges: children('range', NetworkDhcpRange),
  /** The `<host>` elements (`host`), as a live list. */
  hosts: children('host', NetworkDhcpHost),
  /** File path: `bootp/@file` in `<dhcp>`. */
  bootpFile: prop('bootp/@file', codec.string),
  /** `bootp/@server` in `<dhcp>`. */
  bootpServer: prop('bootp/@server', codec.string),
}, { order: ['range', 'host', 'bootp'] }) {}

/** The IP element sets up NAT'ing and an optional DHCP server local to the host. (`/network/ip`). */
export class NetworkIp extends defineElement('ip', {
  /** Address: `@address` in `<ip>`. */
  address: prop('@address', codec.string),
  /** Netmask: `@netmask` in `<ip>`. */
  netmask: prop('@netmask', codec.string),
  /** Prefix length: `@prefix` in `<ip>`. */
  prefix: prop('@prefix', codec.uint),
  /** Family: `@family` in `<ip>`. */
  family: prop('@family', codec.string),
  /** `@localPtr` in `<ip>`. */
  localPtr: prop('@localPtr', codec.yesNo),
  /** `tftp/@root` in `<ip>`. */
  tftpRoot: prop('tftp/@root', codec.string),
  /** Define the range(s) of IP addresses that the DHCP server should hand out */
  dhcp: child('dhcp', NetworkIpDhcp),
}, { order: ['tftp', 'dhcp'] }) {}
