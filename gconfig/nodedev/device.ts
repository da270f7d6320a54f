import { children, codec, defineDocument, prop } from '../core/index.js'
import { NodeDeviceDevnode } from './devnode.js'
import { NodeDeviceCapability } from './capability.js'

/** `<device>` (`/device`). */
export class NodeDevice extends defineDocument('device', {
  /** The device name libvirt gives it (`pci_0000_00_1f_2`). */
  name: prop('name', codec.string),
  path: prop('path', codec.string),
  devnodes: children('devnode', NodeDeviceDevnode),
  parent: prop('parent', codec.string),
  parentWwnn: prop('parent/@wwnn', codec.string),
  parentWwpn: prop('parent/@wwpn', codec.string),
  parentFabricWwn: prop('parent/@fabric_wwn', codec.string),
  driverName: prop('driver/name', codec.string),
  capabilities: children('capability', NodeDeviceCapability),
}, { schema: 'nodedev.rng', order: ['name', 'path', 'devnode', 'parent', 'driver', 'capability'] }) {}
