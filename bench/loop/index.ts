// bench/loop: event latency and idle CPU of gvir's loop glue, side by side in one run
// with GJS calling LibvirtGObject directly and python-libvirt with its default event
// loop. Each peer runs as its own process on its own test:///default and prints JSON.
// The peers take turns for SETS sets, so that load from other work on a shared machine
// falls on all of them alike; ratios are medians of per-set ratios.
// Usage: node dist/bench/loop/index.js [ROUNDS=200] [IDLE_MS=2000] [SETS=5]
import { execFileSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const src = join(here, '..', '..', '..', 'bench', 'loop')
const [rounds = '200', idleMs = '2000', sets = '5'] = process.argv.slice(2)

interface PeerResult { latencies: number[]; apiLatencies?: number[]; idleCpuPercent: number }

function run(cmd: string, args: string[]): PeerResult {
  return JSON.parse(execFileSync(cmd, [...args, rounds, idleMs], { encoding: 'utf8', maxBuffer: 64 << 20 })) as PeerResult
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] ?? NaN
}
function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length * 0.95)] ?? NaN
}
// Stop and start events differ by an order of magnitude (start includes the call's own
// work), so each kind gets its own median, compared kind by kind.
function split(xs: number[]): { stop: number[]; start: number[] } {
  return { stop: xs.filter((_, i) => i % 2 === 0), start: xs.filter((_, i) => i % 2 === 1) }
}

const names = ['gvir glue (sync call, events$)', 'gvir API (await stop()/start())', 'GJS, LibvirtGObject direct', 'python-libvirt, default loop'] as const
const all: number[][] = names.map(() => [])
const idle: number[][] = [[], [], []]
const ratios = { gjsStop: [] as number[], gjsStart: [] as number[], pyStop: [] as number[], pyStart: [] as number[], apiStop: [] as number[], apiStart: [] as number[] }
for (let set = 0; set < Number(sets); set++) {
  const gvir = run(process.execPath, [join(here, 'peer-gvir.js')])
  const gjs = run('gjs', [join(src, 'peer-gjs.js')])
  const python = run('/usr/bin/python3', [join(src, 'peer-python.py')])
  ;[gvir.latencies, gvir.apiLatencies ?? [], gjs.latencies, python.latencies].forEach((xs, i) => all[i]!.push(...xs))
  ;[gvir, gjs, python].forEach((r, i) => idle[i]!.push(r.idleCpuPercent))
  const g = split(gvir.latencies)
  const j = split(gjs.latencies)
  const p = split(python.latencies)
  ratios.gjsStop.push(median(g.stop) / median(j.stop))
  ratios.gjsStart.push(median(g.start) / median(j.start))
  ratios.pyStop.push(median(g.stop) / median(p.stop))
  ratios.pyStart.push(median(g.start) / median(p.start))
  const a = split(gvir.apiLatencies ?? [])
  ratios.apiStop.push(median(a.stop) / median(j.stop))
  ratios.apiStart.push(median(a.start) / median(j.start))
}

console.log(`event latency, call → subscriber, ${sets} sets × ${rounds} stop/start rounds (ms)`)
console.log('peer'.padEnd(34), 'stop med', 'stop p95', 'start med', 'start p95')
names.forEach((name, i) => {
  const { stop, start } = split(all[i]!)
  console.log(name.padEnd(34), median(stop).toFixed(3).padStart(8), p95(stop).toFixed(3).padStart(8), median(start).toFixed(3).padStart(9), p95(start).toFixed(3).padStart(9))
})
const fmt = (xs: number[]) => `${median(xs).toFixed(2)}× (sets: ${xs.map((x) => x.toFixed(2)).join(' ')})`
console.log('\nratios, median of per-set medians (lower is better for gvir)')
console.log(`gvir API  / GJS     stop  ${fmt(ratios.apiStop)}`)
console.log(`gvir API  / GJS     start ${fmt(ratios.apiStart)}`)
console.log(`gvir glue / GJS     stop  ${fmt(ratios.gjsStop)}`)
console.log(`gvir glue / GJS     start ${fmt(ratios.gjsStart)}`)
console.log(`gvir glue / python  stop  ${fmt(ratios.pyStop)}`)
console.log(`gvir glue / python  start ${fmt(ratios.pyStart)}`)
console.log(`\nidle CPU while subscribed, ${idleMs} ms, median of sets (% of one core)`)
console.log(`gvir ${median(idle[0]!).toFixed(3)}   GJS ${median(idle[1]!).toFixed(3)}   python ${median(idle[2]!).toFixed(3)}`)
