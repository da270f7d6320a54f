import { child, children, codec, defineDocument, prop } from '../core/index.js'
import { InterfaceProtocol } from './protocol.js'
import { InterfaceBridge } from './bridge.js'
import { InterfaceBond, InterfaceVlan } from './common.js'

/**
 * `<interface>`: a host network interface (netcf / `virsh iface-*`).
 * @example
 * ```ts
 * const iface = new Interface()
 * iface.type = 'ethernet'
 * iface.name = 'eth0'
 * iface.startMode = 'onboot'
 * iface.toXml()
 * ```
 */
export class Interface extends defineDocument('interface', {
  /** Type: `@type` in `<interface>`. */
  type: prop('@type', codec.enum('ethernet', 'bridge', 'bond', 'vlan')),
  /** The device name, like eth0 or br2 */
  name: prop('@name', codec.string),
  /** Mode: `start/@mode` in `<interface>`. */
  startMode: prop('start/@mode', codec.enum('onboot', 'none', 'hotplug')),
  /** If no MAC is given when the interface is defined, it is determined by using the device name. */
  macAddress: prop('mac/@address', codec.mac),
  /** `link/@speed` in `<interface>`. */
  linkSpeed: prop('link/@speed', codec.uint),
  /** State: `link/@state` in `<interface>`. */
  linkState: prop('link/@state', codec.enum('unknown', 'notpresent', 'down', 'lowerlayerdown', 'testing', 'dormant', 'up')),
  /** Size: `mtu/@size` in `<interface>`. */
  mtuSize: prop('mtu/@size', codec.uint),
  /** The `<protocol>` elements (`protocol`), as a live list. */
  protocols: children('protocol', InterfaceProtocol),
  /** The `<bridge>` element (`bridge`), as a view; undefined when absent. */
  bridge: child('bridge', InterfaceBridge),
  /** The `<bond>` element (`bond`), as a view; undefined when absent. */
  bond: child('bond', InterfaceBond),
  /** The `<vlan>` element (`vlan`), as a view; undefined when absent. */
  vlan: child('vlan', InterfaceVlan),
}, { schema: 'interface.rng', order: ['start', 'mac', 'link', 'mtu', 'protocol', 'bridge', 'bond', 'vlan'] }) {}
