// Soak: lifecycle operations, getConfig() round trips and subscribe/unsubscribe cycles on
// test:///default with forced GC, RSS sampled along the way; then GC stress and throwing
// subscribers. One workload per process (test:///default's state is per process).
//
//   node --expose-gc dist/bench/reliability/soak.js [--peer gvir|raw] [--lifecycle N]
//        [--config N] [--subscribe N] [--gcstress N] [--samples N] [--json] [--burst]
//
// `--peer raw` runs the lifecycle and getConfig workloads with LibvirtGObject through
// node-gtk directly (no gvir), as the baseline gvir's growth is compared with.
// Prints one JSON report on the last line with --json (test/reliability/soak.test.ts reads it).
import { parseArgs } from 'node:util'
import { setFlagsFromString } from 'node:v8'
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
    json: { type: 'boolean', default: false },
    burst: { type: 'boolean', default: false },
  },
})
const count = (s: string | undefined): number => Number(s ?? 0)
const SAMPLES = Math.max(1, count(args.samples))

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

/** RSS in MiB after a full collection. */
async function rss(): Promise<number> {
  await collect()
  return process.memoryUsage().rss / MiB
}

/** A workload's RSS curve: `[ops done, MiB above the start]` at evenly spaced points. */
interface Curve {
  readonly ops: number
  readonly ms: number
  readonly startMiB: number
  readonly growthMiB: number
  readonly curve: readonly (readonly [number, number])[]
}

/** Runs `step(i)` n times, sampling RSS `SAMPLES` times; the start is taken after a warm-up of n/10 steps. */
async function soak(n: number, step: (i: number) => Promise<void> | void): Promise<Curve> {
  const warm = Math.min(2_000, Math.ceil(n / 10))
  for (let i = 0; i < warm; i++) await step(i)
  const start = await rss()
  const curve: [number, number][] = [[0, 0]]
  const every = Math.max(1, Math.floor(n / SAMPLES))
  const t = performance.now()
  for (let i = 0; i < n; i++) {
    await step(warm + i)
    // An app's loop turns between operations, so GLib dispatches libvirt's events as they
    // come. --burst never yields: events pile up and GLib dispatches thousands in one
    // iteration, where each getDomains() from a handler kept ~58 KiB (see the report).
    if (!args.burst) await tick()
    if ((i + 1) % every === 0 || i === n - 1) curve.push([i + 1, round((await rss()) - start)])
  }
  const ms = performance.now() - t
  return { ops: n, ms: round(ms), startMiB: round(start), growthMiB: curve[curve.length - 1]![1], curve }
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
    if (count(args.lifecycle)) report.lifecycle = await soak(count(args.lifecycle), rawLifecycle(gconn))
    if (count(args.config)) report.getConfig = await soak(count(args.config), () => { test.getConfig(0).toXml() })
    gconn.close()
  } else {
    const conn = await Connection.open('test:///default')
    await conn.fetchDomains()
    const test = conn.findDomainByName('test')!
    if (count(args.lifecycle)) report.lifecycle = await soak(count(args.lifecycle), gvirLifecycle(conn))
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
