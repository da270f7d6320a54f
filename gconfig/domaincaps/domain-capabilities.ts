import { child, codec, defineDocument, prop } from '../core/index.js'
import { DomainCapabilitiesOs } from './os.js'
import { DomainCapabilitiesCpu } from './cpu.js'
import { DomainCapabilitiesMemoryBacking } from './memory-backing.js'
import { DomainCapabilitiesDevices } from './devices.js'
import { DomainCapabilitiesFeatures } from './features.js'

/**
 * `<domainCapabilities>`: what a hypervisor supports for one emulator, machine and architecture.
 * @example
 * ```ts
 * const dc = DomainCapabilities.fromXml(
 *   `<domainCapabilities><path>/usr/bin/qemu-system-x86_64</path><domain>kvm</domain><machine>pc-q35-9.2</machine><arch>x86_64</arch><vcpu max='255'/></domainCapabilities>`)
 * dc.vcpuMax // 255
 * dc.machine // 'pc-q35-9.2'
 * ```
 */
export class DomainCapabilities extends defineDocument('domainCapabilities', {
  /** Path: `path` in `<domainCapabilities>`. */
  path: prop('path', codec.string),
  /** PCI domain: `domain` in `<domainCapabilities>`. */
  domain: prop('domain', codec.string),
  /** Machine type: `machine` in `<domainCapabilities>`. */
  machine: prop('machine', codec.string),
  /** Architecture: `arch` in `<domainCapabilities>`. */
  arch: prop('arch', codec.string),
  /** `vcpu/@max` in `<domainCapabilities>`. */
  vcpuMax: prop('vcpu/@max', codec.uint),
  /** Supported: `iothreads/@supported` in `<domainCapabilities>`. */
  iothreadsSupported: prop('iothreads/@supported', codec.yesNo),
  /** The `<os>` element (`os`), as a view; undefined when absent. */
  os: child('os', DomainCapabilitiesOs),
  /** The `<cpu>` element (`cpu`), as a view; undefined when absent. */
  cpu: child('cpu', DomainCapabilitiesCpu),
  /** The `<memoryBacking>` element (`memoryBacking`), as a view; undefined when absent. */
  memoryBacking: child('memoryBacking', DomainCapabilitiesMemoryBacking),
  /** The `<devices>` element (`devices`), as a view; undefined when absent. */
  devices: child('devices', DomainCapabilitiesDevices),
  /** The `<features>` element (`features`), as a view; undefined when absent. */
  features: child('features', DomainCapabilitiesFeatures),
}, { schema: 'domaincaps.rng', order: ['path', 'domain', 'machine', 'arch', 'vcpu', 'iothreads', 'os', 'cpu', 'memoryBacking', 'devices', 'features'] }) {}
