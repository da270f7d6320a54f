/**
 * `<pm>` (guest suspend), `<perf>` (host perf events) and `<idmap>` (container user namespaces).
 * @module
 */
import { children, codec, defineElement, prop } from '../core/index.js'

/** `<pm>`: which ACPI sleep states the guest may enter. */
export class DomainPm extends defineElement('pm', {
  /** S3 allowed. */
  suspendToMem: prop('suspend-to-mem/@enabled', codec.yesNo),
  /** S4 allowed. */
  suspendToDisk: prop('suspend-to-disk/@enabled', codec.yesNo),
}, { order: ['suspend-to-mem', 'suspend-to-disk'] }) {}

/** `<event>` of `<perf>`. */
export class DomainPerfEvent extends defineElement('event', {
  /** Event name (`cmt`, `cpu_cycles`…). */
  name: prop('@name', codec.enum('cmt', 'mbmt', 'mbml', 'cpu_cycles', 'instructions', 'cache_references', 'cache_misses', 'branch_instructions',
    'branch_misses', 'bus_cycles', 'stalled_cycles_frontend', 'stalled_cycles_backend', 'ref_cpu_cycles', 'cpu_clock', 'task_clock', 'page_faults',
    'context_switches', 'cpu_migrations', 'page_faults_min', 'page_faults_maj', 'alignment_faults', 'emulation_faults')),
  /** Counted. */
  enabled: prop('@enabled', codec.yesNo),
}) {}

/** `<perf>`: host perf events counted for the domain. */
export class DomainPerf extends defineElement('perf', {
  /** Events. */
  events: children('event', DomainPerfEvent),
}) {}

/** `<uid>` or `<gid>` range of an `<idmap>`. */
const idRange = {
  /** First id in the container. */
  start: prop('@start', codec.uint),
  /** First id on the host. */
  target: prop('@target', codec.uint),
  /** Number of ids. */
  count: prop('@count', codec.uint),
} as const

/** `<uid>` mapping. */
export class DomainIdmapUid extends defineElement('uid', idRange) {}
/** `<gid>` mapping. */
export class DomainIdmapGid extends defineElement('gid', idRange) {}

/** `<idmap>`: user namespace mapping of a container. */
export class DomainIdmap extends defineElement('idmap', {
  /** User id ranges. */
  uids: children('uid', DomainIdmapUid),
  /** Group id ranges. */
  gids: children('gid', DomainIdmapGid),
}, { order: ['uid', 'gid'] }) {}
