/**
 * `<cpu>`: the guest CPU model, topology, features, NUMA cells, cache and physical address bits.
 * @module
 */
import { children, codec, defineElement, prop, size } from '../core/index.js'
import { cpuset } from './common.js'

/** `<feature>` of a guest CPU. */
export class DomainCpuFeature extends defineElement('feature', {
  /** Feature name (`vmx`, `avx2`…). */
  name: prop('@name', codec.string),
  /** Policy. */
  policy: prop('@policy', codec.enum('force', 'require', 'optional', 'disable', 'forbid')),
}) {}

/** `<sibling>` in a NUMA cell's distance table. */
export class DomainCpuNumaSibling extends defineElement('sibling', {
  /** Other cell id. */
  id: prop('@id', codec.uint),
  /** Distance to it. */
  value: prop('@value', codec.uint),
}) {}

/** `<cache>` of a NUMA cell (HMAT memory-side cache). */
export class DomainCpuNumaCellCache extends defineElement('cache', {
  /** Cache level. */
  level: prop('@level', codec.uint),
  /** Associativity. */
  associativity: prop('@associativity', codec.enum('none', 'direct', 'full')),
  /** Write policy. */
  policy: prop('@policy', codec.enum('none', 'writeback', 'writethrough')),
  /** Cache size, bytes. */
  size: size('size/@value'),
  /** Cache line size, bytes. */
  line: size('line/@value'),
}, { order: ['size', 'line'] }) {}

/** `<cell>`: one guest NUMA node. */
export class DomainCpuNumaCell extends defineElement('cell', {
  /** Node id. */
  id: prop('@id', codec.uint),
  /** vCPUs of the node. */
  cpus: prop('@cpus', cpuset),
  /** Memory of the node, bytes. */
  memory: size('@memory', { defaultUnit: 'KiB' }),
  /** Memory access mode. */
  memAccess: prop('@memAccess', codec.enum('shared', 'private')),
  /** Discard memory on shutdown. */
  discard: prop('@discard', codec.yesNo),
  /** Distances to other nodes. */
  siblings: children('distances/sibling', DomainCpuNumaSibling),
  /** Memory-side caches. */
  caches: children('cache', DomainCpuNumaCellCache),
}, { order: ['distances', 'cache'] }) {}

/** `<latency>` or `<bandwidth>` between NUMA initiators and targets (HMAT). */
const interconnect = {
  /** Initiator node. */
  initiator: prop('@initiator', codec.uint),
  /** Target node. */
  target: prop('@target', codec.uint),
  /** Memory-side cache level, if the figure is for a cache. */
  cache: prop('@cache', codec.uint),
  /** Access type. */
  type: prop('@type', codec.enum('access', 'read', 'write')),
  /** Value: nanoseconds for latency, per-second units for bandwidth. */
  value: prop('@value', codec.uint),
} as const

/** `<latency>` between NUMA nodes. */
export class DomainCpuNumaLatency extends defineElement('latency', interconnect) {}
/** `<bandwidth>` between NUMA nodes. */
export class DomainCpuNumaBandwidth extends defineElement('bandwidth', {
  ...interconnect,
  /** Unit of the value (`KiB` per second by default). */
  unit: prop('@unit', codec.string),
}) {}

/** `<cpu>`: the guest CPU. */
export class DomainCpu extends defineElement('cpu', {
  /** How the model is chosen. */
  mode: prop('@mode', codec.enum('custom', 'host-model', 'host-passthrough', 'maximum')),
  /** How strictly the model must match. */
  match: prop('@match', codec.enum('minimum', 'exact', 'strict')),
  /** How the result is checked. */
  check: prop('@check', codec.enum('none', 'partial', 'full')),
  /** Only migratable features (host-passthrough, maximum). */
  migratable: prop('@migratable', codec.onOff),
  /** Disable deprecated features. */
  deprecatedFeatures: prop('@deprecated_features', codec.onOff),
  /** CPU model name. */
  model: prop('model', codec.string),
  /** Fall back to a close model. */
  modelFallback: prop('model/@fallback', codec.enum('allow', 'forbid')),
  /** CPUID vendor string shown to the guest. */
  modelVendorId: prop('model/@vendor_id', codec.string),
  /** Required vendor. */
  vendor: prop('vendor', codec.string),
  /** Sockets. */
  topologySockets: prop('topology/@sockets', codec.uint),
  /** Dies per socket. */
  topologyDies: prop('topology/@dies', codec.uint),
  /** Clusters per die. */
  topologyClusters: prop('topology/@clusters', codec.uint),
  /** Cores per cluster. */
  topologyCores: prop('topology/@cores', codec.uint),
  /** Threads per core. */
  topologyThreads: prop('topology/@threads', codec.uint),
  /** Cache level described. */
  cacheLevel: prop('cache/@level', codec.uint),
  /** Cache mode. */
  cacheMode: prop('cache/@mode', codec.enum('emulate', 'passthrough', 'disable')),
  /** Physical address bits mode. */
  maxphysaddrMode: prop('maxphysaddr/@mode', codec.enum('emulate', 'passthrough')),
  /** Physical address bits. */
  maxphysaddrBits: prop('maxphysaddr/@bits', codec.uint),
  /** Upper limit of physical address bits (passthrough). */
  maxphysaddrLimit: prop('maxphysaddr/@limit', codec.uint),
  /** Features added or removed. */
  features: children('feature', DomainCpuFeature),
  /** Guest NUMA nodes. */
  numaCells: children('numa/cell', DomainCpuNumaCell),
  /** HMAT latencies. */
  numaLatencies: children('numa/interconnects/latency', DomainCpuNumaLatency),
  /** HMAT bandwidths. */
  numaBandwidths: children('numa/interconnects/bandwidth', DomainCpuNumaBandwidth),
}, { order: ['model', 'vendor', 'topology', 'cache', 'maxphysaddr', 'feature', 'numa'], childOrder: { numa: ['cell', 'interconnects'], 'numa/interconnects': ['latency', 'bandwidth'] } }) {}
