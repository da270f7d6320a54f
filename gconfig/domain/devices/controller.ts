/**
 * `<controller>`: a bus controller (IDE, SCSI, SATA, USB, PCI, virtio-serial, CCID, xenbus…).
 * @module
 */
import { children, codec, defineElement, prop, size } from '../../core/index.js'
import { deviceCommon, uintAny, virtioDriverOptions } from '../common.js'
import { DomainDriverIothread } from './disk.js'

/** Every controller model libvirt knows, across controller types. */
export const controllerModel = codec.enum(
  'auto', 'buslogic', 'lsilogic', 'lsisas1068', 'vmpvscsi', 'ibmvscsi', 'virtio-scsi', 'lsisas1078', 'ncr53c90', 'am53c974', 'dc390',
  'virtio-transitional', 'virtio-non-transitional', 'virtio',
  'piix3-uhci', 'piix4-uhci', 'ehci', 'ich9-ehci1', 'ich9-uhci1', 'ich9-uhci2', 'ich9-uhci3', 'vt82c686b-uhci', 'pci-ohci', 'nec-xhci', 'qusb1', 'qusb2', 'qemu-xhci', 'none',
  'piix3', 'piix4', 'ich6',
  'pci-root', 'pcie-root', 'pci-bridge', 'dmi-to-pci-bridge', 'pcie-to-pci-bridge', 'pcie-root-port', 'pcie-switch-upstream-port',
  'pcie-switch-downstream-port', 'pci-expander-bus', 'pcie-expander-bus',
)

/** `<controller>`: a bus controller. */
export class DomainController extends defineElement('controller', {
  /** Controller type. */
  type: prop('@type', codec.enum('ide', 'fdc', 'scsi', 'sata', 'virtio-serial', 'ccid', 'usb', 'pci', 'xenbus', 'isa', 'nvme')),
  /** Index among controllers of the same type. */
  index: prop('@index', codec.uint),
  /** Controller model. */
  model: prop('@model', controllerModel),
  /** virtio-serial or USB ports. */
  ports: prop('@ports', codec.uint),
  /** virtio-serial MSI vectors. */
  vectors: prop('@vectors', codec.uint),
  /** xenbus grant frames. */
  maxGrantFrames: prop('@maxGrantFrames', codec.uint),
  /** xenbus event channels. */
  maxEventChannels: prop('@maxEventChannels', codec.uint),
  /** USB companion controller: master's start port. */
  masterStartport: prop('master/@startport', codec.uint),
  /** PCI controller's QEMU device name. */
  modelName: prop('model/@name', codec.enum('pci-bridge', 'i82801b11-bridge', 'ioh3420', 'x3130-upstream', 'xio3130-downstream', 'pxb', 'pxb-pcie', 'pcie-root-port', 'spapr-pci-host-bridge', 'pcie-pci-bridge')),
  /** PCI bridge chassis number. */
  targetChassisNr: prop('target/@chassisNr', uintAny),
  /** PCIe port chassis. */
  targetChassis: prop('target/@chassis', uintAny),
  /** PCIe port number. */
  targetPort: prop('target/@port', uintAny),
  /** Expander bus number. */
  targetBusNr: prop('target/@busNr', uintAny),
  /** spapr PHB index. */
  targetIndex: prop('target/@index', uintAny),
  /** Hot-plug enabled on the port. */
  targetHotplug: prop('target/@hotplug', codec.onOff),
  /** Memory reserved for hot-plugged devices, KiB. */
  targetMemReserve: prop('target/@memReserve', codec.uint),
  /** NUMA node of an expander bus. */
  targetNode: prop('target/node', codec.uint),
  /** 64-bit PCI hole size (bytes). */
  pcihole64: size('pcihole64', { defaultUnit: 'KiB' }),
  /** Number of queues (virtio-scsi). */
  driverQueues: prop('driver/@queues', codec.uint),
  /** Commands per LUN (virtio-scsi). */
  driverCmdPerLun: prop('driver/@cmd_per_lun', codec.uint),
  /** Maximum sectors per request (virtio-scsi). */
  driverMaxSectors: prop('driver/@max_sectors', codec.uint),
  /** ioeventfd. */
  driverIoeventfd: prop('driver/@ioeventfd', codec.onOff),
  /** IOThread serving the controller. */
  driverIothread: prop('driver/@iothread', codec.uint),
  /** IOThreads serving the controller's queues. */
  driverIothreads: children('driver/iothreads/iothread', DomainDriverIothread),
  ...virtioDriverOptions,
  ...deviceCommon,
}, { order: ['model', 'driver', 'target', 'pcihole64', 'alias', 'master', 'acpi', 'address'], childOrder: { target: ['node'], driver: ['iothreads'] } }) {}
