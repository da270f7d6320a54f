import { child, children, codec, defineElement, flag, prop, size } from '../core/index.js'

/** `<features>` (`/capabilities/host/cpu/features`). */
export class CapabilitiesCpuFeatures extends defineElement('features', {
  pae: flag('pae'),
  nonpae: flag('nonpae'),
  vmx: flag('vmx'),
  svm: flag('svm'),
}, { order: ['pae', 'nonpae', 'vmx', 'svm'] }) {}

/** `<feature>` (`/capabilities/host/cpu/feature`). */
export class CapabilitiesCpuFeature extends defineElement('feature', {
  name: prop('@name', codec.string),
}) {}

/** `<pages>` (`/capabilities/host/cpu/pages`). */
export class CapabilitiesCpuPages extends defineElement('pages', {
  unit: prop('@unit', codec.string),
  size: prop('@size', codec.uint),
}) {}

/** `<cpu>` (`/capabilities/host/cpu`). */
export class CapabilitiesHostCpu extends defineElement('cpu', {
  arch: prop('arch', codec.enum('aarch64', 'alpha', 'armv6l', 'armv7l', 'cris', 'i686', 'ia64', 'lm32', 'loongarch64', 'm68k', 'microblaze', 'microblazeel', 'mips', 'mipsel', 'mips64', 'mips64el', 'openrisc', 'parisc', 'parisc64', 'ppc', 'ppc64', 'ppc64le', 'ppcemb', 'riscv32', 'riscv64', 's390', 's390x', 'sh4', 'sh4eb', 'sparc', 'sparc64', 'unicore32', 'x86_64', 'xtensa', 'xtensaeb')),
  features: child('features', CapabilitiesCpuFeatures),
  model: prop('model', codec.string),
  vendor: prop('vendor', codec.string),
  microcodeVersion: prop('microcode/@version', codec.uint),
  signatureFamily: prop('signature/@family', codec.uint),
  signatureModel: prop('signature/@model', codec.uint),
  signatureStepping: prop('signature/@stepping', codec.uint),
  counterName: prop('counter/@name', codec.string),
  counterFrequency: prop('counter/@frequency', codec.uint),
  counterScaling: prop('counter/@scaling', codec.yesNo),
  topologySockets: prop('topology/@sockets', codec.uint),
  topologyDies: prop('topology/@dies', codec.uint),
  topologyClusters: prop('topology/@clusters', codec.uint),
  topologyCores: prop('topology/@cores', codec.uint),
  topologyThreads: prop('topology/@threads', codec.uint),
  maxphysaddrMode: prop('maxphysaddr/@mode', codec.enum('emulate', 'passthrough')),
  maxphysaddrBits: prop('maxphysaddr/@bits', codec.uint),
  maxphysaddrLimit: prop('maxphysaddr/@limit', codec.uint),
  featureList: children('feature', CapabilitiesCpuFeature),
  pages: children('pages', CapabilitiesCpuPages),
}, { order: ['arch', 'features', 'model', 'vendor', 'microcode', 'signature', 'counter', 'topology', 'maxphysaddr', 'feature', 'pages'] }) {}

/** `<power_management>` (`/capabilities/host/power_management`). */
export class CapabilitiesHostPowerManagement extends defineElement('power_management', {
  suspendMem: flag('suspend_mem'),
  suspendDisk: flag('suspend_disk'),
  suspendHybrid: flag('suspend_hybrid'),
}, { order: ['suspend_mem', 'suspend_disk', 'suspend_hybrid'] }) {}

/** `<uri_transport>` (`/capabilities/host/migration_features/uri_transports/uri_transport`). */
export class CapabilitiesUriTransport extends defineElement('uri_transport', {
  value: prop('.', codec.enum('vpxmigr', 'tcp', 'rdma', 'vzmigr')),
}) {}

/** `<uri_transports>` (`/capabilities/host/migration_features/uri_transports`). */
export class CapabilitiesMigrationFeaturesUriTransports extends defineElement('uri_transports', {
  uriTransports: children('uri_transport', CapabilitiesUriTransport),
}) {}

/** `<migration_features>` (`/capabilities/host/migration_features`). */
export class CapabilitiesHostMigrationFeatures extends defineElement('migration_features', {
  live: flag('live'),
  uriTransports: child('uri_transports', CapabilitiesMigrationFeaturesUriTransports),
}, { order: ['live', 'uri_transports'] }) {}

/** `<pages>` (`/capabilities/host/topology/cells/cell/pages`). */
export class CapabilitiesCellPages extends defineElement('pages', {
  unit: prop('@unit', codec.string),
  size: prop('@size', codec.uint),
  value: prop('.', codec.uint),
}) {}

/** `<sibling>` (`/capabilities/host/topology/cells/cell/distances/sibling`). */
export class CapabilitiesDistancesSibling extends defineElement('sibling', {
  id: prop('@id', codec.uint),
  value: prop('@value', codec.uint),
}) {}

/** `<distances>` (`/capabilities/host/topology/cells/cell/distances`). */
export class CapabilitiesCellDistances extends defineElement('distances', {
  siblings: children('sibling', CapabilitiesDistancesSibling),
}) {}

/** `<cache>` (`/capabilities/host/topology/cells/cell/cache`). */
export class CapabilitiesCellCache extends defineElement('cache', {
  level: prop('@level', codec.uint),
  associativity: prop('@associativity', codec.enum('none', 'direct', 'full')),
  policy: prop('@policy', codec.enum('none', 'writeback', 'writethrough')),
  sizeValue: prop('size/@value', codec.uint),
  sizeUnit: prop('size/@unit', codec.string),
  lineValue: prop('line/@value', codec.uint),
  lineUnit: prop('line/@unit', codec.string),
}, { order: ['size', 'line'] }) {}

/** `<cpu>` (`/capabilities/host/topology/cells/cell/cpus/cpu`). */
export class CapabilitiesCellCpu extends defineElement('cpu', {
  id: prop('@id', codec.uint),
  socketId: prop('@socket_id', codec.uint),
  dieId: prop('@die_id', codec.uint),
  clusterId: prop('@cluster_id', codec.uint),
  coreId: prop('@core_id', codec.uint),
  siblings: prop('@siblings', codec.string),
}) {}

/** `<cpus>` (`/capabilities/host/topology/cells/cell/cpus`). */
export class CapabilitiesCellCpus extends defineElement('cpus', {
  num: prop('@num', codec.uint),
  cpus: children('cpu', CapabilitiesCellCpu),
}) {}

/** `<cell>` (`/capabilities/host/topology/cells/cell`). */
export class CapabilitiesCell extends defineElement('cell', {
  id: prop('@id', codec.uint),
  memory: size('memory'),
  pages: children('pages', CapabilitiesCellPages),
  distances: child('distances', CapabilitiesCellDistances),
  caches: children('cache', CapabilitiesCellCache),
  cpus: child('cpus', CapabilitiesCellCpus),
}, { order: ['memory', 'pages', 'distances', 'cache', 'cpus'] }) {}

/** `<cells>` (`/capabilities/host/topology/cells`). */
export class CapabilitiesTopologyCells extends defineElement('cells', {
  num: prop('@num', codec.uint),
  cells: children('cell', CapabilitiesCell),
}) {}

/** `<latency>` (`/capabilities/host/topology/interconnects/latency`). */
export class CapabilitiesInterconnectsLatency extends defineElement('latency', {
  initiator: prop('@initiator', codec.uint),
  target: prop('@target', codec.uint),
  cache: prop('@cache', codec.uint),
  type: prop('@type', codec.enum('access', 'read', 'write')),
  value: prop('@value', codec.uint),
}) {}

/** `<bandwidth>` (`/capabilities/host/topology/interconnects/bandwidth`). */
export class CapabilitiesInterconnectsBandwidth extends defineElement('bandwidth', {
  initiator: prop('@initiator', codec.uint),
  target: prop('@target', codec.uint),
  cache: prop('@cache', codec.uint),
  type: prop('@type', codec.enum('access', 'read', 'write')),
  value: prop('@value', codec.uint),
  unit: prop('@unit', codec.string),
}) {}

/** `<interconnects>` (`/capabilities/host/topology/interconnects`). */
export class CapabilitiesTopologyInterconnects extends defineElement('interconnects', {
  latencies: children('latency', CapabilitiesInterconnectsLatency),
  bandwidths: children('bandwidth', CapabilitiesInterconnectsBandwidth),
}, { order: ['latency', 'bandwidth'] }) {}

/** `<topology>` (`/capabilities/host/topology`). */
export class CapabilitiesHostTopology extends defineElement('topology', {
  cells: child('cells', CapabilitiesTopologyCells),
  interconnects: child('interconnects', CapabilitiesTopologyInterconnects),
}, { order: ['cells', 'interconnects'] }) {}

/** `<control>` (`/capabilities/host/cache/bank/control`). */
export class CapabilitiesBankControl extends defineElement('control', {
  granularity: prop('@granularity', codec.uint),
  min: prop('@min', codec.uint),
  unit: prop('@unit', codec.string),
  type: prop('@type', codec.enum('both', 'code', 'data')),
  maxAllocs: prop('@maxAllocs', codec.uint),
}) {}

/** `<bank>` (`/capabilities/host/cache/bank`). */
export class CapabilitiesCacheBank extends defineElement('bank', {
  id: prop('@id', codec.uint),
  level: prop('@level', codec.uint),
  type: prop('@type', codec.enum('both', 'code', 'data')),
  size: prop('@size', codec.uint),
  unit: prop('@unit', codec.string),
  cpus: prop('@cpus', codec.string),
  controls: children('control', CapabilitiesBankControl),
}) {}

/** `<monitor>` (`/capabilities/host/cache/monitor`). */
export class CapabilitiesCacheMonitor extends defineElement('monitor', {
  level: prop('@level', codec.uint),
  reuseThreshold: prop('@reuseThreshold', codec.uint),
  maxMonitors: prop('@maxMonitors', codec.uint),
  features: children('feature', CapabilitiesCpuFeature),
}) {}

/** `<cache>` (`/capabilities/host/cache`). */
export class CapabilitiesHostCache extends defineElement('cache', {
  banks: children('bank', CapabilitiesCacheBank),
  monitor: child('monitor', CapabilitiesCacheMonitor),
}, { order: ['bank', 'monitor'] }) {}

/** `<control>` (`/capabilities/host/memory_bandwidth/node/control`). */
export class CapabilitiesNodeControl extends defineElement('control', {
  granularity: prop('@granularity', codec.uint),
  min: prop('@min', codec.uint),
  maxAllocs: prop('@maxAllocs', codec.uint),
}) {}

/** `<node>` (`/capabilities/host/memory_bandwidth/node`). */
export class CapabilitiesMemoryBandwidthNode extends defineElement('node', {
  id: prop('@id', codec.uint),
  cpus: prop('@cpus', codec.string),
  controls: children('control', CapabilitiesNodeControl),
}) {}

/** `<memory_bandwidth>` (`/capabilities/host/memory_bandwidth`). */
export class CapabilitiesHostMemoryBandwidth extends defineElement('memory_bandwidth', {
  nodes: children('node', CapabilitiesMemoryBandwidthNode),
  monitor: child('monitor', CapabilitiesCacheMonitor),
}, { order: ['node', 'monitor'] }) {}

/** `<baselabel>` (`/capabilities/host/secmodel/baselabel`). */
export class CapabilitiesSecmodelBaselabel extends defineElement('baselabel', {
  type: prop('@type', codec.string),
  value: prop('.', codec.string),
}) {}

/** `<secmodel>` (`/capabilities/host/secmodel`). */
export class CapabilitiesHostSecmodel extends defineElement('secmodel', {
  model: prop('model', codec.string),
  doi: prop('doi', codec.string),
  baselabels: children('baselabel', CapabilitiesSecmodelBaselabel),
}, { order: ['model', 'doi', 'baselabel'] }) {}

/** `<host>` (`/capabilities/host`). */
export class CapabilitiesHost extends defineElement('host', {
  uuid: prop('uuid', codec.uuid),
  cpu: child('cpu', CapabilitiesHostCpu),
  powerManagement: child('power_management', CapabilitiesHostPowerManagement),
  iommuSupport: prop('iommu/@support', codec.yesNo),
  migrationFeatures: child('migration_features', CapabilitiesHostMigrationFeatures),
  topology: child('topology', CapabilitiesHostTopology),
  cache: child('cache', CapabilitiesHostCache),
  memoryBandwidth: child('memory_bandwidth', CapabilitiesHostMemoryBandwidth),
  secmodels: children('secmodel', CapabilitiesHostSecmodel),
}, { order: ['uuid', 'cpu', 'power_management', 'iommu', 'migration_features', 'topology', 'cache', 'memory_bandwidth', 'secmodel'] }) {}
