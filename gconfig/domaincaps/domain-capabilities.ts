import { child, codec, defineDocument, prop } from '../core/index.js'
import { DomainCapabilitiesOs } from './os.js'
import { DomainCapabilitiesCpu } from './cpu.js'
import { DomainCapabilitiesMemoryBacking } from './memory-backing.js'
import { DomainCapabilitiesDevices } from './devices.js'
import { DomainCapabilitiesFeatures } from './features.js'

/** `<domainCapabilities>` (`/domainCapabilities`). */
export class DomainCapabilities extends defineDocument('domainCapabilities', {
  path: prop('path', codec.string),
  domain: prop('domain', codec.string),
  machine: prop('machine', codec.string),
  arch: prop('arch', codec.string),
  vcpuMax: prop('vcpu/@max', codec.uint),
  iothreadsSupported: prop('iothreads/@supported', codec.yesNo),
  os: child('os', DomainCapabilitiesOs),
  cpu: child('cpu', DomainCapabilitiesCpu),
  memoryBacking: child('memoryBacking', DomainCapabilitiesMemoryBacking),
  devices: child('devices', DomainCapabilitiesDevices),
  features: child('features', DomainCapabilitiesFeatures),
}, { schema: 'domaincaps.rng', order: ['path', 'domain', 'machine', 'arch', 'vcpu', 'iothreads', 'os', 'cpu', 'memoryBacking', 'devices', 'features'] }) {}
