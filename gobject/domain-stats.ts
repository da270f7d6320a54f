/**
 * Bulk domain statistics: `Connection.getAllDomainStats` (one virConnectGetAllDomainStats or
 * virDomainListGetStats, libvirt's typed parameters under libvirt's own names) and
 * `Domain.stats$` (samples with rates, one bulk call per connection per interval however
 * many domains subscribe, polling only while someone does).
 * @module
 */
import { Observable } from 'rxjs/internal/Observable'
import type { Subscriber } from 'rxjs/internal/Subscriber'
import { checkOptions, type CallOptions, VirError, VirErrorCode, reportError } from '../glib/index.js'
import type { GObject, LibvirtGObject } from '../lib/gi.js'
import type { CallContext } from './call.js'
import { callLibvirt } from './libvirt-call.js'

/** A statistics group, as virsh domstats' options name them (libvirt's VIR_DOMAIN_STATS_*). */
export type DomainStatsGroup = 'state' | 'cpu-total' | 'balloon' | 'vcpu' | 'interface' | 'block' | 'perf' | 'iothread' | 'memory' | 'dirtyrate' | 'vm'

const groupBits: Record<DomainStatsGroup, number> = {
  state: 1 << 0, 'cpu-total': 1 << 1, balloon: 1 << 2, vcpu: 1 << 3, interface: 1 << 4, block: 1 << 5,
  perf: 1 << 6, iothread: 1 << 7, memory: 1 << 8, dirtyrate: 1 << 9, vm: 1 << 10,
}

/** Every group's name. */
export const domainStatsGroups = Object.keys(groupBits) as DomainStatsGroup[]

/**
 * One typed parameter as python-libvirt gives it: int and uint as numbers, llong and ullong
 * (counters, byte totals, nanoseconds: they pass 2^53) as BigInts, double, boolean, string.
 */
export type DomainStatsValue = number | bigint | boolean | string

/** One domain's record of {@link DomainStatsOptions}: libvirt's fields by libvirt's names ('state.state', 'cpu.time', 'block.0.rd.bytes'…). */
export interface DomainStatsRecord<D> {
  /** The domain. */
  readonly domain: D
  /** Its statistics, by libvirt's field names. */
  readonly stats: Readonly<Record<string, DomainStatsValue>>
}

/** Options of `Connection.getAllDomainStats`. */
export interface DomainStatsOptions<D> extends CallOptions {
  /** The groups to read; libvirt's default (every group the driver has) when absent or empty. */
  groups?: readonly DomainStatsGroup[]
  /** Only these domains (virDomainListGetStats); all of the connection's when absent. */
  domains?: readonly D[]
}

/** @internal A domain as the stats need it. */
export interface StatsDomain {
  readonly gobject: LibvirtGObject.Domain
  readonly uuid: string
}

/** @internal The libvirt groups' bit mask; a VirError for an unknown group. */
export function groupFlags(groups: readonly DomainStatsGroup[] | undefined): number {
  let flags = 0
  for (const g of groups ?? []) {
    const bit = groupBits[g]
    if (bit === undefined) throw new VirError(`invalid argument: unknown stats group '${String(g)}' (one of ${domainStatsGroups.join(', ')})`, { code: VirErrorCode.VIR_ERR_INVALID_ARG })
    flags |= bit
  }
  return flags
}

/** @internal The raw records of one bulk call: [uuid, stats][]. */
export function bulkStats(ctx: CallContext, gconn: LibvirtGObject.Connection, flags: number, domains: readonly StatsDomain[] | undefined, options: CallOptions): Promise<[string, Record<string, DomainStatsValue>][]> {
  const extra = domains?.map((d) => d.gobject as GObject.Object)
  return callLibvirt(ctx, options, gconn, 'virConnectGetAllDomainStats', { flags, extra, index: 0 }, (raw) => raw as [string, Record<string, DomainStatsValue>][])
}

/** One {@link DomainStatsSample}'s disk: rates per second since the last sample (`null` on the first). */
export interface DiskRates {
  /** The target name (`vda`). */
  readonly name: string
  /** Bytes read per second ('block.N.rd.bytes'). */
  readonly rdBytesPerSec: number | null
  /** Bytes written per second ('block.N.wr.bytes'). */
  readonly wrBytesPerSec: number | null
  /** Read requests per second ('block.N.rd.reqs'). */
  readonly rdReqsPerSec: number | null
  /** Write requests per second ('block.N.wr.reqs'). */
  readonly wrReqsPerSec: number | null
}

/** One {@link DomainStatsSample}'s network interface: rates per second since the last sample (`null` on the first). */
export interface NicRates {
  /** The host-side device name (`vnet0`). */
  readonly name: string
  /** Bytes received per second ('net.N.rx.bytes'). */
  readonly rxBytesPerSec: number | null
  /** Bytes sent per second ('net.N.tx.bytes'). */
  readonly txBytesPerSec: number | null
  /** Packets received per second ('net.N.rx.pkts'). */
  readonly rxPktsPerSec: number | null
  /** Packets sent per second ('net.N.tx.pkts'). */
  readonly txPktsPerSec: number | null
}

/** What `Domain.stats$` emits each interval. */
export interface DomainStatsSample {
  /** When the record came back (ms since the epoch). */
  readonly time: number
  /** libvirt's state ('state.state', virDomainState), when the group was read. */
  readonly state?: number
  /**
   * CPU use since the last sample, from 'cpu.time' deltas: 100 is one host CPU busy the
   * whole interval (top's convention); `null` on the first sample or without 'cpu.time'.
   */
  readonly cpuPercent: number | null
  /** Balloon: current and maximum memory, KiB ('balloon.current', 'balloon.maximum'). */
  readonly balloon?: {
    /** The guest's memory now ('balloon.current'). */
    readonly currentKiB: number
    /** The most it may have ('balloon.maximum'). */
    readonly maximumKiB: number
  }
  /** vCPUs: current and maximum ('vcpu.current', 'vcpu.maximum'). */
  readonly vcpu?: {
    /** vCPUs online ('vcpu.current'). */
    readonly current: number
    /** The most it may have ('vcpu.maximum'). */
    readonly maximum: number
  }
  /** Per disk byte and request rates. */
  readonly disks: readonly DiskRates[]
  /** Per interface byte and packet rates. */
  readonly nics: readonly NicRates[]
  /** The record as libvirt gave it. */
  readonly stats: Readonly<Record<string, DomainStatsValue>>
}

/** Options of `Domain.stats$`. */
export interface DomainStatsStreamOptions {
  /** How often to sample, ms; default 10,000 (cockpit-machines' interval). */
  intervalMs?: number
  /** The groups to read; default state, cpu-total, balloon, vcpu, interface, block. */
  groups?: readonly DomainStatsGroup[]
}

const defaultGroups: readonly DomainStatsGroup[] = ['state', 'cpu-total', 'balloon', 'vcpu', 'interface', 'block']

const num = (v: DomainStatsValue | undefined): number | undefined => (typeof v === 'number' || typeof v === 'bigint' ? Number(v) : undefined)

/** A per-second rate of a counter between two records, or null. */
function rate(now: DomainStatsValue | undefined, before: DomainStatsValue | undefined, seconds: number): number | null {
  if (now === undefined || before === undefined || seconds <= 0) return null
  const d = Number(BigInt(now as bigint | number) - BigInt(before as bigint | number))
  return d < 0 ? null : d / seconds
}

/** @internal A sample from a record and the one before it (same domain), `seconds` apart. */
export function toSample(time: number, stats: Record<string, DomainStatsValue>, prev: Record<string, DomainStatsValue> | undefined, seconds: number): DomainStatsSample {
  const cpu = prev ? rate(stats['cpu.time'], prev['cpu.time'], seconds) : null
  const disks: DiskRates[] = []
  for (let i = 0; i < (num(stats['block.count']) ?? 0); i++) {
    const r = (k: string): number | null => (prev ? rate(stats[`block.${i}.${k}`], prev[`block.${i}.${k}`], seconds) : null)
    disks.push({ name: String(stats[`block.${i}.name`] ?? i), rdBytesPerSec: r('rd.bytes'), wrBytesPerSec: r('wr.bytes'), rdReqsPerSec: r('rd.reqs'), wrReqsPerSec: r('wr.reqs') })
  }
  const nics: NicRates[] = []
  for (let i = 0; i < (num(stats['net.count']) ?? 0); i++) {
    const r = (k: string): number | null => (prev ? rate(stats[`net.${i}.${k}`], prev[`net.${i}.${k}`], seconds) : null)
    nics.push({ name: String(stats[`net.${i}.name`] ?? i), rxBytesPerSec: r('rx.bytes'), txBytesPerSec: r('tx.bytes'), rxPktsPerSec: r('rx.pkts'), txPktsPerSec: r('tx.pkts') })
  }
  const balloonCur = num(stats['balloon.current'])
  const vcpuCur = num(stats['vcpu.current'])
  return {
    time,
    ...(stats['state.state'] !== undefined ? { state: num(stats['state.state']) } : {}),
    // cpu.time is in ns: ns per second / 1e9 * 100 = % of one CPU.
    cpuPercent: cpu === null ? null : cpu / 1e7,
    ...(balloonCur !== undefined ? { balloon: { currentKiB: balloonCur, maximumKiB: num(stats['balloon.maximum']) ?? balloonCur } } : {}),
    ...(vcpuCur !== undefined ? { vcpu: { current: vcpuCur, maximum: num(stats['vcpu.maximum']) ?? vcpuCur } } : {}),
    disks,
    nics,
    stats,
  }
}

interface Watch {
  readonly domain: StatsDomain
  readonly flags: number
  readonly subscriber: Subscriber<DomainStatsSample>
  prev?: Record<string, DomainStatsValue>
  prevTime?: number
}

/**
 * One connection's polls at one interval: every subscribed domain in one bulk call
 * (virDomainListGetStats with the union of their groups), the timer running only while
 * someone subscribes, the next call scheduled when the last one is back (never two at once).
 */
class Poller {
  readonly #watches = new Set<Watch>()
  #timer?: ReturnType<typeof setTimeout>
  #polling = false
  /** Bulk calls made, for the bench and the spec that counts them. */
  calls = 0

  constructor(readonly ctx: CallContext, readonly gconn: LibvirtGObject.Connection, readonly intervalMs: number, readonly onIdle: () => void) {}

  add(w: Watch): () => void {
    this.#watches.add(w)
    if (!this.#polling && this.#timer === undefined) this.#timer = setTimeout(() => void this.#poll(), 0)
    return () => {
      this.#watches.delete(w)
      if (this.#watches.size === 0) {
        if (this.#timer !== undefined) clearTimeout(this.#timer)
        this.#timer = undefined
        this.onIdle()
      }
    }
  }

  async #poll(): Promise<void> {
    this.#timer = undefined
    if (this.#watches.size === 0) return
    this.#polling = true
    const watches = [...this.#watches]
    const domains = [...new Map(watches.map((w) => [w.domain.uuid, w.domain])).values()]
    const flags = watches.reduce((f, w) => f | w.flags, 0)
    const started = performance.now()
    try {
      this.calls++
      let records: [string, Record<string, DomainStatsValue>][]
      const failed = new Map<string, unknown>()
      try {
        records = await bulkStats(this.ctx, this.gconn, flags, domains, {})
      } catch (err) {
        if (domains.length < 2) throw err
        // One domain gone (undefined under a subscriber) fails the whole bulk call: ask each
        // alone once, so only that domain's subscribers see the error.
        records = []
        for (const d of domains) {
          try {
            records.push(...await bulkStats(this.ctx, this.gconn, flags, [d], {}))
          } catch (e) {
            failed.set(d.uuid, e)
          }
        }
      }
      const time = Date.now()
      const byUuid = new Map(records)
      for (const w of watches) {
        if (!this.#watches.has(w)) continue
        const err = failed.get(w.domain.uuid)
        if (err !== undefined) { w.subscriber.error(err); continue }
        const stats = byUuid.get(w.domain.uuid)
        if (!stats) {
          // libvirt skips a domain that no longer exists (virDomainListGetStats' drivers
          // look the list up with skip-missing): the domain is gone, its subscription ends.
          w.subscriber.error(new VirError(`Domain not found: domain '${w.domain.uuid}' no longer exists`, { code: VirErrorCode.VIR_ERR_NO_DOMAIN }))
          continue
        }
        const seconds = w.prevTime === undefined ? 0 : (time - w.prevTime) / 1000
        const sample = toSample(time, stats, w.prev, seconds)
        w.prev = stats
        w.prevTime = time
        w.subscriber.next(sample)
      }
    } catch (err) {
      // A failed poll (the connection lost…) ends every subscription with the error, as an Observable does.
      for (const w of watches) if (this.#watches.has(w)) w.subscriber.error(err)
    } finally {
      this.#polling = false
    }
    if (this.#watches.size > 0 && this.#timer === undefined) {
      this.#timer = setTimeout(() => void this.#poll().catch(reportError), Math.max(0, this.intervalMs - (performance.now() - started)))
    }
  }
}

const pollers = new WeakMap<object, Map<number, Poller>>()

/** @internal The pollers of a connection, by interval (for the spec and bench that count bulk calls). */
export function statsPollers(ctx: object): ReadonlyMap<number, { readonly calls: number }> {
  return pollers.get(ctx) ?? new Map()
}

/** @internal `Domain.stats$`: samples of `domain` through the poller of its connection at `intervalMs`. */
export function domainStats$(ctx: CallContext | undefined, domain: StatsDomain, options: DomainStatsStreamOptions = {}): Observable<DomainStatsSample> {
  return new Observable<DomainStatsSample>((subscriber) => {
    const gconn = (ctx as { gobject?: LibvirtGObject.Connection } | undefined)?.gobject
    if (!ctx || !gconn) {
      subscriber.error(new VirError('Domain.stats$ needs a domain from a Connection', { code: VirErrorCode.VIR_ERR_INVALID_ARG }))
      return undefined
    }
    let flags: number
    let intervalMs: number
    try {
      intervalMs = checkOptions(options, 'Domain.stats$').intervalMs ?? 10_000
      if (!(intervalMs > 0) || !Number.isFinite(intervalMs)) throw new VirError(`invalid argument: intervalMs must be a positive number of ms, not ${String(intervalMs)}`, { code: VirErrorCode.VIR_ERR_INVALID_ARG })
      flags = groupFlags(options.groups ?? defaultGroups)
    } catch (err) {
      subscriber.error(err)
      return undefined
    }
    let byInterval = pollers.get(ctx)
    if (!byInterval) pollers.set(ctx, byInterval = new Map())
    let poller = byInterval.get(intervalMs)
    if (!poller) {
      const map = byInterval
      poller = new Poller(ctx, gconn, intervalMs, () => { if (map.get(intervalMs) === poller) map.delete(intervalMs) })
      byInterval.set(intervalMs, poller)
    }
    return poller.add({ domain, flags, subscriber })
  })
}
