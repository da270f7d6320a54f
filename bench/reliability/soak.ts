// Soak: lifecycle operations, getConfig() round trips and subscribe/unsubscribe cycles on
// test:///default with forced GC, RSS sampled along the way; then GC stress and throwing
// subscribers. One workload per process (test:///default's state is per process).
//
//   node --expose-gc dist/bench/reliability/soak.js [--peer gvir|raw] [--lifecycle N]
//        [--config N] [--subscribe N] [--gcstress N] [--samples N] [--warmup N] [--gc-every N] [--json] [--burst]
//        [--watch-domains] [--combined] [--settle-ms N]
//
// `--combined` is issue 6's workload as one curve from one start: --lifecycle N operations,
// then --config M getConfig() round trips, in one process (the subscribe, GC stress and
// throwing workloads still follow, each with its own start).
//
// `--peer raw` runs the lifecycle and getConfig workloads with LibvirtGObject through
// node-gtk directly (no gvir), as the baseline gvir's growth is compared with; with
// --watch-domains, raw reads gconn.getDomains() from its domain-added/removed handlers.
// Prints one JSON report on the last line with --json (test/reliability/soak.test.ts reads it).
import { parseArgs } from 'node:util'
import { getHeapSpaceStatistics, getHeapStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { setImmediate as tick, setTimeout as sleep } from 'node:timers/promises'
import type { Observable } from 'rxjs'
import { Connection, type Domain } from '../../gobject/index.js'
import { init, setErrorReporter } from '../../glib/index.js'
import { gi, type LibvirtGObject } from '../../lib/gi.js'

const { values: args } = parseArgs({
  options: {
    peer: { type: 'string', default: 'gvir' },
    lifecycle: { type: 'string', default: '100000' },
    config: { type: 'string', default: '20000' },
    subscribe: { type: 'string', default: '100000' },
    gcstress: { type: 'string', default: '300' },
    samples: { type: 'string', default: '10' },
    warmup: { type: 'string' },
    'gc-every': { type: 'string', default: '0' },
    json: { type: 'boolean', default: false },
    burst: { type: 'boolean', default: false },
    'watch-domains': { type: 'boolean', default: false },
    combined: { type: 'boolean', default: false },
    'settle-ms': { type: 'string' },
  },
})
const count = (s: string | undefined): number => Number(s ?? 0)
const SAMPLES = Math.max(1, count(args.samples))
/** Force a collection every N ops too (0: only at the samples), to see how the plateau depends on it. */
const GC_EVERY = count(args['gc-every'])
/**
 * Quiet time before the settled sample (0: no settled sample). V8 gives back its young
 * generation's grown capacity only in a full GC that finds the allocation rate of the last
 * 5 s under 1 KB/ms (Heap::ReduceNewSpaceSize); a forced GC right after the workload never
 * does, however many (measured: 20 gc() 10 ms apart, or gc({type:'major', flavor:'last-resort'})
 * on Node 20, leave new space at 16 MiB; 5.1 s quiet then two gc() bring it to 1 MiB).
 */
const SETTLE_MS = count(args['settle-ms'] ?? (args.combined ? '5200' : '0'))

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void
const MiB = 2 ** 20
const xml = (name: string): string =>
  `<domain type='test'><name>${name}</name><memory unit='KiB'>65536</memory><vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os></domain>`

/** Full GC, and GLib's pending idles (node-gtk frees GObjects from one after V8 collects a wrapper). */
async function collect(): Promise<void> {
  const ctx = gi().GLib.MainContext.default()
  for (let i = 0; i < 3; i++) {
    gc()
    await tick()
    while (ctx.iteration(false));
  }
}

/** V8's heap spaces, in MiB: resident (`physical_space_size`) and live (`space_used_size`). */
type Spaces = Record<string, { readonly physical: number; readonly used: number }>

function spaces(): Spaces {
  const out: Spaces = {}
  for (const s of getHeapSpaceStatistics()) {
    // The read-only and shared spaces are empty or fixed in a Node process; keep the output short.
    if (s.space_size === 0 && s.physical_space_size === 0) continue
    out[s.space_name.replace(/_space$/, '')] = { physical: s.physical_space_size / MiB, used: s.space_used_size / MiB }
  }
  return out
}

/** One sample, in MiB. */
interface Memory {
  readonly rss: number
  /** V8's heap as pages resident: `total_physical_size`. */
  readonly heap: number
  /** V8's live objects: `used_heap_size`. */
  readonly used: number
  readonly spaces: Spaces
}

/**
 * Memory after a full collection, in MiB: RSS, and how much of it is V8's heap, as pages
 * resident (not `heapTotal`: V8 commits the young generation's 32 MiB up front and touches it
 * as the allocation rate grows, which `heapTotal` never shows but RSS does), per space.
 */
async function memory(): Promise<Memory> {
  await collect()
  const h = getHeapStatistics()
  return { rss: process.memoryUsage().rss / MiB, heap: h.total_physical_size / MiB, used: h.used_heap_size / MiB, spaces: spaces() }
}

/**
 * Memory after {@link SETTLE_MS} quiet and two full collections: what an app idle for a few
 * seconds holds. The first GC shrinks new space to its initial size, the second uncommits
 * the pages given up (measured: one alone leaves them resident).
 */
async function settledMemory(): Promise<Memory> {
  await collect()
  await sleep(SETTLE_MS)
  gc()
  return memory()
}

const rss = async (): Promise<number> => (await memory()).rss

/** A point of a curve: `[ops done, MiB above the start]`. */
type Point = readonly [number, number]

/** Per sample: ops done, and each V8 space's resident and live MiB above the start. */
type SpacePoint = readonly [number, Record<string, readonly [physical: number, used: number]>]

/**
 * A workload's RSS curve: `[ops done, MiB above the start]` at evenly spaced points, the
 * same for V8's resident heap, its live objects and each of its spaces, and the slope after
 * warm-up: growth per op over the curve's second half.
 */
interface Curve {
  readonly ops: number
  readonly ms: number
  /** How each sample was taken: `forced-gc`, or `settled-<ms>` (see {@link SETTLE_MS}). */
  readonly protocol: string
  readonly startMiB: number
  /** V8's spaces at the start, MiB resident and live (the curves give growth above these). */
  readonly startSpaces: Spaces
  readonly growthMiB: number
  /** The highest sample above the start, MiB (a later drop of native memory can hide growth in `growthMiB`). */
  readonly peakMiB: number
  readonly curve: readonly Point[]
  /** V8's resident heap; the rest of RSS is native: GLib, libvirt, malloc. */
  readonly heapCurve: readonly Point[]
  /** V8's live objects. */
  readonly heapUsedCurve: readonly Point[]
  readonly spaceCurve: readonly SpacePoint[]
  /** Bytes of RSS per op over the curve's second half (least squares). */
  readonly slopeBytesPerOp: number
}

/** Accumulates one protocol's samples against its start. */
class Recorder {
  readonly #start: Memory
  readonly curve: Point[] = [[0, 0]]
  readonly heapCurve: Point[] = [[0, 0]]
  readonly heapUsedCurve: Point[] = [[0, 0]]
  readonly spaceCurve: SpacePoint[] = []
  constructor(start: Memory) {
    this.#start = start
    this.add(0, start)
  }

  add(ops: number, m: Memory): void {
    const s = this.#start
    if (ops > 0) {
      this.curve.push([ops, round(m.rss - s.rss)])
      this.heapCurve.push([ops, round(m.heap - s.heap)])
      this.heapUsedCurve.push([ops, round(m.used - s.used)])
    }
    const per: Record<string, readonly [number, number]> = {}
    for (const [name, v] of Object.entries(m.spaces)) {
      const from = s.spaces[name] ?? { physical: 0, used: 0 }
      per[name] = [round(v.physical - from.physical), round(v.used - from.used)]
    }
    this.spaceCurve.push([ops, per])
  }

  curves(): Omit<Curve, 'ops' | 'ms' | 'protocol'> {
    const { curve, heapCurve, heapUsedCurve, spaceCurve } = this
    const startSpaces = Object.fromEntries(Object.entries(this.#start.spaces).map(([k, v]) => [k, { physical: round(v.physical), used: round(v.used) }]))
    return { startMiB: round(this.#start.rss), startSpaces, growthMiB: curve.at(-1)![1], peakMiB: Math.max(...curve.map(([, m]) => m)), curve, heapCurve, heapUsedCurve, spaceCurve, slopeBytesPerOp: slope(curve.slice(Math.floor(curve.length / 2))) }
  }
}

/** The warm-up before a soak of n steps: `--warmup`, min(n/10, 2,000) unless told. */
const warmupOf = (n: number): number => (args.warmup === undefined ? Math.min(2_000, Math.ceil(n / 10)) : count(args.warmup))

/**
 * Runs `step(i)` n times, sampling memory `SAMPLES` times. The start is taken after a
 * warm-up of {@link warmupOf} steps: V8 sizes its young generation to the allocation rate
 * over the first thousand or so (up to ~9 MiB resident).
 */
async function soak(n: number, step: (i: number) => Promise<void> | void): Promise<Curve> {
  const warm = warmupOf(n)
  for (let i = 0; i < warm; i++) await step(i)
  // One protocol per run: a settled sample shrinks new space, which changes what the next
  // plain sample would see.
  const sample = SETTLE_MS ? settledMemory : memory
  const rec = new Recorder(await sample())
  const every = Math.max(1, Math.floor(n / SAMPLES))
  let ms = 0
  let t = performance.now()
  for (let i = 0; i < n; i++) {
    await step(warm + i)
    // An app's loop turns between operations, so GLib dispatches libvirt's events as they
    // come. --burst never yields: events pile up and GLib dispatches thousands in one
    // iteration (see the burst note in bench/reliability/README.md).
    if (!args.burst) await tick()
    if (GC_EVERY && (i + 1) % GC_EVERY === 0) await collect()
    if ((i + 1) % every === 0 || i === n - 1) {
      ms += performance.now() - t
      rec.add(i + 1, await sample())
      if (!args.json) progress(i + 1, rec)
      t = performance.now()
    }
  }
  return { ops: n, ms: round(ms), protocol: SETTLE_MS ? `settled-${SETTLE_MS}` : 'forced-gc', ...rec.curves() }
}

/** One line per sample on stderr while a long soak runs: MiB above the start, per V8 space resident/live. */
function progress(ops: number, rec: Recorder): void {
  const last = (c: readonly Point[]) => c.at(-1)![1]
  const spaces = Object.entries(rec.spaceCurve.at(-1)![1]).map(([k, [p, u]]) => `${k} ${p}/${u}`).join(', ')
  process.stderr.write(`${ops}: RSS ${last(rec.curve)}, V8 resident ${last(rec.heapCurve)}, live ${last(rec.heapUsedCurve)} [${spaces}]\n`)
}

/** Least-squares slope of `[ops, MiB]` points in bytes per op (0 for fewer than two): one RSS sample's noise weighs less than in a two-point difference. */
function slope(points: readonly (readonly [number, number])[]): number {
  if (points.length < 2) return 0
  const mx = points.reduce((a, [x]) => a + x, 0) / points.length
  const my = points.reduce((a, [, y]) => a + y, 0) / points.length
  const sxx = points.reduce((a, [x]) => a + (x - mx) ** 2, 0)
  const sxy = points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0)
  return sxx ? Math.round((sxy / sxx) * MiB) : 0
}

const round = (x: number): number => Math.round(x * 10) / 10

/** The six lifecycle steps on one domain, as a cycle: define, start, suspend, resume, stop, delete. */
function gvirLifecycle(conn: Connection): (i: number) => Promise<void> {
  let dom: Domain | undefined
  let cycle = 0
  return async (i) => {
    switch (i % 6) {
      case 0: dom = await conn.createDomain(xml(`soak-${++cycle}`)); break
      case 1: await dom!.start(); break
      case 2: await dom!.suspend(); break
      case 3: await dom!.resume(); break
      case 4: await dom!.stop(); break
      default: await dom!.delete(); dom = undefined
    }
  }
}

/**
 * The combined workload's step: lifecycle steps through the warm-up and the first `n`
 * measured operations, `then` after (the soak's indices count the warm-up too).
 */
function lifecycleThen(n: number, lifecycle: (i: number) => Promise<void> | void, then: () => Promise<void> | void): (i: number) => Promise<void> | void {
  const switchAt = warmupOf(n + count(args.config)) + n
  return (i) => (i < switchAt ? lifecycle(i) : then())
}

function rawLifecycle(gconn: LibvirtGObject.Connection): (i: number) => void {
  const { LibvirtGConfig } = gi()
  let dom: LibvirtGObject.Domain | undefined
  let cycle = 0
  return (i) => {
    switch (i % 6) {
      case 0: dom = gconn.createDomain(LibvirtGConfig.Domain.newFromXml(xml(`soak-${++cycle}`))); break
      case 1: dom!.start(0); break
      case 2: dom!.suspend(); break
      case 3: dom!.resume(); break
      case 4: dom!.stop(0); break
      default: dom!.delete(0); dom = undefined
    }
  }
}

/**
 * Handlers connected on `obj`, per signal name. GLib has no count call (and
 * g_signal_handlers_block_matched matches nothing by signal id alone), so each unblocked
 * handler is found with signalHandlerFind, blocked to find the next, and all are unblocked after.
 */
export function handlerCounts(obj: LibvirtGObject.Domain | LibvirtGObject.Connection, signals: readonly string[]): Record<string, number> {
  const { GObject } = gi()
  const mask = GObject.SignalMatchType.ID | GObject.SignalMatchType.UNBLOCKED
  const out: Record<string, number> = {}
  for (const name of signals) {
    const signal = GObject.signalLookup(name, obj.__gtype__)
    const found: number[] = []
    for (;;) {
      // node-gtk gives a gulong as a BigInt.
      const id = Number(GObject.signalHandlerFind(obj, mask, signal, 0, null, null, null))
      if (!id) break
      found.push(id)
      GObject.signalHandlerBlock(obj, id)
    }
    for (const id of found) GObject.signalHandlerUnblock(obj, id as number)
    out[name] = found.length
  }
  return out
}

const DOMAIN_SIGNALS = ['started', 'stopped', 'suspended', 'resumed', 'pmsuspended', 'updated'] as const
const CONNECTION_SIGNALS = ['connection-opened', 'connection-closed', 'domain-added', 'domain-removed'] as const

async function subscribeCycles(conn: Connection, dom: Domain, n: number) {
  const before = { domain: handlerCounts(dom.gobject, DOMAIN_SIGNALS), connection: handlerCounts(conn.gobject, CONNECTION_SIGNALS) }
  const sources: (() => Observable<unknown>)[] = [() => dom.events$, () => dom.started$, () => dom.stopped$, () => conn.closed$, () => conn.domains$, () => conn.domainAdded$]
  const curve = await soak(n, (i) => {
    const sub = sources[i % sources.length]!().subscribe(() => undefined)
    sub.unsubscribe()
  })
  const after = { domain: handlerCounts(dom.gobject, DOMAIN_SIGNALS), connection: handlerCounts(conn.gobject, CONNECTION_SIGNALS) }
  // Still delivering after all that: one more subscription sees a real event.
  let seen = 0
  const sub = dom.events$.subscribe(() => seen++)
  await dom.suspend()
  await dom.resume()
  await collect()
  sub.unsubscribe()
  return { ...curve, handlersBefore: before, handlersAfter: after, deliveredAfter: seen }
}

/** gc() between every operation, with wrappers dropped: any use-after-free shows as a crash or a wrong answer. */
async function gcStress(conn: Connection, n: number) {
  let wrong = 0
  const t = performance.now()
  for (let i = 0; i < n; i++) {
    const name = `gc-${i}`
    let dom: Domain | undefined = await conn.createDomain(xml(name))
    gc()
    await dom.start()
    gc()
    const cfg = await dom.getConfig()
    gc()
    if (cfg.name !== name || (await dom.getInfo()).state !== 'running') wrong++
    await dom.stop()
    await dom.delete()
    dom = undefined
    if (i % 50 === 0) await collect()
  }
  return { ops: n, ms: round(performance.now() - t), wrong }
}

/** Subscribers and callbacks that throw: every error reported, the process still here. */
async function throwingSubscribers(conn: Connection) {
  const reported: unknown[] = []
  const previous = setErrorReporter((err) => reported.push(err))
  const dom = await conn.createDomain(xml('thrower'))
  let calm = 0
  const subs = [
    dom.events$.subscribe(() => { throw new Error('subscriber throws') }),
    dom.events$.subscribe(() => calm++),
    conn.domainAdded$.subscribe(() => { throw new TypeError('domainAdded$ subscriber throws') }),
    conn.domains$.subscribe(() => { throw new RangeError('domains$ subscriber throws') }),
  ]
  await dom.start()
  await dom.suspend()
  await dom.resume()
  await dom.stop()
  await conn.createDomain(xml('thrower-2')).then((d) => d.delete())
  await collect()
  for (const s of subs) s.unsubscribe()
  await dom.delete()
  setErrorReporter(previous)
  return { reported: reported.length, calmSubscriberEvents: calm }
}

async function main(): Promise<void> {
  init()
  const report: Record<string, unknown> = { peer: args.peer, node: process.version }
  if (args.peer === 'raw') {
    const gconn = gi().LibvirtGObject.Connection.new('test:///default')
    gconn.open(null)
    gconn.fetchDomains(null)
    const test = gconn.findDomainByName('test')!
    const watching = args['watch-domains']
      ? ['domain-added', 'domain-removed'].map((s) => gconn.connect(s as 'domain-added', () => { gconn.getDomains() }))
      : []
    const getConfig = (): void => { test.getConfig(0).toXml() }
    if (args.combined) {
      report.combined = await soak(count(args.lifecycle) + count(args.config), lifecycleThen(count(args.lifecycle), rawLifecycle(gconn), getConfig))
    } else {
      if (count(args.lifecycle)) report.lifecycle = await soak(count(args.lifecycle), rawLifecycle(gconn))
      if (count(args.config)) report.getConfig = await soak(count(args.config), getConfig)
    }
    for (const id of watching) gconn.disconnect(id)
    gconn.close()
  } else {
    const conn = await Connection.open('test:///default')
    await conn.fetchDomains()
    const test = conn.findDomainByName('test')!
    // --watch-domains: a UI's live list, rebuilt (getDomains() from a handler) on every define and undefine.
    const watching = args['watch-domains'] ? conn.domains$.subscribe(() => undefined) : undefined
    const getConfig = async (): Promise<void> => { await test.getConfig() }
    if (args.combined) {
      report.combined = await soak(count(args.lifecycle) + count(args.config), lifecycleThen(count(args.lifecycle), gvirLifecycle(conn), getConfig))
    } else {
      if (count(args.lifecycle)) report.lifecycle = await soak(count(args.lifecycle), gvirLifecycle(conn))
      if (count(args.config)) report.getConfig = await soak(count(args.config), getConfig)
    }
    watching?.unsubscribe()
    if (count(args.subscribe)) report.subscribe = await subscribeCycles(conn, test, count(args.subscribe))
    if (count(args.gcstress)) report.gcStress = await gcStress(conn, count(args.gcstress))
    report.throwing = await throwingSubscribers(conn)
    conn.close()
  }
  report.finalRssMiB = round(await rss())
  if (args.json) console.log(JSON.stringify(report))
  else console.log(JSON.stringify(report, null, 2))
}

await main()
