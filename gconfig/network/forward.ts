import { child, children, codec, defineElement, prop } from '../core/index.js'

/** `<interface>` (`/network/forward/interface`). */
export class NetworkForwardInterface extends defineElement('interface', {
  dev: prop('@dev', codec.string),
  connections: prop('@connections', codec.uint),
}) {}

/** `<address>` (`/network/forward/address`). */
export class NetworkForwardAddress extends defineElement('address', {
  type: prop('@type', codec.enum('pci')),
  domain: prop('@domain', codec.hex),
  bus: prop('@bus', codec.hex),
  slot: prop('@slot', codec.hex),
  function: prop('@function', codec.hex),
  multifunction: prop('@multifunction', codec.onOff),
  connections: prop('@connections', codec.uint),
}) {}

/** `<nat>` (`/network/forward/nat`). */
export class NetworkForwardNat extends defineElement('nat', {
  ipv6: prop('@ipv6', codec.yesNo),
  addressStart: prop('address/@start', codec.string),
  addressEnd: prop('address/@end', codec.string),
  portStart: prop('port/@start', codec.int),
  portEnd: prop('port/@end', codec.int),
}, { order: ['address', 'port'] }) {}

/** The device through which the bridge is connected to the rest of the network (`/network/forward`). */
export class NetworkForward extends defineElement('forward', {
  dev: prop('@dev', codec.string),
  mode: prop('@mode', codec.enum('nat', 'route', 'open', 'bridge', 'passthrough', 'private', 'vepa', 'hostdev')),
  managed: prop('@managed', codec.yesNo),
  interfaces: children('interface', NetworkForwardInterface),
  addresses: children('address', NetworkForwardAddress),
  pfDev: prop('pf/@dev', codec.string),
  driverName: prop('driver/@name', codec.enum('kvm', 'vfio', 'xen')),
  driverModel: prop('driver/@model', codec.string),
  nat: child('nat', NetworkForwardNat),
}, { order: ['interface', 'address', 'pf', 'driver', 'nat'] }) {}
