import { child, children, codec, defineElement, flag, prop, size } from '../core/index.js'
import { archName } from '../core/libvirt-enums.js'

/** `<features>` (`/capabilities/host/cpu/features`). */
export class CapabilitiesCpuFeatures extends defineElement('features', {
  /** Whether `<features>` has `<pae/>` (`pae`). */
  pae: flag('pae'),
  /** Whether `<features>` has `<nonpae/>` (`nonpae`). */
  nonpae: flag('nonpae'),
  /** Whether `<features>` has `<vmx/>` (`vmx`). */
  vmx: flag('vmx'),
  /** Whether `<features>` has `<svm/>` (`svm`). */
  svm: flag('svm'),
}, { order: ['pae', 'nonpae', 'vmx', 'svm'] }) {}

/** `<feature>` (`/capabilities/host/cpu/feature`). */
export class CapabilitiesCpuFeature extends defineElement('feature', {
  /** Name: `@name` in `<feature>`. */
  name: prop('@name', codec.string),
}) {}

/** `<pages>` (`/capabilities/host/cpu/pages`). */
export class CapabilitiesCpuPages extends defineElement('pages', {
  /** Unit: `@unit` in `<pages>`. */
  unit: prop('@unit', codec.string),
  /** Size: `@size` in `<pages>`. */
  size: prop('@size', codec.uint),
}) {}

/** `<cpu>` (`/capabilities/host/cpu`). */
export class CapabilitiesHostCpu extends defineElement('cpu', {
  /** Architecture: `arch` in `<cpu>`. */
  arch: prop('arch', archName),
  /** The `<features>` element (`features`), as a view; undefined when absent. */
  features: child('features', CapabilitiesCpuFeatures),
  /** Model: `model` in `<cpu>`. */
  model: prop('model', codec.string),
  /** Vendor: `vendor` in `<cpu>`. */
  vendor: prop('vendor', codec.string),
  /** Version: `microcode/@version` in `<cpu>`. */
  microcodeVersion: prop('microcode/@version', codec.uint),
  /** Family: `signature/@family` in `<cpu>`. */
  signatureFamily: prop('signature/@family', codec.uint),
  /** Model: `signature/@model` in `<cpu>`. */
  signatureModel: prop('signature/@model', codec.uint),
  /** `signature/@stepping` in `<cpu>`. */
  signatureStepping: prop('signature/@stepping', codec.uint),
  /** Name: `counter/@name` in `<cpu>`. */
  counterName: prop('counter/@name', codec.string),
  /** `counter/@frequency` in `<cpu>`. A `number`, or a `bigint` beyond 2^53 − 1. */
  counterFrequency: prop('counter/@frequency', codec.u64),
  /** `counter/@scaling` in `<cpu>`. */
  counterScaling: prop('counter/@scaling', codec.yesNo),
  /** Sockets: `topology/@sockets` in `<cpu>`. */
  topologySockets: prop('topology/@sockets', codec.uint),
  /** Dies: `topology/@dies` in `<cpu>`. */
  topologyDies: prop('topology/@dies', codec.uint),
  /** Clusters: `topology/@clusters` in `<cpu>`. */
  topologyClusters: prop('topology/@clusters', codec.uint),
  /** Cores: `topology/@cores` in `<cpu>`. */
  topologyCores: prop('topology/@cores', codec.uint),
  /** Threads: `topology/@threads` in `<cpu>`. */
  topologyThreads: prop('topology/@threads', codec.uint),
  /** Mode: `maxphysaddr/@mode` in `<cpu>`. */
  maxphysaddrMode: prop('maxphysaddr/@mode', codec.enum('emulate', 'passthrough')),
  /** `maxphysaddr/@bits` in `<cpu>`. */
  maxphysaddrBits: prop('maxphysaddr/@bits', codec.uint),
  /** `maxphysaddr/@limit` in `<cpu>`. */
  maxphysaddrLimit: prop('maxphysaddr/@limit', codec.uint),
  /** The `<feature>` elements (`feature`), as a live list. */
  featureList: children('feature', CapabilitiesCpuFeature),
  /** The `<pages>` elements (`pages`), as a live list. */
  pages: children('pages', CapabilitiesCpuPages),
}, { order: ['arch', 'features', 'model', 'vendor', 'microcode', 'signature', 'counter', 'topology', 'maxphysaddr', 'feature', 'pages'] }) {}

/** `<power_management>` (`/capabilities/host/power_management`). */
export class CapabilitiesHostPowerManagement extends defineElement('power_management', {
  /** Whether `<power_management>` has `<suspend_mem/>` (`suspend_mem`). */
  suspendMem: flag('suspend_mem'),
  /** Whether `<power_management>` has `<suspend_disk/>` (`suspend_disk`). */
  suspendDisk: flag('suspend_disk'),
  /** Whether `<power_management>` has `<suspend_hybrid/>` (`suspend_hybrid`). */
  suspendHybrid: flag('suspend_hybrid'),
}, { order: ['suspend_mem', 'suspend_disk', 'suspend_hybrid'] }) {}

/** `<uri_transport>` (`/capabilities/host/migration_features/uri_transports/uri_transport`). */
export class CapabilitiesUriTransport extends defineElement('uri_transport', {
  /** The text of `<uri_transport>`. */
  value: prop('.', codec.enum('vpxmigr', 'tcp', 'rdma', 'vzmigr', 'xenmigr')),
}) {}

/** `<uri_transports>` (`/capabilities/host/migration_features/uri_transports`). */
export class CapabilitiesMigrationFeaturesUriTransports extends defineElement('uri_transports', {
  /** The `<uri_transport>` elements (`uri_transport`), as a live list. */
  uriTransports: children('uri_transport', CapabilitiesUriTransport),
}) {}

/** `<migration_features>` (`/capabilities/host/migration_features`). */
export class CapabilitiesHostMigrationFeatures extends defineElement('migration_features', {
  /** Whether `<migration_features>` has `<live/>` (`live`). */
  live: flag('live'),
  /** The `<uri_transports>` element (`uri_transports`), as a view; undefined when absent. */
  uriTransports: child('uri_transports', CapabilitiesMigrationFeaturesUriTransports),
}, { order: ['live', 'uri_transports'] }) {}

/** `<pages>` (`/capabilities/host/topology/cells/cell/pages`). */
export class CapabilitiesCellPages extends defineElement('pages', {
  /** Unit: `@unit` in `<pages>`. */
  unit: prop('@unit', codec.string),
  /** Size: `@size` in `<pages>`. */
  size: prop('@size', codec.uint),
  /** The text of `<pages>`. */
  value: prop('.', codec.uint),
}) {}

/** `<sibling>` (`/capabilities/host/topology/cells/cell/distances/sibling`). */
export class CapabilitiesDistancesSibling extends defineElement('sibling', {
  /** Identifier: `@id` in `<sibling>`. */
  id: prop('@id', codec.uint),
  /** Value: `@value` in `<sibling>`. */
  value: prop('@value', codec.uint),
}) {}

/** `<distances>` (`/capabilities/host/topology/cells/cell/distances`). */
export class CapabilitiesCellDistances extends defineElement('distances', {
  /** The `<sibling>` elements (`sibling`), as a live list. */
  siblings: children('sibling', CapabilitiesDistancesSibling),
}) {}

/** `<cache>` (`/capabilities/host/topology/cells/cell/cache`). */
export class CapabilitiesCellCache extends defineElement('cache', {
  /** Level: `@level` in `<cache>`. */
  level: prop('@level', codec.uint),
  /** `@associativity` in `<cache>`. */
  associativity: prop('@associativity', codec.enum('none', 'direct', 'full')),
  /** `@policy` in `<cache>`. */
  policy: prop('@policy', codec.enum('none', 'writeback', 'writethrough')),
  /** Value: `size/@value` in `<cache>`. A `number`, or a `bigint` beyond 2^53 − 1. */
  sizeValue: prop('size/@value', codec.u64),
  /** Unit: `size/@unit` in `<cache>`. */
  sizeUnit: prop('size/@unit', codec.string),
  /** Value: `line/@value` in `<cache>`. */
  lineValue: prop('line/@value', codec.uint),
  /** Unit: `line/@unit` in `<cache>`. */
  lineUnit: prop('line/@unit', codec.string),
}, { order: ['size', 'line'] }) {}

/** `<cpu>` (`/capabilities/host/topology/cells/cell/cpus/cpu`). */
export class CapabilitiesCellCpu extends defineElement('cpu', {
  /** Identifier: `@id` in `<cpu>`. */
  id: prop('@id', codec.uint),
  /** `@socket_id` in `<cpu>`. */
  socketId: prop('@socket_id', codec.uint),
  /** `@die_id` in `<cpu>`. */
  dieId: prop('@die_id', codec.uint),
  /** `@cluster_id` in `<cpu>`. */
  clusterId: prop('@cluster_id', codec.uint),
  /** `@core_id` in `<cpu>`. */
  coreId: prop('@core_id', codec.uint),
  /** `@siblings` in `<cpu>`. */
  siblings: prop('@siblings', codec.string),
}) {}

/** `<cpus>` (`/capabilities/host/topology/cells/cell/cpus`). */
export class CapabilitiesCellCpus extends defineElement('cpus', {
  /** `@num` in `<cpus>`. */
  num: prop('@num', codec.uint),
  /** The `<cpu>` elements (`cpu`), as a live list. */
  cpus: children('cpu', CapabilitiesCellCpu),
}) {}

/** `<cell>` (`/capabilities/host/topology/cells/cell`). */
export class CapabilitiesCell extends defineElement('cell', {
  /** Identifier: `@id` in `<cell>`. */
  id: prop('@id', codec.uint),
  /** Memory, in bytes: `memory` in `<cell>`. */
  memory: size('memory'),
  /** The `<pages>` elements (`pages`), as a live list. */
  pages: children('pages', CapabilitiesCellPages),
  /** The `<distances>` element (`distances`), as a view; undefined when absent. */
  distances: child('distances', CapabilitiesCellDistances),
  /** The `<cache>` elements (`cache`), as a live list. */
  caches: children('cache', CapabilitiesCellCache),
  /** The `<cpus>` element (`cpus`), as a view; undefined when absent. */
  cpus: child('cpus', CapabilitiesCellCpus),
}, { order: ['memory', 'pages', 'distances', 'cache', 'cpus'] }) {}

/** `<cells>` (`/capabilities/host/topology/cells`). */
export class CapabilitiesTopologyCells extends defineElement('cells', {
  /** `@num` in `<cells>`. */
  num: prop('@num', codec.uint),
  /** The `<cell>` elements (`cell`), as a live list. */
  cells: children('cell', CapabilitiesCell),
}) {}

/** `<latency>` (`/capabilities/host/topology/interconnects/latency`). */
export class CapabilitiesInterconnectsLatency extends defineElement('latency', {
  /** `@initiator` in `<latency>`. */
  initiator: prop('@initiator', codec.uint),
  /** Target: `@target` in `<latency>`. */
  target: prop('@target', codec.uint),
  /** Cache: `@cache` in `<latency>`. */
  cache: prop('@cache', codec.uint),
  /** Type: `@type` in `<latency>`. */
  type: prop('@type', codec.enum('access', 'read', 'write')),
  /** Value: `@value` in `<latency>`. */
  value: prop('@value', codec.uint),
}) {}

/** `<bandwidth>` (`/capabilities/host/topology/interconnects/bandwidth`). */
export class CapabilitiesInterconnectsBandwidth extends defineElement('bandwidth', {
  /** `@initiator` in `<bandwidth>`. */
  initiator: prop('@initiator', codec.uint),
  /** Target: `@target` in `<bandwidth>`. */
  target: prop('@target', codec.uint),
  /** Cache: `@cache` in `<bandwidth>`. */
  cache: prop('@cache', codec.uint),
  /** Type: `@type` in `<bandwidth>`. */
  type: prop('@type', codec.enum('access', 'read', 'write')),
  /** Value: `@value` in `<bandwidth>`. */
  value: prop('@value', codec.uint),
  /** Unit: `@unit` in `<bandwidth>`. */
  unit: prop('@unit', codec.string),
}) {}

/** `<interconnects>` (`/capabilities/host/topology/interconnects`). */
export class CapabilitiesTopologyInterconnects extends defineElement('interconnects', {
  /** The `<latency>` elements (`latency`), as a live list. */
  latencies: children('latency', CapabilitiesInterconnectsLatency),
  /** The `<bandwidth>` elements (`bandwidth`), as a live list. */
  bandwidths: children('bandwidth', CapabilitiesInterconnectsBandwidth),
}, { order: ['latency', 'bandwidth'] }) {}

/** `<topology>` (`/capabilities/host/topology`). */
export class CapabilitiesHostTopology extends defineElement('topology', {
  /** The `<cells>` element (`cells`), as a view; undefined when absent. */
  cells: child('cells', CapabilitiesTopologyCells),
  /** The `<interconnects>` element (`interconnects`), as a view; undefined when absent. */
  interconnects: child('interconnects', CapabilitiesTopologyInterconnects),
}, { order: ['cells', 'interconnects'] }) {}

/** `<control>` (`/capabilities/host/cache/bank/control`). */
export class CapabilitiesBankControl extends defineElement('control', {
  /** `@granularity` in `<control>`. */
  granularity: prop('@granularity', codec.uint),
  /** `@min` in `<control>`. */
  min: prop('@min', codec.uint),
  /** Unit: `@unit` in `<control>`. */
  unit: prop('@unit', codec.string),
  /** Type: `@type` in `<control>`. */
  type: prop('@type', codec.enum('both', 'code', 'data')),
  /** `@maxAllocs` in `<control>`. */
  maxAllocs: prop('@maxAllocs', codec.uint),
}) {}

/** `<bank>` (`/capabilities/host/cache/bank`). */
export class CapabilitiesCacheBank extends defineElement('bank', {
  /** Identifier: `@id` in `<bank>`. */
  id: prop('@id', codec.uint),
  /** Level: `@level` in `<bank>`. */
  level: prop('@level', codec.uint),
  /** Type: `@type` in `<bank>`. */
  type: prop('@type', codec.enum('both', 'code', 'data')),
  /** Size: `@size` in `<bank>`. */
  size: prop('@size', codec.uint),
  /** Unit: `@unit` in `<bank>`. */
  unit: prop('@unit', codec.string),
  /** CPUs: `@cpus` in `<bank>`. */
  cpus: prop('@cpus', codec.string),
  /** The `<control>` elements (`control`), as a live list. */
  controls: children('control', CapabilitiesBankControl),
}) {}

/** `<monitor>` (`/capabilities/host/cache/monitor`). */
export class CapabilitiesCacheMonitor extends defineElement('monitor', {
  /** Level: `@level` in `<monitor>`. */
  level: prop('@level', codec.uint),
  /** `@reuseThreshold` in `<monitor>`. */
  reuseThreshold: prop('@reuseThreshold', codec.uint),
  /** `@maxMonitors` in `<monitor>`. */
  maxMonitors: prop('@maxMonitors', codec.uint),
  /** The `<feature>` elements (`feature`), as a live list. */
  features: children('feature', CapabilitiesCpuFeature),
}) {}

/** `<cache>` (`/capabilities/host/cache`). */
export class CapabilitiesHostCache extends defineElement('cache', {
  /** The `<bank>` elements (`bank`), as a live list. */
  banks: children('bank', CapabilitiesCacheBank),
  /** The `<monitor>` element (`monitor`), as a view; undefined when absent. */
  monitor: child('monitor', CapabilitiesCacheMonitor),
}, { order: ['bank', 'monitor'] }) {}

/** `<control>` (`/capabilities/host/memory_bandwidth/node/control`). */
export class CapabilitiesNodeControl extends defineElement('control', {
  /** `@granularity` in `<control>`. */
  granularity: prop('@granularity', codec.uint),
  /** `@min` in `<control>`. */
  min: prop('@min', codec.uint),
  /** `@maxAllocs` in `<control>`. */
  maxAllocs: prop('@maxAllocs', codec.uint),
}) {}

/** `<node>` (`/capabilities/host/memory_bandwidth/node`). */
export class CapabilitiesMemoryBandwidthNode extends defineElement('node', {
  /** Identifier: `@id` in `<node>`. */
  id: prop('@id', codec.uint),
  /** CPUs: `@cpus` in `<node>`. */
  cpus: prop('@cpus', codec.string),
  /** The `<control>` elements (`control`), as a live list. */
  controls: children('control', CapabilitiesNodeControl),
}) {}

/** `<memory_bandwidth>` (`/capabilities/host/memory_bandwidth`). */
export class CapabilitiesHostMemoryBandwidth extends defineElement('memory_bandwidth', {
  /** The `<node>` elements (`node`), as a live list. */
  nodes: children('node', CapabilitiesMemoryBandwidthNode),
  /** The `<monitor>` element (`monitor`), as a view; undefined when absent. */
  monitor: child('monitor', CapabilitiesCacheMonitor),
}, { order: ['node', 'monitor'] }) {}

/** `<baselabel>` (`/capabilities/host/secmodel/baselabel`). */
export class CapabilitiesSecmodelBaselabel extends defineElement('baselabel', {
  /** Type: `@type` in `<baselabel>`. */
  type: prop('@type', codec.string),
  /** The text of `<baselabel>`. */
  value: prop('.', codec.string),
}) {}

/** `<secmodel>` (`/capabilities/host/secmodel`). */
export class CapabilitiesHostSecmodel extends defineElement('secmodel', {
  /** Model: `model` in `<secmodel>`. */
  model: prop('model', codec.string),
  /** `doi` in `<secmodel>`. */
  doi: prop('doi', codec.string),
  /** The `<baselabel>` elements (`baselabel`), as a live list. */
  baselabels: children('baselabel', CapabilitiesSecmodelBaselabel),
}, { order: ['model', 'doi', 'baselabel'] }) {}

/** `<host>` (`/capabilities/host`). */
export class CapabilitiesHost extends defineElement('host', {
  /** UUID: `uuid` in `<host>`. */
  uuid: prop('uuid', codec.uuid),
  /** The `<cpu>` element (`cpu`), as a view; undefined when absent. */
  cpu: child('cpu', CapabilitiesHostCpu),
  /** The `<power_management>` element (`power_management`), as a view; undefined when absent. */
  powerManagement: child('power_management', CapabilitiesHostPowerManagement),
  /** `iommu/@support` in `<host>`. */
  iommuSupport: prop('iommu/@support', codec.yesNo),
  /** The `<migration_features>` element (`migration_features`), as a view; undefined when absent. */
  migrationFeatures: child('migration_features', CapabilitiesHostMigrationFeatures),
  /** The `<topology>` element (`topology`), as a view; undefined when absent. */
  topology: child('topology', CapabilitiesHostTopology),
  /** The `<cache>` element (`cache`), as a view; undefined when absent. */
  cache: child('cache', CapabilitiesHostCache),
  /** The `<memory_bandwidth>` element (`memory_bandwidth`), as a view; undefined when absent. */
  memoryBandwidth: child('memory_bandwidth', CapabilitiesHostMemoryBandwidth),
  /** The `<secmodel>` elements (`secmodel`), as a live list. */
  secmodels: children('secmodel', CapabilitiesHostSecmodel),
}, { order: ['uuid', 'cpu', 'power_management', 'iommu', 'migration_features', 'topology', 'cache', 'memory_bandwidth', 'secmodel'] }) {}
