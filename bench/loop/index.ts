// bench/loop: event latency and idle CPU of gvir's loop glue, side by side in one run
// with GJS calling LibvirtGObject directly and python-libvirt with its default event
// loop. Each peer runs as its own process on its own test:///default, one after the
// other, and prints JSON; this script prints the ratios.
// Usage: node dist/bench/loop/index.js [ROUNDS=200] [IDLE_MS=3000]
import { execFileSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const src = join(here, '..', '..', '..', 'bench', 'loop')
const [rounds = '200', idleMs = '3000'] = process.argv.slice(2)

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

const gvir = run(process.execPath, [join(here, 'peer-gvir.js')])
const gjs = run('gjs', [join(src, 'peer-gjs.js')])
const python = run('/usr/bin/python3', [join(src, 'peer-python.py')])

const rows: Array<[string, number[]]> = [
  ['gvir glue (sync call, events$)', gvir.latencies],
  ['gvir API (await stop()/start())', gvir.apiLatencies ?? []],
  ['GJS, LibvirtGObject direct', gjs.latencies],
  ['python-libvirt, default loop', python.latencies],
]
console.log(`event latency, call → subscriber, ${rounds} stop/start rounds (ms)`)
console.log('peer'.padEnd(34), 'stop med', 'stop p95', 'start med', 'start p95')
for (const [name, xs] of rows) {
  const { stop, start } = split(xs)
  console.log(name.padEnd(34), median(stop).toFixed(3).padStart(8), p95(stop).toFixed(3).padStart(8), median(start).toFixed(3).padStart(9), p95(start).toFixed(3).padStart(9))
}
const g = split(gvir.latencies)
const j = split(gjs.latencies)
const p = split(python.latencies)
console.log('\nratios (median, lower is better for gvir)')
console.log(`gvir glue / GJS:    stop ${(median(g.stop) / median(j.stop)).toFixed(2)}×  start ${(median(g.start) / median(j.start)).toFixed(2)}×`)
console.log(`gvir glue / python: stop ${(median(g.stop) / median(p.stop)).toFixed(2)}×  start ${(median(g.start) / median(p.start)).toFixed(2)}×`)
console.log(`\nidle CPU while subscribed, ${idleMs} ms (% of one core)`)
console.log(`gvir ${gvir.idleCpuPercent.toFixed(3)}   GJS ${gjs.idleCpuPercent.toFixed(3)}   python ${python.idleCpuPercent.toFixed(3)}`)
