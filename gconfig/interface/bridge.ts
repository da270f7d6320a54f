import { child, children, codec, defineElement, prop } from '../core/index.js'
import { InterfaceBond, InterfaceVlan } from './common.js'

/** `<interface>` (`/interface/bridge/interface`). */
export class InterfaceBridgeInterface extends defineElement('interface', {
  /** Type: `@type` in `<interface>`. */
  type: prop('@type', codec.enum('ethernet', 'vlan', 'bond')),
  /** The device name, like eth0 or br2 */
  name: prop('@name', codec.string),
  /** If no MAC is given when the interface is defined, it is determined by using the device name. */
  macAddress: prop('mac/@address', codec.mac),
  /** `link/@speed` in `<interface>`. */
  linkSpeed: prop('link/@speed', codec.uint),
  /** State: `link/@state` in `<interface>`. */
  linkState: prop('link/@state', codec.enum('unknown', 'notpresent', 'down', 'lowerlayerdown', 'testing', 'dormant', 'up')),
  /** The `<vlan>` element (`vlan`), as a view; undefined when absent. */
  vlan: child('vlan', InterfaceVlan),
  /** The `<bond>` element (`bond`), as a view; undefined when absent. */
  bond: child('bond', InterfaceBond),
}, { order: ['mac', 'link', 'vlan', 'bond'] }) {}

/** `<bridge>` (`/interface/bridge`). */
export class InterfaceBridge extends defineElement('bridge', {
  /** `@stp` in `<bridge>`. */
  stp: prop('@stp', codec.onOff),
  /** Bridge forward delay (see "ip link set <dev> type bridge forward_delay") */
  delay: prop('@delay', codec.number),
  /** The `<interface>` elements (`interface`), as a live list. */
  interfaces: children('interface', InterfaceBridgeInterface),
}) {}
