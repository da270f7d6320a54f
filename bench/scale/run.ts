// bench/scale: gvir at fleet scale beside python-libvirt (issue #16). Starts N private
// libvirtd daemons the test harness's way (test/support/libvirtd.ts), defines M test-driver
// domains in each, and runs, for both peers (long-lived child processes, peer-gvir.ts and
// peer.py, each with one connection per daemon):
//   inventory   every domain with its state: python listAllDomains() + info() per domain;
//               gvir fetchDomains() + getInfo() per domain (the issue's "before" path) and
//               fetchDomains() + one bulk listAllDomains() for the states;
//   subscribe   events$ on every domain (gvir) / one lifecycle callback per connection (python);
//   storm       2×K lifecycle events per daemon made from outside (storm.py, one per daemon,
//               in parallel), seen by both peers at once: delivery, latency from the command's
//               return, rate, CPU per event, the JS thread's longest stall;
//   kill        kill -9 of the last daemon: time to gvir's closed$ / python's close callback.
// Inventory and subscription run ROUNDS times, the peers in alternating order (interleaved:
// a load burst falls on both alike); ratios are medians over rounds with their range.
// Every daemon is stopped at the end, also on failure.
// Usage: node dist/bench/scale/run.js [N=4] [M=250] [ROUNDS=3] [K=M/4]
import { execFile } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { PeerProcess } from '../support/peer-process.js'
import { Libvirtd } from '../../test/support/libvirtd.js'

const exec = promisify(execFile)
const here = dirname(fileURLToPath(import.meta.url))
const src = join(here, '..', '..', '..', 'bench', 'scale')
const [n = 4, m = 250, rounds = 3] = process.argv.slice(2, 5).map(Number)
const k = Number(process.argv[5] ?? Math.floor(m / 4))
const PYTHON = '/usr/bin/python3'

type Ev = [number, number, string, string]
const median = (xs: number[]): number => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)] ?? NaN }
const quantile = (xs: number[], q: number): number => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * q))] ?? NaN }
const range = (xs: number[]): string => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`

/** Each event matched to the command that made it: the k-th (daemon, domain, type) with the k-th. */
function storm(commands: Ev[], events: Ev[], cpuMs: number) {
  const key = (e: Ev) => `${e[1]}/${e[2]}/${e[3]}`
  const made = new Map<string, number[]>()
  for (const c of commands) made.set(key(c), [...(made.get(key(c)) ?? []), c[0]])
  const seen = new Map<string, number>()
  const lat: number[] = []
  let doubled = 0
  for (const e of events) {
    const i = seen.get(key(e)) ?? 0
    seen.set(key(e), i + 1)
    const t = made.get(key(e))?.[i]
    if (t === undefined) doubled++
    else lat.push(e[0] - t)
  }
  const lastCommand = Math.max(...commands.map((c) => c[0]))
  const firstCommand = Math.min(...commands.map((c) => c[0]))
  const lastEvent = Math.max(...events.map((e) => e[0]))
  return {
    received: events.length, lost: commands.length - lat.length, doubled,
    p50: quantile(lat, 0.5), p99: quantile(lat, 0.99), lastAfter: lastEvent - lastCommand,
    rate: events.length / ((lastEvent - firstCommand) / 1000), cpuUsPerEvent: cpuMs * 1000 / Math.max(1, events.length),
  }
}

const daemons: Libvirtd[] = []
const peers: PeerProcess[] = []
try {
  const t0 = performance.now()
  for (let i = 0; i < n; i++) daemons.push(await Libvirtd.start())
  const uris = daemons.map((d) => d.testUri)
  const gvir = new PeerProcess('gvir', process.execPath, ['--expose-gc', join(here, 'peer-gvir.js')])
  const python = new PeerProcess('python', PYTHON, [join(src, 'peer.py')])
  peers.push(gvir, python)
  await Promise.all(peers.map((p) => p.ask()))
  await Promise.all(peers.map((p) => p.ask(`open ${uris.join(' ')}`)))
  // A daemon's test driver keeps its domains while a connection is open: the peers' are.
  await Promise.all(daemons.map((d) => exec(PYTHON, [join(src, 'fill.py'), d.testUri, String(m)])))
  console.log(`bench/scale: ${n} daemons × ${m} domains (test driver through libvirtd), ${rounds} rounds, storm of ${2 * k * n} events; set-up ${((performance.now() - t0) / 1000).toFixed(1)} s`)

  const inv = { objects: [] as number[], bulk: [] as number[], python: [] as number[] }
  for (let r = 0; r < rounds; r++) {
    const steps = [
      async () => { inv.objects.push((await gvir.ask('inventory-objects')).ms as number); inv.bulk.push((await gvir.ask('inventory')).ms as number) },
      async () => { inv.python.push((await python.ask('inventory')).ms as number) },
    ]
    for (const step of r % 2 ? steps.reverse() : steps) await step()
  }
  const sub = { gvir: [] as number[], heap: [] as number[], rss: [] as number[], python: [] as number[], pyRss: [] as number[], regs: 0, freed: [] as number[] }
  for (let r = 0; r < rounds; r++) {
    const g = await gvir.ask('subscribe')
    sub.gvir.push(g.ms as number); sub.heap.push(g.heapKiB as number); sub.rss.push(g.rssKiB as number); sub.regs = g.registrations as number
    if (r < rounds - 1) sub.freed.push((await gvir.ask('unsubscribe')).heapKiB as number)
  }
  const p = await python.ask('subscribe')
  sub.python.push(p.ms as number); sub.pyRss.push(p.rssKiB as number)

  // The storm: both peers subscribed, one run of storm.py per daemon, in parallel.
  const marks = await Promise.all(peers.map((x) => x.ask('mark')))
  const runs = await Promise.all(uris.map((u, i) => exec(PYTHON, [join(src, 'storm.py'), u, String(i), String(k)], { maxBuffer: 64 << 20 })))
  const commands = runs.flatMap((r) => JSON.parse(r.stdout) as Ev[])
  await new Promise((r) => setTimeout(r, 1500))
  const [gc, pc] = await Promise.all(peers.map((x) => x.ask('collect')))
  const gs = storm(commands, gc!.events as Ev[], (gc!.cpuMs as number) - (marks[0]!.cpuMs as number))
  const ps = storm(commands, pc!.events as Ev[], (pc!.cpuMs as number) - (marks[1]!.cpuMs as number))

  // Kill the last daemon.
  const killedAt = Date.now()
  await daemons[n - 1]!.kill('SIGKILL')
  await new Promise((r) => setTimeout(r, 3000))
  const [gk, pk] = await Promise.all(peers.map((x) => x.ask('closed')))
  const closedMs = (a: Record<string, unknown>) => { const t = (a.closed as Record<string, number>)[String(n - 1)]; return t === undefined ? NaN : t - killedAt }

  const per1000 = (kib: number) => kib / 1024 / (n * m / 1000)
  const rows: [string, string, string, string][] = [
    ['inventory: fetchDomains() + getInfo() per domain (before)', `${median(inv.objects).toFixed(0)} ms`, `${median(inv.python).toFixed(0)} ms (listAllDomains + info())`, `${(median(inv.objects) / median(inv.python)).toFixed(2)}×`],
    ['inventory: fetchDomains() + bulk state (listAllDomains)', `${median(inv.bulk).toFixed(0)} ms (${range(inv.bulk)})`, `${median(inv.python).toFixed(0)} ms (${range(inv.python)})`, `${(median(inv.bulk) / median(inv.python)).toFixed(2)}× (goal ≤ 1.2)`],
    [`subscribing events$ on all ${n * m} domains`, `${median(sub.gvir).toFixed(0)} ms (${range(sub.gvir)}), +${per1000(median(sub.heap)).toFixed(2)} MiB heap per 1,000, ${sub.regs} registrations`, `${median(sub.python).toFixed(1)} ms, +${per1000(median(sub.pyRss)).toFixed(2)} MiB RSS per 1,000`, 'goal ≤ 200 ms, ≤ 3 MiB'],
    ['unsubscribing all frees (heap change)', `${sub.freed.length ? `${(median(sub.freed) / 1024).toFixed(2)} MiB` : '—'}`, '—', ''],
    [`storm, ${commands.length} lifecycle events from outside`, `${gs.received} received, ${gs.lost} lost, ${gs.doubled} doubled; p50 ${gs.p50.toFixed(0)} ms, p99 ${gs.p99.toFixed(0)} ms; last ${gs.lastAfter.toFixed(0)} ms after the last command; ${gs.rate.toFixed(0)} ev/s; ${gs.cpuUsPerEvent.toFixed(0)} µs CPU per event`,
      `${ps.received} received, ${ps.lost} lost; p50 ${ps.p50.toFixed(0)} ms, p99 ${ps.p99.toFixed(0)} ms; last ${ps.lastAfter.toFixed(0)} ms after; ${ps.rate.toFixed(0)} ev/s; ${ps.cpuUsPerEvent.toFixed(0)} µs per event`,
      `rate ${(gs.rate / ps.rate).toFixed(2)}× (≥ 1), CPU ${(gs.cpuUsPerEvent / ps.cpuUsPerEvent).toFixed(2)}× (≤ 1.5), p99 ${(gs.p99 / ps.p99).toFixed(2)}× (≤ 2)`],
    ['longest stall of Node\'s event loop during the storm', `${(gc!.stallMs as number).toFixed(1)} ms`, '—', 'goal < 50 ms'],
    ['closed$ after a daemon is killed (kill -9)', `${closedMs(gk!).toFixed(0)} ms`, `${closedMs(pk!).toFixed(0)} ms (close callback)`, 'goal ≤ 200 ms'],
  ]
  console.log('\n| | gvir | python-libvirt | |\n|---|---|---|---|')
  for (const r of rows) console.log(`| ${r.join(' | ')} |`)
  await Promise.all(peers.map((x) => x.ask('quit').catch(() => undefined)))
} finally {
  for (const d of daemons) await d.stop().catch(() => undefined)
}
