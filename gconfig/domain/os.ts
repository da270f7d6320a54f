/**
 * `<os>`: how the guest boots — OS type, firmware and its features, loader, NVRAM, boot
 * devices, direct kernel boot, SMBIOS, ACPI tables, and container init.
 * @module
 */
import { child, children, codec, ConfigError, defineElement, prop } from '../core/index.js'
import { DomainDiskSource, diskSourceType } from './devices/disk-source.js'

/** `<feature>` of `<os><firmware>`: a firmware capability required or refused. */
export class DomainOsFirmwareFeature extends defineElement('feature', {
  /** Feature name. */
  name: prop('@name', codec.enum('enrolled-keys', 'secure-boot')),
  /** Required (`yes`) or refused (`no`). */
  enabled: prop('@enabled', codec.yesNo),
}) {}

/** `<loader>`: the firmware image. */
export class DomainOsLoader extends defineElement('loader', {
  /** Firmware path. */
  path: prop('.', codec.string),
  /** Mapped read-only. */
  readonly: prop('@readonly', codec.yesNo),
  /** Requires secure boot (SMM). */
  secure: prop('@secure', codec.yesNo),
  /** How the firmware is mapped. */
  type: prop('@type', codec.enum('rom', 'pflash')),
  /** No NVRAM: variables are not kept. */
  stateless: prop('@stateless', codec.yesNo),
  /** Image format. */
  format: prop('@format', codec.enum('raw', 'qcow2')),
}) {}

/** `<nvram>`: the UEFI variable store. */
export class DomainOsNvram extends defineElement('nvram', {
  /** Variable store path. */
  path: prop('.', codec.string),
  /** Template copied when the store is created. */
  template: prop('@template', codec.string),
  /** Template format. */
  templateFormat: prop('@templateFormat', codec.enum('raw', 'qcow2')),
  /** Store format. */
  format: prop('@format', codec.enum('raw', 'qcow2')),
  /** Store type when given as a `<source>`. */
  type: prop('@type', diskSourceType),
  /** Store location when given as a `<source>` (file, block or network). */
  source: child('source', DomainDiskSource),
}) {}

/** `<boot dev>`: one device of the BIOS boot order. */
export class DomainOsBoot extends defineElement('boot', {
  /** Device class. */
  dev: prop('@dev', codec.enum('fd', 'hd', 'cdrom', 'network')),
}) {}

/** A device class the BIOS boots from (`<boot dev>`). */
export type DomainOsBootDevice = NonNullable<DomainOsBoot['dev']>

/** `<os><type>`: `hvm`, `xen`/`linux` (PV), `exe` (containers), `xenpvh`, `uml`. */
export const osType = codec.enum('hvm', 'xen', 'linux', 'xenpvh', 'exe', 'uml')

/** New `<boot>` elements for `devs`; throws ConfigError (before anything changes) on a bad one. */
export function bootElements(devs: readonly DomainOsBootDevice[]): DomainOsBoot[] {
  if (!Array.isArray(devs)) throw new ConfigError('boot devices must be an array', { path: 'boot/@dev' })
  return devs.map((dev) => {
    const boot = new DomainOsBoot()
    boot.dev = dev
    return boot
  })
}

/** `<table>` of `<os><acpi>`: an ACPI table given to the guest. */
export class DomainOsAcpiTable extends defineElement('table', {
  /** Table type. */
  type: prop('@type', codec.enum('raw', 'rawset', 'slic', 'msdm')),
  /** Table file. */
  path: prop('.', codec.string),
}) {}

/** `<initenv>` of a container's init. */
export class DomainOsInitEnv extends defineElement('initenv', {
  /** Variable name. */
  name: prop('@name', codec.string),
  /** Value. */
  value: prop('.', codec.string),
}) {}

/** `<initarg>` of a container's init. */
export class DomainOsInitArg extends defineElement('initarg', {
  /** Argument. */
  value: prop('.', codec.string),
}) {}

/** `<os>`: the boot configuration. */
export class DomainOs extends defineElement('os', {
  /** Firmware chosen automatically (`bios` or `efi`). */
  firmware: prop('@firmware', codec.enum('bios', 'efi')),
  /** OS type: `hvm`, `xen`/`linux` (PV), `exe` (containers), `xenpvh`, `uml`. */
  type: prop('type', osType),
  /** Guest architecture. */
  arch: prop('type/@arch', codec.string),
  /** Machine type (`pc-q35-9.0`, `virt`…). */
  machine: prop('type/@machine', codec.string),
  /** Firmware features required or refused. */
  firmwareFeatures: children('firmware/feature', DomainOsFirmwareFeature),
  /** Firmware image. */
  loader: child('loader', DomainOsLoader),
  /** UEFI variable store. */
  nvram: child('nvram', DomainOsNvram),
  /** Boot device order. */
  boots: children('boot', DomainOsBoot),
  /** Interactive boot menu. */
  bootmenuEnable: prop('bootmenu/@enable', codec.yesNo),
  /** Boot menu timeout in milliseconds. */
  bootmenuTimeout: prop('bootmenu/@timeout', codec.uint),
  /** Kernel for direct boot. */
  kernel: prop('kernel', codec.string),
  /** Initrd for direct boot. */
  initrd: prop('initrd', codec.string),
  /** Root device (Xen PV). */
  root: prop('root', codec.string),
  /** Kernel command line. */
  cmdline: prop('cmdline', codec.string),
  /** Shim for secure direct boot. */
  shim: prop('shim', codec.string),
  /** Device tree blob. */
  dtb: prop('dtb', codec.string),
  /** ACPI tables. */
  acpiTables: children('acpi/table', DomainOsAcpiTable),
  /** SMBIOS source. */
  smbiosMode: prop('smbios/@mode', codec.enum('emulate', 'host', 'sysinfo')),
  /** Serial console for BIOS output. */
  biosUseserial: prop('bios/@useserial', codec.yesNo),
  /** Reboot timeout after a failed boot, ms (-1 never). */
  biosRebootTimeout: prop('bios/@rebootTimeout', codec.int),
  /** Container init binary. */
  init: prop('init', codec.string),
  /** Container init arguments. */
  initargs: children('initarg', DomainOsInitArg),
  /** Container init environment. */
  initenvs: children('initenv', DomainOsInitEnv),
  /** Container init working directory. */
  initdir: prop('initdir', codec.string),
  /** Container init user. */
  inituser: prop('inituser', codec.string),
  /** Container init group. */
  initgroup: prop('initgroup', codec.string),
}, {
  order: ['type', 'firmware', 'init', 'initarg', 'initenv', 'initdir', 'inituser', 'initgroup', 'loader', 'nvram', 'kernel', 'initrd',
    'cmdline', 'shim', 'dtb', 'root', 'acpi', 'boot', 'bootmenu', 'smbios', 'bios'],
}) {
  /**
   * The boot devices in order, from the `<boot dev>` elements (`['cdrom', 'hd']`). Setting
   * replaces every `<boot>`; a bad device throws ConfigError and changes nothing.
   */
  get bootDevices(): DomainOsBootDevice[] {
    return this.boots.toArray().flatMap((b) => (b.dev === undefined ? [] : [b.dev]))
  }
  /**
   * Replaces every `<boot>` with one per device, in order.
   * @throws ConfigError for a device libvirt does not know; the element is unchanged.
   */
  set bootDevices(devs: readonly DomainOsBootDevice[]) {
    const fresh = bootElements(devs)
    while (this.boots.length > 0) this.boots.remove(0)
    for (const b of fresh) this.boots.add(b)
  }
}
