import { children, codec, defineElement, prop } from '../core/index.js'

/** `<vlan>` (`/interface/bridge/interface/vlan`). */
export class InterfaceVlan extends defineElement('vlan', {
  tag: prop('@tag', codec.uint),
  interfaceName: prop('interface/@name', codec.string),
}) {}

/** The slave interfaces (`/interface/bridge/interface/bond/interface`). */
export class InterfaceBondInterface extends defineElement('interface', {
  type: prop('@type', codec.enum('ethernet')),
  /** The device name, like eth0 or br2 */
  name: prop('@name', codec.string),
  /** If no MAC is given when the interface is defined, it is determined by using the device name. */
  macAddress: prop('mac/@address', codec.mac),
  linkSpeed: prop('link/@speed', codec.uint),
  linkState: prop('link/@state', codec.enum('unknown', 'notpresent', 'down', 'lowerlayerdown', 'testing', 'dormant', 'up')),
}, { order: ['mac', 'link'] }) {}

/** `<bond>` (`/interface/bridge/interface/bond`). */
export class InterfaceBond extends defineElement('bond', {
  mode: prop('@mode', codec.enum('balance-rr', 'active-backup', 'balance-xor', 'broadcast', '802.3ad', 'balance-tlb', 'balance-alb')),
  /** miimon frequency in ms */
  miimonFreq: prop('miimon/@freq', codec.uint),
  miimonDowndelay: prop('miimon/@downdelay', codec.uint),
  miimonUpdelay: prop('miimon/@updelay', codec.uint),
  miimonCarrier: prop('miimon/@carrier', codec.enum('ioctl', 'netif')),
  arpmonInterval: prop('arpmon/@interval', codec.uint),
  arpmonTarget: prop('arpmon/@target', codec.string),
  arpmonValidate: prop('arpmon/@validate', codec.enum('none', 'active', 'backup', 'all')),
  /** The slave interfaces */
  interfaces: children('interface', InterfaceBondInterface),
}, { order: ['miimon', 'arpmon', 'interface'] }) {}
