import { child, children, codec, defineElement, prop } from '../core/index.js'

/** `<interface>` (`/network/forward/interface`). */
export class NetworkForwardInterface extends defineElement('interface', {
  /** Device path: `@dev` in `<interface>`. */
  dev: prop('@dev', codec.string),
  /** `@connections` in `<interface>`. */
  connections: prop('@connections', codec.uint),
}) {}

/** `<address>` (`/network/forward/address`). */
export class NetworkForwardAddress extends defineElement('address', {
  /** Type: `@type` in `<address>`. */
  type: prop('@type', codec.enum('pci')),
  /** PCI domain: `@domain` in `<address>`. */
  domain: prop('@domain', codec.hex),
  /** Bus: `@bus` in `<address>`. */
  bus: prop('@bus', codec.hex),
  /** Slot: `@slot` in `<address>`. */
  slot: prop('@slot', codec.hex),
  /** Function: `@function` in `<address>`. */
  function: prop('@function', codec.hex),
  /** `@multifunction` in `<address>`. */
  multifunction: prop('@multifunction', codec.onOff),
  /** `@connections` in `<address>`. */
  connections: prop('@connections', codec.uint),
}) {}

/** `<nat>` (`/network/forward/nat`). */
export class NetworkForwardNat extends defineElement('nat', {
  /** `@ipv6` in `<nat>`. */
  ipv6: prop('@ipv6', codec.yesNo),
  /** Start: `address/@start` in `<nat>`. */
  addressStart: prop('address/@start', codec.string),
  /** End: `address/@end` in `<nat>`. */
  addressEnd: prop('address/@end', codec.string),
  /** Start: `port/@start` in `<nat>`. */
  portStart: prop('port/@start', codec.int),
  /** End: `port/@end` in `<nat>`. */
  portEnd: prop('port/@end', codec.int),
}, { order: ['address', 'port'] }) {}

/** The device through which the bridge is connected to the rest of the network (`/network/forward`). */
export class NetworkForward extends defineElement('forward', {
  /** Device path: `@dev` in `<forward>`. */
  dev: prop('@dev', codec.string),
  /** Mode: `@mode` in `<forward>`. */
  mode: prop('@mode', codec.enum('nat', 'route', 'open', 'bridge', 'passthrough', 'private', 'vepa', 'hostdev')),
  /** `@managed` in `<forward>`. */
  managed: prop('@managed', codec.yesNo),
  /** The `<interface>` elements (`interface`), as a live list. */
  interfaces: children('interface', NetworkForwardInterface),
  /** The `<address>` elements (`address`), as a live list. */
  addresses: children('address', NetworkForwardAddress),
  /** Device path: `pf/@dev` in `<forward>`. */
  pfDev: prop('pf/@dev', codec.string),
  /** Name: `driver/@name` in `<forward>`. */
  driverName: prop('driver/@name', codec.enum('kvm', 'vfio', 'xen')),
  /** Model: `driver/@model` in `<forward>`. */
  driverModel: prop('driver/@model', codec.string),
  /** The `<nat>` element (`nat`), as a view; undefined when absent. */
  nat: child('nat', NetworkForwardNat),
}, { order: ['interface', 'address', 'pf', 'driver', 'nat'] }) {}
