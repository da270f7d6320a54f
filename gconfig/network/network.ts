import { child, children, codec, defineDocument, prop } from '../core/index.js'
import { NetworkMetadata } from './metadata.js'
import { NetworkForward } from './forward.js'
import { NetworkPortgroupBandwidth, NetworkPortgroupVlan, NetworkVirtualport } from './common.js'
import { NetworkPortgroup } from './portgroup.js'
import { NetworkDns } from './dns.js'
import { NetworkIp } from './ip.js'
import { NetworkRoute } from './route.js'
import { NetworkDnsmasqOptions } from './dnsmasq-options.js'

/**
 * `<network>`: a virtual network.
 * @example
 * ```ts
 * const net = new Network()
 * net.name = 'lab'
 * net.bridgeName = 'virbr9'
 * net.forward = new NetworkForward()
 * net.forward.mode = 'nat'
 * const ip = net.ips.add(new NetworkIp())
 * ip.address = '192.168.150.1'
 * ip.prefix = 24
 * net.toXml()
 * ```
 */
export class Network extends defineDocument('network', {
  /** `@connections` in `<network>`. */
  connections: prop('@connections', codec.uint),
  /** Enables IPv6 guest-to-guest communications on a network with no gateways addresses specified */
  ipv6: prop('@ipv6', codec.yesNo),
  /** `@trustGuestRxFilters` in `<network>`. */
  trustGuestRxFilters: prop('@trustGuestRxFilters', codec.yesNo),
  /** The name of the network, used to refer to it through the API and in virsh */
  name: prop('name', codec.string),
  /** `title` in `<network>`. */
  title: prop('title', codec.string),
  /** Description: `description` in `<network>`. */
  description: prop('description', codec.string),
  /** The `<metadata>` element (`metadata`), as a view; undefined when absent. */
  metadata: child('metadata', NetworkMetadata),
  /** UUID: `uuid` in `<network>`. */
  uuid: prop('uuid', codec.uuid),
  /** Name: `bridge/@name` in `<network>`. */
  bridgeName: prop('bridge/@name', codec.string),
  /** `bridge/@zone` in `<network>`. */
  bridgeZone: prop('bridge/@zone', codec.string),
  /** `bridge/@stp` in `<network>`. */
  bridgeStp: prop('bridge/@stp', codec.onOff),
  /** `bridge/@delay` in `<network>`. */
  bridgeDelay: prop('bridge/@delay', codec.uint),
  /** `bridge/@macTableManager` in `<network>`. */
  bridgeMacTableManager: prop('bridge/@macTableManager', codec.enum('kernel', 'libvirt')),
  /** Size: `mtu/@size` in `<network>`. */
  mtuSize: prop('mtu/@size', codec.int),
  /** Address: `mac/@address` in `<network>`. */
  macAddress: prop('mac/@address', codec.mac),
  /** The device through which the bridge is connected to the rest of the network */
  forward: child('forward', NetworkForward),
  /** The `<virtualport>` element (`virtualport`), as a view; undefined when absent. */
  virtualport: child('virtualport', NetworkVirtualport),
  /** The `<portgroup>` elements (`portgroup`), as a live list. */
  portgroups: children('portgroup', NetworkPortgroup),
  /** Name: `domain/@name` in `<network>`. */
  domainName: prop('domain/@name', codec.string),
  /** `domain/@localOnly` in `<network>`. */
  domainLocalOnly: prop('domain/@localOnly', codec.yesNo),
  /** `domain/@register` in `<network>`. */
  domainRegister: prop('domain/@register', codec.yesNo),
  /** Define the DNS related elements like TXT records and other features in the <dns> element */
  dns: child('dns', NetworkDns),
  /** The `<bandwidth>` element (`bandwidth`), as a view; undefined when absent. */
  bandwidth: child('bandwidth', NetworkPortgroupBandwidth),
  /** The `<vlan>` element (`vlan`), as a view; undefined when absent. */
  vlan: child('vlan', NetworkPortgroupVlan),
  /** `port/@isolated` in `<network>`. */
  portIsolated: prop('port/@isolated', codec.yesNo),
  /** The IP element sets up NAT'ing and an optional DHCP server local to the host. */
  ips: children('ip', NetworkIp),
  /** The `<route>` elements (`route`), as a live list. */
  routes: children('route', NetworkRoute),
  /** <dnsmasq:options> */
  dnsmasqOptions: child('dnsmasq:options', NetworkDnsmasqOptions),
}, { schema: 'network.rng', order: ['name', 'title', 'description', 'metadata', 'uuid', 'bridge', 'mtu', 'mac', 'forward', 'virtualport', 'portgroup', 'domain', 'dns', 'bandwidth', 'vlan', 'port', 'ip', 'route', 'dnsmasq:options'] }) {}
