import { codec, defineElement, prop } from '../core/index.js'

/** `<plug>` (`/networkport/plug`). */
export class NetworkPortPlug extends defineElement('plug', {
  /** Type: `@type` in `<plug>`. */
  type: prop('@type', codec.enum('network', 'bridge', 'direct', 'hostdev-pci')),
  /** Bridge: `@bridge` in `<plug>`. */
  bridge: prop('@bridge', codec.string),
  /** `@macTableManager` in `<plug>`. */
  macTableManager: prop('@macTableManager', codec.enum('kernel', 'libvirt')),
  /** Device path: `@dev` in `<plug>`. */
  dev: prop('@dev', codec.string),
  /** Mode: `@mode` in `<plug>`. */
  mode: prop('@mode', codec.enum('bridge', 'passthrough', 'private', 'vepa')),
  /** `@managed` in `<plug>`. */
  managed: prop('@managed', codec.yesNo),
  /** Name: `driver/@name` in `<plug>`. */
  driverName: prop('driver/@name', codec.enum('kvm', 'vfio', 'xen')),
  /** Model: `driver/@model` in `<plug>`. */
  driverModel: prop('driver/@model', codec.string),
  /** PCI domain: `address/@domain` in `<plug>`. */
  addressDomain: prop('address/@domain', codec.hex),
  /** Bus: `address/@bus` in `<plug>`. */
  addressBus: prop('address/@bus', codec.hex),
  /** Slot: `address/@slot` in `<plug>`. */
  addressSlot: prop('address/@slot', codec.hex),
  /** Function: `address/@function` in `<plug>`. */
  addressFunction: prop('address/@function', codec.hex),
  /** `address/@multifunction` in `<plug>`. */
  addressMultifunction: prop('address/@multifunction', codec.onOff),
}, { order: ['driver', 'address'] }) {}
