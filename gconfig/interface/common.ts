import { children, codec, defineElement, prop } from '../core/index.js'

/** `<vlan>` (`/interface/bridge/interface/vlan`). */
export class InterfaceVlan extends defineElement('vlan', {
  /** Tag: `@tag` in `<vlan>`. */
  tag: prop('@tag', codec.uint),
  /** Name: `interface/@name` in `<vlan>`. */
  interfaceName: prop('interface/@name', codec.string),
}) {}

/** The slave interfaces (`/interface/bridge/interface/bond/interface`). */
export class InterfaceBondInterface extends defineElement('interface', {
  /** Type: `@type` in `<interface>`. */
  type: prop('@type', codec.enum('ethernet')),
  /** The device name, like eth0 or br2 */
  name: prop('@name', codec.string),
  /** If no MAC is given when the interface is defined, it is determined by using the device name. */
  macAddress: prop('mac/@address', codec.mac),
  /** `link/@speed` in `<interface>`. */
  linkSpeed: prop('link/@speed', codec.uint),
  /** State: `link/@state` in `<interface>`. */
  linkState: prop('link/@state', codec.enum('unknown', 'notpresent', 'down', 'lowerlayerdown', 'testing', 'dormant', 'up')),
}, { order: ['mac', 'link'] }) {}

/** `<bond>` (`/interface/bridge/interface/bond`). */
export class InterfaceBond extends defineElement('bond', {
  /** Mode: `@mode` in `<bond>`. */
  mode: prop('@mode', codec.enum('balance-rr', 'active-backup', 'balance-xor', 'broadcast', '802.3ad', 'balance-tlb', 'balance-alb')),
  /** miimon frequency in ms */
  miimonFreq: prop('miimon/@freq', codec.uint),
  /** `miimon/@downdelay` in `<bond>`. */
  miimonDowndelay: prop('miimon/@downdelay', codec.uint),
  /** `miimon/@updelay` in `<bond>`. */
  miimonUpdelay: prop('miimon/@updelay', codec.uint),
  /** `miimon/@carrier` in `<bond>`. */
  miimonCarrier: prop('miimon/@carrier', codec.enum('ioctl', 'netif')),
  /** `arpmon/@interval` in `<bond>`. */
  arpmonInterval: prop('arpmon/@interval', codec.uint),
  /** Target: `arpmon/@target` in `<bond>`. */
  arpmonTarget: prop('arpmon/@target', codec.string),
  /** `arpmon/@validate` in `<bond>`. */
  arpmonValidate: prop('arpmon/@validate', codec.enum('none', 'active', 'backup', 'all')),
  /** The slave interfaces */
  interfaces: children('interface', InterfaceBondInterface),
}, { order: ['miimon', 'arpmon', 'interface'] }) {}
