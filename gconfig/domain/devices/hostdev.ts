/**
 * `<hostdev>`: a host device passed through to the guest (PCI, USB, SCSI, scsi_host, mdev, or
 * a container's block/char/net capability).
 * @module
 */
import { child, children, codec, defineElement, flag, prop } from '../../core/index.js'
import { DomainDeviceAddress, deviceBoot, deviceCommon } from '../common.js'
import { DomainDiskAuth, DomainDiskSourceHost } from './disk-source.js'
import { DomainInterfaceIp, DomainInterfaceRoute } from './interface.js'

/** `<source>` of a host device; which parts apply depends on the hostdev type. */
export class DomainHostdevSource extends defineElement('source', {
  /** What to do when a USB device is missing. */
  startupPolicy: prop('@startupPolicy', codec.enum('mandatory', 'requisite', 'optional')),
  /** PCI: filter writes to config space. */
  writeFiltering: prop('@writeFiltering', codec.yesNo),
  /** USB: reset the device when the guest resets. */
  guestReset: prop('@guestReset', codec.enum('off', 'uninitialized', 'on')),
  /** SCSI protocol (`adapter`, `iscsi`), or `vhost` for scsi_host. */
  protocol: prop('@protocol', codec.enum('adapter', 'iscsi', 'vhost')),
  /** iSCSI target IQN/LUN. */
  name: prop('@name', codec.string),
  /** scsi_host WWPN. */
  wwpn: prop('@wwpn', codec.pattern(/^(naa\.)?[0-9a-fA-F]{16}$/, 'naa. and 16 hexadecimal digits')),
  /** USB vendor id. */
  vendorId: prop('vendor/@id', codec.hex),
  /** USB product id. */
  productId: prop('product/@id', codec.hex),
  /** Host address (PCI, USB, SCSI, mdev UUID lives in `@uuid`). */
  address: child('address', DomainDeviceAddress),
  /** mdev UUID (on the `<address>` child). */
  mdevUuid: prop('address/@uuid', codec.uuid),
  /** SCSI adapter name (`scsi_host0`). */
  adapterName: prop('adapter/@name', codec.string),
  /** Adapter type. */
  adapterType: prop('adapter/@type', codec.enum('scsi_host', 'fc_host')),
  /** Parent HBA of a vHBA. */
  adapterParent: prop('adapter/@parent', codec.string),
  /** Whether libvirt manages the vHBA. */
  adapterManaged: prop('adapter/@managed', codec.yesNo),
  /** Parent HBA's WWNN. */
  adapterParentWwnn: prop('adapter/@parent_wwnn', codec.string),
  /** Parent HBA's WWPN. */
  adapterParentWwpn: prop('adapter/@parent_wwpn', codec.string),
  /** Parent fabric WWN. */
  adapterParentFabricWwn: prop('adapter/@parent_fabric_wwn', codec.string),
  /** vHBA WWNN. */
  adapterWwnn: prop('adapter/@wwnn', codec.string),
  /** vHBA WWPN. */
  adapterWwpn: prop('adapter/@wwpn', codec.string),
  /** SCSI host unique id under the parent. */
  adapterParentaddrUniqueId: prop('adapter/parentaddr/@unique_id', codec.uint),
  /** PCI address of the parent HBA. */
  adapterParentaddrAddress: child('adapter/parentaddr/address', DomainDeviceAddress),
  /** iSCSI hosts. */
  hosts: children('host', DomainDiskSourceHost),
  /** iSCSI credentials. */
  auth: child('auth', DomainDiskAuth),
  /** iSCSI initiator IQN. */
  initiatorIqn: prop('initiator/iqn/@name', codec.string),
  /** Capabilities mode: host block device. */
  block: prop('block', codec.string),
  /** Capabilities mode: host character device. */
  char: prop('char', codec.string),
  /** Capabilities mode: host network interface. */
  interface: prop('interface', codec.string),
}, { order: ['vendor', 'product', 'adapter', 'host', 'auth', 'initiator', 'address', 'block', 'char', 'interface'] }) {}

/** `<hostdev>`: a passed-through host device. */
export class DomainHostdev extends defineElement('hostdev', {
  /** `subsystem` (PCI/USB/SCSI/mdev) or `capabilities` (containers). */
  mode: prop('@mode', codec.enum('subsystem', 'capabilities')),
  /** Device type. */
  type: prop('@type', codec.enum('usb', 'pci', 'scsi', 'scsi_host', 'mdev', 'storage', 'misc', 'net')),
  /** Whether libvirt detaches the device from the host. */
  managed: prop('@managed', codec.yesNo),
  /** SCSI generic I/O filtering. */
  sgio: prop('@sgio', codec.enum('filtered', 'unfiltered')),
  /** SCSI raw I/O. */
  rawio: prop('@rawio', codec.yesNo),
  /** mdev or scsi_host model. */
  model: prop('@model', codec.enum('vfio-pci', 'vfio-ccw', 'vfio-ap', 'virtio', 'virtio-transitional', 'virtio-non-transitional')),
  /** mdev display. */
  display: prop('@display', codec.onOff),
  /** mdev ramfb. */
  ramfb: prop('@ramfb', codec.onOff),
  /** PCI back-end (`vfio`, `kvm`, `xen`). */
  driverName: prop('driver/@name', codec.enum('kvm', 'vfio', 'xen')),
  /** PCI variant driver model. */
  driverModel: prop('driver/@model', codec.string),
  /** The host device. */
  source: child('source', DomainHostdevSource),
  /** Capabilities net: guest addresses. */
  ips: children('ip', DomainInterfaceIp),
  /** Capabilities net: routes. */
  routes: children('route', DomainInterfaceRoute),
  ...deviceBoot,
  /** Option ROM enabled. */
  romEnabled: prop('rom/@enabled', codec.yesNo),
  /** Option ROM visible in the BAR. */
  romBar: prop('rom/@bar', codec.onOff),
  /** Option ROM file. */
  romFile: prop('rom/@file', codec.string),
  /** Failover teaming role. */
  teamingType: prop('teaming/@type', codec.enum('persistent', 'transient')),
  /** Alias of the persistent partner. */
  teamingPersistent: prop('teaming/@persistent', codec.string),
  /** SCSI read-only. */
  readonly: flag('readonly'),
  /** SCSI shareable. */
  shareable: flag('shareable'),
  ...deviceCommon,
}, { order: ['driver', 'source', 'ip', 'route', 'teaming', 'readonly', 'shareable', 'boot', 'alias', 'acpi', 'rom', 'address'] }) {}
