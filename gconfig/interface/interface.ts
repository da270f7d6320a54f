import { child, children, codec, defineDocument, prop } from '../core/index.js'
import { InterfaceProtocol } from './protocol.js'
import { InterfaceBridge } from './bridge.js'
import { InterfaceBond, InterfaceVlan } from './common.js'

/** `<interface>` (`/interface`). */
export class Interface extends defineDocument('interface', {
  type: prop('@type', codec.enum('ethernet', 'bridge', 'bond', 'vlan')),
  /** The device name, like eth0 or br2 */
  name: prop('@name', codec.string),
  startMode: prop('start/@mode', codec.enum('onboot', 'none', 'hotplug')),
  /** If no MAC is given when the interface is defined, it is determined by using the device name. */
  macAddress: prop('mac/@address', codec.mac),
  linkSpeed: prop('link/@speed', codec.uint),
  linkState: prop('link/@state', codec.enum('unknown', 'notpresent', 'down', 'lowerlayerdown', 'testing', 'dormant', 'up')),
  mtuSize: prop('mtu/@size', codec.uint),
  protocols: children('protocol', InterfaceProtocol),
  bridge: child('bridge', InterfaceBridge),
  bond: child('bond', InterfaceBond),
  vlan: child('vlan', InterfaceVlan),
}, { schema: 'interface.rng', order: ['start', 'mac', 'link', 'mtu', 'protocol', 'bridge', 'bond', 'vlan'] }) {}
