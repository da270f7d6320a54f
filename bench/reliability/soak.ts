// Soak: lifecycle operations, getConfig() round trips and subscribe/unsubscribe cycles on
// test:///default with forced GC, RSS sampled along the way; then GC stress and throwing
// subscribers. One workload per process (test:///default's state is per process).
//
//   node --expose-gc dist/bench/reliability/soak.js [--peer gvir|raw] [--lifecycle N]
//        [--config N] [--subscribe N] [--gcstress N] [--samples N] [--warmup N] [--gc-every N] [--json] [--burst]
//        [--watch-domains]
//
// `--peer raw` runs the lifecycle and getConfig workloads with LibvirtGObject through
// node-gtk directly (no gvir), as the baseline gvir's growth is compared with; with
// --watch-domains, raw reads gconn.getDomains() from its domain-added/removed handlers.
// Prints one JSON report on the last line with --json (test/reliability/soak.test.ts reads it).
import { parseArgs } from 'node:util'
import { getHeapStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { setImmediate as tick } from 'node:timers/promises'
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
  },
})
const count = (s: string | undefined): number => Number(s ?? 0)
const SAMPLES = Math.max(1, count(args.samples))
/** Force a collection every N ops too (0: only at the samples), to see how the plateau depends on it. */
const GC_EVERY = count(args['gc-every'])

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

/**
 * Memory after a full collection, in MiB: RSS, and how much of it is V8's heap, as pages
 * resident (not `heapTotal`: V8 commits the young generation's 32 MiB up front and touches it
 * as the allocation rate grows, which `heapTotal` never shows but RSS does).
 */
async function memory(): Promise<{ rss: number; heap: number }> {
  await collect()
  return { rss: process.memoryUsage().rss / MiB, heap: getHeapStatistics().total_physical_size / MiB }
}
const rss = async (): Promise<number> => (await memory()).rss

/**
 * A workload's RSS curve: `[ops done, MiB above the start]` at evenly spaced points, the
 * same for V8's resident heap (`heapCurve`; the rest of RSS is native: GLib, libvirt, malloc),
 * and the slope after warm-up: growth per op over the curve's second half.
 */
interface Curve {
  readonly ops: number
  readonly ms: number
  readonly startMiB: number
  readonly growthMiB: number
  readonly curve: readonly (readonly [number, number])[]
  readonly heapCurve: readonly (readonly [number, number])[]
  /** Bytes of RSS per op over the curve's second half (least squares). */
  readonly slopeBytesPerOp: number
}

/**
 * Runs `step(i)` n times, sampling memory `SAMPLES` times. The start is taken after a
 * warm-up of `--warmup` steps, min(n/10, 2,000) unless told: V8 sizes its young generation
 * to the allocation rate over the first thousand or so (up to ~9 MiB resident).
 */
async function soak(n: number, step: (i: number) => Promise<void> | void): Promise<Curve> {
  const warm = args.warmup === undefined ? Math.min(2_000, Math.ceil(n / 10)) : count(args.warmup)
  for (let i = 0; i < warm; i++) await step(i)
  const start = await memory()
  const curve: [number, number][] = [[0, 0]]
  const heapCurve: [number, number][] = [[0, 0]]
  const every = Math.max(1, Math.floor(n / SAMPLES))
  const t = performance.now()
  for (let i = 0; i < n; i++) {
    await step(warm + i)
    // An app's loop turns between operations, so GLib dispatches libvirt's events as they
    // come. --burst never yields: events pile up and GLib dispatches thousands in one
    // iteration (see the burst note in bench/reliability/README.md).
    if (!args.burst) await tick()
    if (GC_EVERY && (i + 1) % GC_EVERY === 0) await collect()
    if ((i + 1) % every === 0 || i === n - 1) {
      const m = await memory()
      curve.push([i + 1, round(m.rss - start.rss)])
      heapCurve.push([i + 1, round(m.heap - start.heap)])
    }
  }
  const ms = performance.now() - t
  const last = curve[curve.length - 1]!
  return { ops: n, ms: round(ms), startMiB: round(start.rss), growthMiB: last[1], curve, heapCurve, slopeBytesPerOp: slope(curve.slice(Math.floor(curve.length / 2))) }
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
    if (count(args.lifecycle)) report.lifecycle = await soak(count(args.lifecycle), rawLifecycle(gconn))
    for (const id of watching) gconn.disconnect(id)
    if (count(args.config)) report.getConfig = await soak(count(args.config), () => { test.getConfig(0).toXml() })
    gconn.close()
  } else {
    const conn = await Connection.open('test:///default')
    await conn.fetchDomains()
    const test = conn.findDomainByName('test')!
    // --watch-domains: a UI's live list, rebuilt (getDomains() from a handler) on every define and undefine.
    const watching = args['watch-domains'] ? conn.domains$.subscribe(() => undefined) : undefined
    if (count(args.lifecycle)) report.lifecycle = await soak(count(args.lifecycle), gvirLifecycle(conn))
    watching?.unsubscribe()
    if (count(args.config)) report.getConfig = await soak(count(args.config), async () => { await test.getConfig() })
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
