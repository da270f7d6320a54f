import { codec, defineElement, prop } from '../core/index.js'

/** `<plug>` (`/networkport/plug`). */
export class NetworkPortPlug extends defineElement('plug', {
  type: prop('@type', codec.enum('network', 'bridge', 'direct', 'hostdev-pci')),
  bridge: prop('@bridge', codec.string),
  macTableManager: prop('@macTableManager', codec.enum('kernel', 'libvirt')),
  dev: prop('@dev', codec.string),
  mode: prop('@mode', codec.enum('bridge', 'passthrough', 'private', 'vepa')),
  managed: prop('@managed', codec.yesNo),
  driverName: prop('driver/@name', codec.enum('kvm', 'vfio', 'xen')),
  driverModel: prop('driver/@model', codec.string),
  addressDomain: prop('address/@domain', codec.hex),
  addressBus: prop('address/@bus', codec.hex),
  addressSlot: prop('address/@slot', codec.hex),
  addressFunction: prop('address/@function', codec.hex),
  addressMultifunction: prop('address/@multifunction', codec.onOff),
}, { order: ['driver', 'address'] }) {}
