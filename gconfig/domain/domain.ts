/**
 * `Domain`: the `<domain>` document, mirroring GVirConfigDomain, with every top-level element of
 * libvirt's domain schema and the live `<devices>` list.
 * @module
 */
import { child, children, codec, defineDocument, defineElement, polyChildren, prop, size } from '../core/index.js'
import { virtType } from '../core/libvirt-enums.js'
import { DomainClock } from './clock.js'
import { getCustomXml, setCustomXml } from './custom-xml.js'
import { cpuset } from './common.js'
import { DomainCpu } from './cpu.js'
import {
  DomainAudio, DomainChannel, DomainConsole, DomainController, DomainCrypto, DomainDevice, DomainDisk, DomainFilesys, DomainGraphics,
  DomainHostdev, DomainHub, DomainInput, DomainInterface, DomainIommu, DomainLease, DomainMemballoon, DomainMemory, DomainPanic,
  DomainParallel, DomainPstore, DomainRedirdev, DomainRedirfilter, DomainRng, DomainSerial, DomainShmem, DomainSmartcard, DomainSound,
  DomainTpm, DomainVideo, DomainVsock, DomainWatchdog, deviceClasses,
} from './devices/index.js'
import { DomainFeatures } from './features.js'
import { DomainDefaultIothread, DomainIothread, DomainThrottleGroup } from './iothreads.js'
import { DomainIdmap, DomainPm, DomainPerf } from './lifecycle.js'
import { DomainMemoryBacking } from './memory-backing.js'
import { bootElements, DomainOs, osType, type DomainOsBootDevice } from './os.js'
import { DomainKeywrap, DomainLaunchSecurity, DomainSeclabel } from './security.js'
import { DomainSysinfo } from './sysinfo.js'
import { DomainBlkiotune, DomainCputune, DomainMemtune, DomainNumatune } from './tune.js'

/** `<metadata>`: application data in their own XML namespaces, kept verbatim. */
export class DomainMetadata extends defineElement('metadata', {}) {}

/** `<vcpu>` of `<vcpus>`: the state of one vCPU. */
export class DomainVcpu extends defineElement('vcpu', {
  /** vCPU id. */
  id: prop('@id', codec.uint),
  /** Online at boot. */
  enabled: prop('@enabled', codec.yesNo),
  /** Can be hot-(un)plugged. */
  hotpluggable: prop('@hotpluggable', codec.yesNo),
  /** Order in which vCPUs are added. */
  order: prop('@order', codec.uint),
}) {}

/** libvirt's `countCPU`: a vCPU count is an unsignedShort of at least 1. */
const countCPU = codec.intRange(1, 65535)

const lifecycle = codec.enum('destroy', 'restart', 'rename-restart', 'preserve')

/**
 * `<domain>`: a virtual machine or container definition.
 * @example
 * ```ts
 * const dom = new Domain()
 * dom.type = 'kvm'
 * dom.name = 'vm1'
 * dom.memory = 2 * 1024 ** 3 // bytes, written <memory unit='KiB'>2097152</memory>
 * dom.vcpu = 2
 * dom.osType = 'hvm'
 * dom.bootDevices = ['hd']
 * const disk = dom.disks.add(new DomainDisk())
 * disk.type = 'file'
 * disk.driverType = 'qcow2'
 * disk.sourceFile = '/var/lib/libvirt/images/vm1.qcow2'
 * disk.targetDev = 'vda'
 * const nic = dom.interfaces.add(new DomainInterface())
 * nic.type = 'network'
 * nic.sourceNetwork = 'default'
 * nic.modelType = 'virtio'
 * const copy = Domain.fromXml(dom.toXml())
 * copy.disks.at(0)?.sourceFile // '/var/lib/libvirt/images/vm1.qcow2'
 * ```
 */
export class Domain extends defineDocument('domain', {
  /** Hypervisor driver. */
  type: prop('@type', virtType),
  /** Id of a running domain (live XML). */
  id: prop('@id', codec.int),
  /** Unique name. */
  name: prop('name', codec.pattern(/^[^\n/]+$/, 'a name without slashes or newlines')),
  /** Unique UUID. */
  uuid: prop('uuid', codec.uuid),
  /** VM generation id; empty asks libvirt to generate one. */
  genid: prop('genid', codec.pattern(/^([0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12})?$/, 'a UUID or empty')),
  /** Short title. */
  title: prop('title', codec.pattern(/^[^\n]*$/, 'a single line')),
  /** Free-form description. */
  description: prop('description', codec.string),
  /** Application metadata, kept verbatim. */
  metadata: child('metadata', DomainMetadata),
  /** Maximum memory including hot-plug, bytes. */
  maxMemory: size('maxMemory', { defaultUnit: 'KiB' }),
  /** Hot-plug memory slots. */
  maxMemorySlots: prop('maxMemory/@slots', codec.uint),
  /** Memory at boot, bytes. */
  memory: size('memory', { defaultUnit: 'KiB' }),
  /** Include guest memory in core dumps. */
  memoryDumpCore: prop('memory/@dumpCore', codec.onOff),
  /** Current (ballooned) memory, bytes. */
  currentMemory: size('currentMemory', { defaultUnit: 'KiB' }),
  /** Block I/O tuning. */
  blkiotune: child('blkiotune', DomainBlkiotune),
  /** Memory limits. */
  memtune: child('memtune', DomainMemtune),
  /** Host memory backing. */
  memoryBacking: child('memoryBacking', DomainMemoryBacking),
  /** Maximum vCPUs. */
  vcpu: prop('vcpu', countCPU),
  /** vCPUs online at boot. */
  vcpuCurrent: prop('vcpu/@current', countCPU),
  /** vCPU placement. */
  vcpuPlacement: prop('vcpu/@placement', codec.enum('static', 'auto')),
  /** Host CPUs the vCPUs may run on. */
  vcpuCpuset: prop('vcpu/@cpuset', cpuset),
  /** Per-vCPU state. */
  vcpus: children('vcpus/vcpu', DomainVcpu),
  /** Number of IOThreads. */
  iothreads: prop('iothreads', codec.uint),
  /** IOThreads by id. */
  iothreadids: children('iothreadids/iothread', DomainIothread),
  /** Main loop worker pool. */
  defaultiothread: child('defaultiothread', DomainDefaultIothread),
  /** Throttle groups disks can join. */
  throttlegroups: children('throttlegroups/throttlegroup', DomainThrottleGroup),
  /** CPU tuning. */
  cputune: child('cputune', DomainCputune),
  /** NUMA memory placement. */
  numatune: child('numatune', DomainNumatune),
  /** cgroup partition. */
  resourcePartition: prop('resource/partition', codec.string),
  /** Fibre channel application id. */
  resourceFibrechannelAppid: prop('resource/fibrechannel/@appid', codec.string),
  /** SMBIOS and fw_cfg data. */
  sysinfos: children('sysinfo', DomainSysinfo),
  /** Host-side boot loader (Xen pygrub, bhyve). */
  bootloader: prop('bootloader', codec.string),
  /** Boot loader arguments. */
  bootloaderArgs: prop('bootloader_args', codec.string),
  /** Boot configuration. */
  os: child('os', DomainOs),
  /** Guest OS type (`<os><type>`): `hvm` for a full virtual machine, `exe` for a container. */
  osType: prop('os/type', osType),
  /** Guest architecture (`<os><type arch>`): `x86_64`, `aarch64`… */
  osArch: prop('os/type/@arch', codec.string),
  /** Machine type (`<os><type machine>`): `pc-q35-9.2`, `virt`… */
  osMachine: prop('os/type/@machine', codec.string),
  /** Container user namespace. */
  idmap: child('idmap', DomainIdmap),
  /** Hypervisor features. */
  features: child('features', DomainFeatures),
  /** Guest CPU. */
  cpu: child('cpu', DomainCpu),
  /** Time base. */
  clock: child('clock', DomainClock),
  /** Action on guest power-off. */
  onPoweroff: prop('on_poweroff', lifecycle),
  /** Action on guest reboot. */
  onReboot: prop('on_reboot', lifecycle),
  /** Action on guest crash. */
  onCrash: prop('on_crash', codec.enum('destroy', 'restart', 'rename-restart', 'preserve', 'coredump-destroy', 'coredump-restart')),
  /** Action when a lock is lost. */
  onLockfailure: prop('on_lockfailure', codec.enum('poweroff', 'restart', 'pause', 'ignore')),
  /** Guest suspend states. */
  pm: child('pm', DomainPm),
  /** Host perf events. */
  perf: child('perf', DomainPerf),
  /** Device model binary. */
  emulator: prop('devices/emulator', codec.string),
  /** Every child of `<devices>`, typed by tag; unknown ones are `DomainDevice`s. */
  devices: polyChildren('devices', deviceClasses, DomainDevice),
  /** `<disk>` devices. */
  disks: children('devices/disk', DomainDisk),
  /** `<controller>` devices. */
  controllers: children('devices/controller', DomainController),
  /** `<lease>` devices. */
  leases: children('devices/lease', DomainLease),
  /** `<filesystem>` devices. */
  filesystems: children('devices/filesystem', DomainFilesys),
  /** `<interface>` devices. */
  interfaces: children('devices/interface', DomainInterface),
  /** `<smartcard>` devices. */
  smartcards: children('devices/smartcard', DomainSmartcard),
  /** `<serial>` devices. */
  serials: children('devices/serial', DomainSerial),
  /** `<parallel>` devices. */
  parallels: children('devices/parallel', DomainParallel),
  /** `<console>` devices. */
  consoles: children('devices/console', DomainConsole),
  /** `<channel>` devices. */
  channels: children('devices/channel', DomainChannel),
  /** `<input>` devices. */
  inputs: children('devices/input', DomainInput),
  /** `<tpm>` devices. */
  tpms: children('devices/tpm', DomainTpm),
  /** `<graphics>` devices. */
  graphics: children('devices/graphics', DomainGraphics),
  /** `<sound>` devices. */
  sounds: children('devices/sound', DomainSound),
  /** `<audio>` back-ends. */
  audios: children('devices/audio', DomainAudio),
  /** `<video>` devices. */
  videos: children('devices/video', DomainVideo),
  /** `<hostdev>` devices. */
  hostdevs: children('devices/hostdev', DomainHostdev),
  /** `<redirdev>` devices. */
  redirdevs: children('devices/redirdev', DomainRedirdev),
  /** `<redirfilter>` rules. */
  redirfilters: children('devices/redirfilter', DomainRedirfilter),
  /** `<hub>` devices. */
  hubs: children('devices/hub', DomainHub),
  /** `<watchdog>` devices. */
  watchdogs: children('devices/watchdog', DomainWatchdog),
  /** `<memballoon>` device. */
  memballoons: children('devices/memballoon', DomainMemballoon),
  /** `<rng>` devices. */
  rngs: children('devices/rng', DomainRng),
  /** `<panic>` devices. */
  panics: children('devices/panic', DomainPanic),
  /** `<shmem>` devices. */
  shmems: children('devices/shmem', DomainShmem),
  /** `<memory>` devices. */
  memoryDevices: children('devices/memory', DomainMemory),
  /** `<iommu>` device. */
  iommus: children('devices/iommu', DomainIommu),
  /** `<vsock>` device. */
  vsocks: children('devices/vsock', DomainVsock),
  /** `<crypto>` devices. */
  cryptos: children('devices/crypto', DomainCrypto),
  /** `<pstore>` device. */
  pstores: children('devices/pstore', DomainPstore),
  /** Security labels. */
  seclabels: children('seclabel', DomainSeclabel),
  /** s390 key wrapping. */
  keywrap: child('keywrap', DomainKeywrap),
  /** Confidential computing. */
  launchSecurity: child('launchSecurity', DomainLaunchSecurity),
}, {
  schema: 'domain.rng',
  order: ['name', 'uuid', 'genid', 'title', 'description', 'metadata', 'maxMemory', 'memory', 'currentMemory', 'blkiotune', 'memtune',
    'memoryBacking', 'vcpu', 'vcpus', 'iothreads', 'iothreadids', 'defaultiothread', 'throttlegroups', 'cputune', 'numatune', 'resource',
    'sysinfo', 'bootloader', 'bootloader_args', 'os', 'idmap', 'features', 'cpu', 'clock', 'on_poweroff', 'on_reboot', 'on_crash',
    'on_lockfailure', 'pm', 'perf', 'devices', 'seclabel', 'keywrap', 'launchSecurity'],
  childOrder: { devices: ['emulator'], resource: ['partition', 'fibrechannel'] },
}) {
  /**
   * The boot devices in order (`<os><boot dev>`), e.g. `['cdrom', 'hd']`; empty when none.
   * Setting replaces every `<boot>`, creating `<os>` when needed; a bad device throws
   * ConfigError and changes nothing.
   */
  get bootDevices(): DomainOsBootDevice[] {
    return this.os?.bootDevices ?? []
  }
  /**
   * Replaces every `<boot>` with one per device, in order, creating `<os>` when needed.
   * @throws ConfigError for a device libvirt does not know; the document is unchanged.
   * @example
   * ```ts
   * domain.bootDevices = ['cdrom', 'hd']   // <os>…<boot dev='cdrom'/><boot dev='hd'/></os>
   * ```
   */
  set bootDevices(devs: readonly DomainOsBootDevice[]) {
    bootElements(devs) // validates before <os> is created
    if (devs.length === 0 && this.os === undefined) return
    const os = this.os ?? (this.os = new DomainOs())
    os.bootDevices = devs
  }

  /**
   * An application's own element in `<metadata>`, found by namespace URI
   * (`gvir_config_domain_get_custom_xml`): its XML text, declaring its namespace itself;
   * undefined when there is none.
   * @example
   * ```ts
   * dom.getCustomXml('https://wiki.gnome.org/Apps/Boxes')
   * // '<boxes:gnome-boxes xmlns:boxes="https://wiki.gnome.org/Apps/Boxes">…</boxes:gnome-boxes>'
   * ```
   */
  getCustomXml(nsUri: string): string | undefined {
    return getCustomXml(this, nsUri)
  }

  /**
   * Stores `xml` (one element) in `<metadata>` under prefix `ns` and namespace `nsUri`
   * (`gvir_config_domain_set_custom_xml`), replacing what was there for `nsUri`; `undefined`
   * removes it. The rest of the document, other applications' metadata included, is untouched.
   * @throws ConfigError for malformed XML (with line and column), a bad prefix or an empty
   * URI; the document is unchanged.
   * @example
   * ```ts
   * dom.setCustomXml('<gnome-boxes><os-state>installed</os-state></gnome-boxes>', 'boxes', 'https://wiki.gnome.org/Apps/Boxes')
   * ```
   */
  setCustomXml(xml: string | undefined, ns: string, nsUri: string): void {
    setCustomXml(this, xml, ns, nsUri)
  }
}
