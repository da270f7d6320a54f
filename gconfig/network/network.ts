import { child, children, codec, defineDocument, prop } from '../core/index.js'
import { NetworkMetadata } from './metadata.js'
import { NetworkForward } from './forward.js'
import { NetworkPortgroupBandwidth, NetworkPortgroupVlan, NetworkVirtualport } from './common.js'
import { NetworkPortgroup } from './portgroup.js'
import { NetworkDns } from './dns.js'
import { NetworkIp } from './ip.js'
import { NetworkRoute } from './route.js'
import { NetworkDnsmasqOptions } from './dnsmasq-options.js'

/** `<network>` (`/network`). */
export class Network extends defineDocument('network', {
  connections: prop('@connections', codec.uint),
  /** Enables IPv6 guest-to-guest communications on a network with no gateways addresses specified */
  ipv6: prop('@ipv6', codec.yesNo),
  trustGuestRxFilters: prop('@trustGuestRxFilters', codec.yesNo),
  /** The name of the network, used to refer to it through the API and in virsh */
  name: prop('name', codec.string),
  title: prop('title', codec.string),
  description: prop('description', codec.string),
  metadata: child('metadata', NetworkMetadata),
  uuid: prop('uuid', codec.uuid),
  bridgeName: prop('bridge/@name', codec.string),
  bridgeZone: prop('bridge/@zone', codec.string),
  bridgeStp: prop('bridge/@stp', codec.onOff),
  bridgeDelay: prop('bridge/@delay', codec.uint),
  bridgeMacTableManager: prop('bridge/@macTableManager', codec.enum('kernel', 'libvirt')),
  mtuSize: prop('mtu/@size', codec.int),
  macAddress: prop('mac/@address', codec.mac),
  /** The device through which the bridge is connected to the rest of the network */
  forward: child('forward', NetworkForward),
  virtualport: child('virtualport', NetworkVirtualport),
  portgroups: children('portgroup', NetworkPortgroup),
  domainName: prop('domain/@name', codec.string),
  domainLocalOnly: prop('domain/@localOnly', codec.yesNo),
  domainRegister: prop('domain/@register', codec.yesNo),
  /** Define the DNS related elements like TXT records and other features in the <dns> element */
  dns: child('dns', NetworkDns),
  bandwidth: child('bandwidth', NetworkPortgroupBandwidth),
  vlan: child('vlan', NetworkPortgroupVlan),
  portIsolated: prop('port/@isolated', codec.yesNo),
  /** The IP element sets up NAT'ing and an optional DHCP server local to the host. */
  ips: children('ip', NetworkIp),
  routes: children('route', NetworkRoute),
  /** <dnsmasq:options> */
  dnsmasqOptions: child('dnsmasq:options', NetworkDnsmasqOptions),
}, { schema: 'network.rng', order: ['name', 'title', 'description', 'metadata', 'uuid', 'bridge', 'mtu', 'mac', 'forward', 'virtualport', 'portgroup', 'domain', 'dns', 'bandwidth', 'vlan', 'port', 'ip', 'route', 'dnsmasq:options'] }) {}
