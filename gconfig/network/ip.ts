import { child, children, codec, defineElement, prop } from '../core/index.js'

/** `<range>` (`/network/ip/dhcp/range`). */
export class NetworkDhcpRange extends defineElement('range', {
  start: prop('@start', codec.string),
  end: prop('@end', codec.string),
  leaseExpiry: prop('lease/@expiry', codec.uint),
  leaseUnit: prop('lease/@unit', codec.enum('seconds', 'minutes', 'hours')),
}) {}

/** `<host>` (`/network/ip/dhcp/host`). */
export class NetworkDhcpHost extends defineElement('host', {
  mac: prop('@mac', codec.mac),
  id: prop('@id', codec.string),
  name: prop('@name', codec.string),
  ip: prop('@ip', codec.string),
  leaseExpiry: prop('lease/@expiry', codec.uint),
  leaseUnit: prop('lease/@unit', codec.enum('seconds', 'minutes', 'hours')),
}) {}

/** Define the range(s) of IP addresses that the DHCP server should hand out (`/network/ip/dhcp`). */
export class NetworkIpDhcp extends defineElement('dhcp', {
  ranges: children('range', NetworkDhcpRange),
  hosts: children('host', NetworkDhcpHost),
  bootpFile: prop('bootp/@file', codec.string),
  bootpServer: prop('bootp/@server', codec.string),
}, { order: ['range', 'host', 'bootp'] }) {}

/** The IP element sets up NAT'ing and an optional DHCP server local to the host. (`/network/ip`). */
export class NetworkIp extends defineElement('ip', {
  address: prop('@address', codec.string),
  netmask: prop('@netmask', codec.string),
  prefix: prop('@prefix', codec.uint),
  family: prop('@family', codec.string),
  localPtr: prop('@localPtr', codec.yesNo),
  tftpRoot: prop('tftp/@root', codec.string),
  /** Define the range(s) of IP addresses that the DHCP server should hand out */
  dhcp: child('dhcp', NetworkIpDhcp),
}, { order: ['tftp', 'dhcp'] }) {}
