/**
 * Pieces every device shares (address, alias, ACPI index, boot order, per-device seclabel,
 * virtio driver options), declared once and spread into each device's declaration.
 * @module
 */
import { child, children, codec, defineElement, prop, type Codec } from '../core/index.js'

/** A CPU or node list such as `0-3,^2,6`, as libvirt writes cpusets. */
export const cpuset = codec.pattern(/^\s*\^?[0-9]+(-[0-9]+)?(\s*,\s*\^?[0-9]+(-[0-9]+)?)*\s*$/, 'a cpuset such as 0-3,^2,6')

/**
 * An unsigned number read in decimal or `0x` hexadecimal, written in decimal: for attributes
 * such as `<address bus>` that are hexadecimal for PCI but decimal-only for drive, USB or DIMM
 * addresses; decimal satisfies both.
 */
export const uintAny: Codec<number> = { what: codec.hex.what, parse: (t) => codec.hex.parse(t), format: (v) => codec.uint.format(v) }

/** `<address>`: where a device sits on its bus, for every address type libvirt knows. */
export class DomainDeviceAddress extends defineElement('address', {
  /** Address type; the other attributes that apply depend on it. */
  type: prop('@type', codec.enum('pci', 'drive', 'virtio-serial', 'ccid', 'usb', 'spapr-vio', 'ccw', 'virtio-mmio', 'isa', 'dimm', 'unassigned')),
  /** PCI domain. */
  domain: prop('@domain', codec.hex),
  /** PCI, drive, virtio-serial or USB bus. */
  bus: prop('@bus', uintAny),
  /** PCI, CCID or DIMM slot. */
  slot: prop('@slot', uintAny),
  /** Host USB device number (hostdev source). */
  device: prop('@device', uintAny),
  /** PCI function. */
  function: prop('@function', codec.hex),
  /** PCI multifunction. */
  multifunction: prop('@multifunction', codec.onOff),
  /** Drive, virtio-serial or CCID controller index. */
  controller: prop('@controller', codec.uint),
  /** Drive target. */
  target: prop('@target', codec.uint),
  /** Drive unit. */
  unit: prop('@unit', codec.uint),
  /** USB port path (`1.2`) or virtio-serial port number. */
  port: prop('@port', codec.pattern(/^((0x)?[0-9a-fA-F]{1,3}\.){0,3}(0x)?[0-9a-fA-F]{1,3}$/, 'a port such as 1 or 1.2.3')),
  /** spapr-vio register. */
  reg: prop('@reg', codec.hex),
  /** CCW channel subsystem id. */
  cssid: prop('@cssid', codec.hex),
  /** CCW subchannel set id. */
  ssid: prop('@ssid', codec.hex),
  /** CCW device number. */
  devno: prop('@devno', codec.hex),
  /** ISA I/O base. */
  iobase: prop('@iobase', codec.hex),
  /** ISA IRQ. */
  irq: prop('@irq', codec.hex),
  /** DIMM base address. */
  base: prop('@base', codec.hex),
  /** zPCI user-defined identifier (s390). */
  zpciUid: prop('zpci/@uid', codec.hex),
  /** zPCI function identifier (s390). */
  zpciFid: prop('zpci/@fid', codec.hex),
}) {}

/** A per-device `<seclabel>` override. */
export class DomainDeviceSeclabel extends defineElement('seclabel', {
  /** Security driver this label is for (`selinux`, `dac`, `apparmor`). */
  model: prop('@model', codec.string),
  /** Whether libvirt relabels the resource. */
  relabel: prop('@relabel', codec.yesNo),
  /** Set by libvirt when it skipped labelling. */
  labelskip: prop('@labelskip', codec.yesNo),
  /** The label itself. */
  label: prop('label', codec.string),
}) {}

/** Properties every device has: alias, ACPI index and address. */
export const deviceCommon = {
  /** User or libvirt alias (`ua-` prefix for user aliases). */
  alias: prop('alias/@name', codec.string),
  /** ACPI index of the device (interfaces and some others). */
  acpiIndex: prop('acpi/@index', codec.uint),
  /** Where the device sits on its bus. */
  address: child('address', DomainDeviceAddress),
} as const

/** Per-device boot order (`<boot order='N'/>`). */
export const deviceBoot = {
  /** Boot priority; 1 boots first. Excludes `<os><boot dev>`. */
  bootOrder: prop('boot/@order', codec.uint),
  /** s390 IPL load parameter. */
  bootLoadparm: prop('boot/@loadparm', codec.pattern(/^[a-zA-Z0-9.\s]{1,8}$/, 'up to 8 letters, digits, dots or spaces')),
} as const

/** Per-device security labels. */
export const deviceSeclabels = {
  /** `<seclabel>` overrides for this device. */
  seclabels: children('seclabel', DomainDeviceSeclabel),
} as const

/** Virtio options on a device's `<driver>` element. */
export const virtioDriverOptions = {
  /** Use the emulated IOMMU. */
  driverIommu: prop('driver/@iommu', codec.onOff),
  /** Address translation services. */
  driverAts: prop('driver/@ats', codec.onOff),
  /** Packed virtqueue layout. */
  driverPacked: prop('driver/@packed', codec.onOff),
  /** One page per virtqueue. */
  driverPagePerVq: prop('driver/@page_per_vq', codec.onOff),
} as const
