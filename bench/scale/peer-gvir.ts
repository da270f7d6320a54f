// bench/scale's gvir peer: one Connection per daemon, and stdin commands answered with one
// JSON line each (bench/support/peer-process.ts). Run with --expose-gc.
import { createInterface } from 'node:readline'
import type { Subscription } from 'rxjs'
import { Connection, type Domain } from '../../gobject/index.js'
import { eventStats } from '../../glib/index.js'

const conns: Connection[] = []
const closed: Record<number, number> = {}
let received: [number, number, string, string][] = []
let subs: Subscription[] = []
let worst = 0
let ticker: ReturnType<typeof setInterval> | undefined

const gc = (): void => { (globalThis as { gc?: () => void }).gc?.() }
const cpuMs = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000 }
const answer = (o: unknown): void => { process.stdout.write(`${JSON.stringify(o)}\n`) }
const domainsOf = (): [number, Domain][] => conns.flatMap((c, i) => c.getDomains().map((d): [number, Domain] => [i, d]))

async function run(cmd: string[]): Promise<unknown> {
  switch (cmd[0]) {
    case 'open':
      for (const [i, uri] of cmd.slice(1).entries()) {
        const c = await Connection.open(uri, { probeIntervalMs: 0 })
        c.closed$.subscribe(() => { closed[i] ??= Date.now() })
        conns.push(c)
      }
      return { ok: true }
    case 'inventory-objects': {
      // The "before" path: fetchDomains() + getInfo() per domain.
      const t = performance.now()
      let n = 0
      await Promise.all(conns.map(async (c) => {
        await c.fetchDomains()
        await Promise.all(c.getDomains().map(async (d) => { await d.getInfo(); n++ }))
      }))
      return { ms: performance.now() - t, domains: n }
    }
    case 'inventory': {
      // fetchDomains() for the Domain objects, states for all of them in one bulk listing.
      const t = performance.now()
      let n = 0
      await Promise.all(conns.map(async (c) => {
        const [, rows] = await Promise.all([c.fetchDomains(), c.listAllDomains()])
        const state = new Map(rows.map((r) => [r.uuid, r.state]))
        for (const d of c.getDomains()) if (state.has(d.uuid)) n++
      }))
      return { ms: performance.now() - t, domains: n }
    }
    case 'subscribe': {
      gc(); gc()
      const heap0 = process.memoryUsage().heapUsed
      const rss0 = process.memoryUsage().rss
      const regs0 = eventStats().registrations
      const doms = domainsOf()
      const t = performance.now()
      subs = doms.map(([i, d]) => d.events$.subscribe((e) => {
        if (e.type === 'started' || e.type === 'stopped') received.push([Date.now(), i, d.name, e.type])
      }))
      const ms = performance.now() - t
      gc(); gc()
      return { ms, domains: doms.length, heapKiB: (process.memoryUsage().heapUsed - heap0) / 1024, rssKiB: (process.memoryUsage().rss - rss0) / 1024, registrations: eventStats().registrations - regs0 }
    }
    case 'unsubscribe': {
      gc(); gc()
      const heap0 = process.memoryUsage().heapUsed
      for (const s of subs) s.unsubscribe()
      subs = []
      gc(); gc()
      return { heapKiB: (process.memoryUsage().heapUsed - heap0) / 1024, registrations: eventStats().registrations }
    }
    case 'mark': {
      received = []
      worst = 0
      let last = performance.now()
      clearInterval(ticker)
      ticker = setInterval(() => { const now = performance.now(); worst = Math.max(worst, now - last - 10); last = now }, 10)
      return { cpuMs: cpuMs() }
    }
    case 'collect':
      clearInterval(ticker)
      return { cpuMs: cpuMs(), events: received, stallMs: worst }
    case 'closed':
      return { closed }
    case 'quit':
      for (const c of conns) c.close()
      setImmediate(() => process.exit(0))
      return { ok: true }
    default:
      return { error: `unknown command ${cmd[0]}` }
  }
}

answer({ ready: true })
const lines = createInterface({ input: process.stdin })
let queue = Promise.resolve()
lines.on('line', (line) => {
  queue = queue.then(() => run(line.split(' ').filter(Boolean))).then(answer, (err: unknown) => answer({ error: String(err) }))
})
lines.on('close', () => process.exit(0))
