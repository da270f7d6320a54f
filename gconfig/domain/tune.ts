/**
 * Resource tuning: `<cputune>`, `<memtune>`, `<blkiotune>`, `<numatune>`.
 * @module
 */
import { children, codec, defineElement, prop, size } from '../core/index.js'
import { cpuset } from './common.js'

const scheduler = codec.enum('batch', 'idle', 'fifo', 'rr')

/** `<vcpupin>`: host CPUs a vCPU may run on. */
export class DomainCputuneVcpupin extends defineElement('vcpupin', {
  /** vCPU id. */
  vcpu: prop('@vcpu', codec.uint),
  /** Host CPUs. */
  cpuset: prop('@cpuset', cpuset),
}) {}

/** `<iothreadpin>`: host CPUs an IOThread may run on. */
export class DomainCputuneIothreadpin extends defineElement('iothreadpin', {
  /** IOThread id. */
  iothread: prop('@iothread', codec.uint),
  /** Host CPUs. */
  cpuset: prop('@cpuset', cpuset),
}) {}

/** `<vcpusched>`: real-time scheduling of vCPUs. */
export class DomainCputuneVcpusched extends defineElement('vcpusched', {
  /** vCPUs concerned. */
  vcpus: prop('@vcpus', cpuset),
  /** Scheduler. */
  scheduler: prop('@scheduler', scheduler),
  /** Priority (fifo, rr). */
  priority: prop('@priority', codec.int),
}) {}

/** `<iothreadsched>`: real-time scheduling of IOThreads. */
export class DomainCputuneIothreadsched extends defineElement('iothreadsched', {
  /** IOThreads concerned. */
  iothreads: prop('@iothreads', cpuset),
  /** Scheduler. */
  scheduler: prop('@scheduler', scheduler),
  /** Priority (fifo, rr). */
  priority: prop('@priority', codec.int),
}) {}

/** `<cache>` allocation of a cachetune. */
export class DomainCputuneCachetuneCache extends defineElement('cache', {
  /** Host cache id. */
  id: prop('@id', codec.uint),
  /** Cache level. */
  level: prop('@level', codec.uint),
  /** Cache type. */
  type: prop('@type', codec.enum('both', 'code', 'data')),
  /** Size, bytes. */
  size: size('@size'),
}) {}

/** `<monitor>` of a cachetune. */
export class DomainCputuneCachetuneMonitor extends defineElement('monitor', {
  /** Cache level. */
  level: prop('@level', codec.uint),
  /** vCPUs monitored. */
  vcpus: prop('@vcpus', cpuset),
}) {}

/** `<cachetune>`: cache allocation for a group of vCPUs. */
export class DomainCputuneCachetune extends defineElement('cachetune', {
  /** vCPUs of the group. */
  vcpus: prop('@vcpus', cpuset),
  /** resctrl group id (live XML). */
  id: prop('@id', codec.string),
  /** Cache allocations. */
  caches: children('cache', DomainCputuneCachetuneCache),
  /** Monitors. */
  monitors: children('monitor', DomainCputuneCachetuneMonitor),
}, { order: ['cache', 'monitor'] }) {}

/** `<node>` of a memorytune: memory bandwidth share of one host node. */
export class DomainCputuneMemorytuneNode extends defineElement('node', {
  /** Host node id. */
  id: prop('@id', codec.uint),
  /** Bandwidth percentage. */
  bandwidth: prop('@bandwidth', codec.uint),
}) {}

/** `<memorytune>`: memory bandwidth allocation for a group of vCPUs. */
export class DomainCputuneMemorytune extends defineElement('memorytune', {
  /** vCPUs of the group. */
  vcpus: prop('@vcpus', cpuset),
  /** Per-node bandwidth. */
  nodes: children('node', DomainCputuneMemorytuneNode),
  /** Monitors. */
  monitors: children('monitor', DomainCputuneCachetuneMonitor),
}, { order: ['node', 'monitor'] }) {}

/** `<cputune>`: CPU shares, quotas, pinning and scheduling. */
export class DomainCputune extends defineElement('cputune', {
  /** Relative CPU weight. A `number`, or a `bigint` beyond 2^53 − 1. */
  shares: prop('shares', codec.u64),
  /** Period of the whole domain, µs. A `number`, or a `bigint` beyond 2^53 − 1. */
  globalPeriod: prop('global_period', codec.u64),
  /** Quota of the whole domain, µs (-1: unlimited). A `number`, or a `bigint` beyond 2^53 − 1. */
  globalQuota: prop('global_quota', codec.i64),
  /** Period per vCPU, µs. A `number`, or a `bigint` beyond 2^53 − 1. */
  period: prop('period', codec.u64),
  /** Quota per vCPU, µs. A `number`, or a `bigint` beyond 2^53 − 1. */
  quota: prop('quota', codec.i64),
  /** Emulator threads period, µs. A `number`, or a `bigint` beyond 2^53 − 1. */
  emulatorPeriod: prop('emulator_period', codec.u64),
  /** Emulator threads quota, µs. A `number`, or a `bigint` beyond 2^53 − 1. */
  emulatorQuota: prop('emulator_quota', codec.i64),
  /** IOThreads period, µs. A `number`, or a `bigint` beyond 2^53 − 1. */
  iothreadPeriod: prop('iothread_period', codec.u64),
  /** IOThreads quota, µs. A `number`, or a `bigint` beyond 2^53 − 1. */
  iothreadQuota: prop('iothread_quota', codec.i64),
  /** vCPU pinning. */
  vcpupins: children('vcpupin', DomainCputuneVcpupin),
  /** Emulator threads pinning. */
  emulatorpinCpuset: prop('emulatorpin/@cpuset', cpuset),
  /** IOThread pinning. */
  iothreadpins: children('iothreadpin', DomainCputuneIothreadpin),
  /** vCPU scheduling. */
  vcpuscheds: children('vcpusched', DomainCputuneVcpusched),
  /** IOThread scheduling. */
  iothreadscheds: children('iothreadsched', DomainCputuneIothreadsched),
  /** Emulator threads scheduler. */
  emulatorschedScheduler: prop('emulatorsched/@scheduler', scheduler),
  /** Emulator threads priority. */
  emulatorschedPriority: prop('emulatorsched/@priority', codec.int),
  /** Cache allocation. */
  cachetunes: children('cachetune', DomainCputuneCachetune),
  /** Memory bandwidth allocation. */
  memorytunes: children('memorytune', DomainCputuneMemorytune),
}, {
  order: ['shares', 'period', 'quota', 'global_period', 'global_quota', 'emulator_period', 'emulator_quota', 'iothread_period', 'iothread_quota',
    'vcpupin', 'emulatorpin', 'iothreadpin', 'emulatorsched', 'vcpusched', 'iothreadsched', 'cachetune', 'memorytune'],
}) {}

/**
 * `<memtune>`: memory limits. Values in bytes; a limit libvirt calls unlimited (9007199254740991 KiB,
 * `VIR_DOMAIN_MEMORY_PARAM_UNLIMITED`) reads as `Infinity`, and `Infinity` writes it.
 */
export class DomainMemtune extends defineElement('memtune', {
  /** Hard limit, bytes; `Infinity` when unlimited. */
  hardLimit: size('hard_limit', { defaultUnit: 'KiB', unlimited: true }),
  /** Soft limit, bytes; `Infinity` when unlimited. */
  softLimit: size('soft_limit', { defaultUnit: 'KiB', unlimited: true }),
  /** Guaranteed minimum (VMware). */
  minGuarantee: size('min_guarantee', { defaultUnit: 'KiB' }),
  /** Memory plus swap hard limit, bytes; `Infinity` when unlimited. */
  swapHardLimit: size('swap_hard_limit', { defaultUnit: 'KiB', unlimited: true }),
}, { order: ['hard_limit', 'soft_limit', 'min_guarantee', 'swap_hard_limit'] }) {}

/** `<device>` of a blkiotune: per-host-device I/O weight and limits. */
export class DomainBlkiotuneDevice extends defineElement('device', {
  /** Host block device. */
  path: prop('path', codec.string),
  /** Relative weight. */
  weight: prop('weight', codec.uint),
  /** Read operations per second. */
  readIopsSec: prop('read_iops_sec', codec.uint),
  /** Write operations per second. */
  writeIopsSec: prop('write_iops_sec', codec.uint),
  /** Read bytes per second. A `number`, or a `bigint` beyond 2^53 − 1. */
  readBytesSec: prop('read_bytes_sec', codec.u64),
  /** Write bytes per second. A `number`, or a `bigint` beyond 2^53 − 1. */
  writeBytesSec: prop('write_bytes_sec', codec.u64),
}, { order: ['path', 'weight', 'read_iops_sec', 'write_iops_sec', 'read_bytes_sec', 'write_bytes_sec'] }) {}

/** `<blkiotune>`: block I/O weights. */
export class DomainBlkiotune extends defineElement('blkiotune', {
  /** Relative weight of the domain. */
  weight: prop('weight', codec.uint),
  /** Per-device settings. */
  devices: children('device', DomainBlkiotuneDevice),
}, { order: ['weight', 'device'] }) {}

/** `<memnode>`: placement of one guest NUMA node's memory. */
export class DomainNumatuneMemnode extends defineElement('memnode', {
  /** Guest cell id. */
  cellid: prop('@cellid', codec.uint),
  /** Policy. */
  mode: prop('@mode', codec.enum('strict', 'preferred', 'interleave', 'restrictive')),
  /** Host nodes. */
  nodeset: prop('@nodeset', cpuset),
}) {}

/** `<numatune>`: host NUMA placement of guest memory. */
export class DomainNumatune extends defineElement('numatune', {
  /** Policy. */
  memoryMode: prop('memory/@mode', codec.enum('strict', 'preferred', 'interleave', 'restrictive')),
  /** Host nodes. */
  memoryNodeset: prop('memory/@nodeset', cpuset),
  /** Placement. */
  memoryPlacement: prop('memory/@placement', codec.enum('static', 'auto')),
  /** Per guest node placement. */
  memnodes: children('memnode', DomainNumatuneMemnode),
}, { order: ['memory', 'memnode'] }) {}
