import { children, codec, defineDocument, prop } from '../core/index.js'
import { NodeDeviceDevnode } from './devnode.js'
import { NodeDeviceCapability } from './capability.js'

/**
 * `<device>`: a host device (PCI, USB, network, storage, mediated…), as `virsh nodedev-dumpxml` shows it.
 * @example
 * ```ts
 * const dev = NodeDevice.fromXml(
 *   `<device><name>pci_0000_00_02_0</name><parent>computer</parent><capability type='pci'><domain>0</domain><bus>0</bus><slot>2</slot><function>0</function></capability></device>`)
 * dev.name // 'pci_0000_00_02_0'
 * dev.capabilities.at(0)?.type // 'pci'
 * ```
 */
export class NodeDevice extends defineDocument('device', {
  /** The device name libvirt gives it (`pci_0000_00_1f_2`). */
  name: prop('name', codec.string),
  /** Path: `path` in `<device>`. */
  path: prop('path', codec.string),
  /** The `<devnode>` elements (`devnode`), as a live list. */
  devnodes: children('devnode', NodeDeviceDevnode),
  /** Parent: `parent` in `<device>`. */
  parent: prop('parent', codec.string),
  /** World wide node name: `parent/@wwnn` in `<device>`. */
  parentWwnn: prop('parent/@wwnn', codec.string),
  /** World wide port name: `parent/@wwpn` in `<device>`. */
  parentWwpn: prop('parent/@wwpn', codec.string),
  /** `parent/@fabric_wwn` in `<device>`. */
  parentFabricWwn: prop('parent/@fabric_wwn', codec.string),
  /** Name: `driver/name` in `<device>`. */
  driverName: prop('driver/name', codec.string),
  /** The `<capability>` elements (`capability`), as a live list. */
  capabilities: children('capability', NodeDeviceCapability),
}, { schema: 'nodedev.rng', order: ['name', 'path', 'devnode', 'parent', 'driver', 'capability'] }) {}
