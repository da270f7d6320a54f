// bench/loop: event latency and idle CPU of gvir's loop glue, side by side in one run
// with GJS calling LibvirtGObject directly and python-libvirt with its default event
// loop.
//
// Method. On a shared 2-core machine the same libvirt start() costs 150 µs one second
// and 300 µs the next, so peers measured one after the other (whole runs in turn) are
// compared across different bursts of load, and per-run ratios swung 0.6–2.0. Here the
// three peers (peer-gvir.ts, peer-gjs.js, peer-python.py) start once, as long-lived
// child processes, each on its own test:///default, and wait for commands on stdin
// (`run N [glue|api]`, `idle MS`, `quit`; one JSON line answers each). The parent then
// runs ROTATIONS rotations; a rotation is one block of ROUNDS stop/start rounds for each
// of the four measured paths (gvir API, GJS, python, gvir glue), one at a time, in an
// order that rotates by one every rotation, so every path runs as often in every slot.
// A block lasts 5–10 ms and a rotation ~30 ms, so the blocks of one rotation see the
// same load and a burst falls on every peer alike. Ratios are the median, over
// rotations, of the ratio of the two paths' block medians; per-path medians and p95
// pool every timed event. The first round of each block is dropped (the process was
// idle while the others ran, its caches are cold) and the first WARMUP rotations are
// dropped whole (JIT, first calls).
// Idle CPU: a few times during the run all three peers measure it at once, each while
// subscribed and with nothing happening; the figure is the mean over those windows.
// Every child exits on `quit` or when its stdin closes (so also when this process dies).
// Usage: node dist/bench/loop/index.js [ROUNDS=20] [IDLE_MS=1000] [ROTATIONS=1500]
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PeerProcess } from '../support/peer-process.js'

const here = dirname(fileURLToPath(import.meta.url))
const src = join(here, '..', '..', '..', 'bench', 'loop')
const [rounds = 20, idleMs = 1000, rotations = 1500] = process.argv.slice(2).map(Number)
const WARMUP = 10
const IDLE_WINDOWS = 3

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(s.length * q))] ?? NaN
}
const median = (xs: number[]): number => quantile(xs, 0.5)
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length

// Stop and start events differ by an order of magnitude (start includes the call's own
// work), so each kind is kept apart and compared kind by kind.
interface Block { stop: number[]; start: number[] }
type Kind = keyof Block
const kinds: Kind[] = ['stop', 'start']

interface Path { label: string; peer: PeerProcess; command: string; blocks: Block[] }
const gvir = new PeerProcess('gvir', process.execPath, [join(here, 'peer-gvir.js')])
const gjs = new PeerProcess('GJS', 'gjs', [join(src, 'peer-gjs.js')])
const python = new PeerProcess('python', '/usr/bin/python3', [join(src, 'peer-python.py')])
const peers = [gvir, gjs, python]
const path = (label: string, peer: PeerProcess, command: string): Path => ({ label, peer, command, blocks: [] })
const api = path('gvir API (await stop()/start())', gvir, `run ${rounds + 1} api`)
const gjsPath = path('GJS, LibvirtGObject direct', gjs, `run ${rounds + 1}`)
const pyPath = path('python-libvirt, default loop', python, `run ${rounds + 1}`)
const glue = path('gvir glue (sync call, events$)', gvir, `run ${rounds + 1} glue`)
const paths = [api, gjsPath, pyPath, glue]

async function runBlock(p: Path): Promise<Block> {
  const { latencies } = (await p.peer.ask(p.command)) as { latencies: number[] }
  const timed = latencies.slice(2) // the first stop/start round warms the peer back up
  return { stop: timed.filter((_, i) => i % 2 === 0), start: timed.filter((_, i) => i % 2 === 1) }
}

const idle = new Map<PeerProcess, number[]>(peers.map((p) => [p, []]))
async function measureIdle(): Promise<void> {
  const answers = await Promise.all(peers.map((p) => p.ask(`idle ${idleMs}`)))
  answers.forEach((a, i) => { idle.get(peers[i]!)!.push(a.idleCpuPercent as number) })
}

let failed: unknown
const t0 = performance.now()
try {
  await Promise.all(peers.map((p) => p.ask()))
  const idleAt = new Set(Array.from({ length: IDLE_WINDOWS }, (_, k) => WARMUP + Math.floor((k * rotations) / IDLE_WINDOWS)))
  for (let r = 0; r < WARMUP + rotations; r++) {
    if (idleAt.has(r)) await measureIdle()
    for (let k = 0; k < paths.length; k++) {
      const p = paths[(r + k) % paths.length]!
      const block = await runBlock(p)
      if (r >= WARMUP) p.blocks.push(block)
    }
  }
} catch (e) {
  failed = e
} finally {
  const exits = await Promise.all(peers.map((p) => p.quit()))
  if (failed) console.error(exits.join('; '))
}
if (failed) {
  console.error('bench/loop failed:', failed instanceof Error ? failed.message : failed)
  process.exit(1)
}
const seconds = (performance.now() - t0) / 1000

const pooled = (p: Path, kind: Kind): number[] => p.blocks.flatMap((b) => b[kind])
console.log(`event latency, call → subscriber (ms): ${rotations} rotations × 4 paths × blocks of ${rounds} timed stop/start rounds, interleaved, ${seconds.toFixed(0)} s`)
console.log('path'.padEnd(34), 'stop med', 'stop p95', 'start med', 'start p95')
for (const p of paths) {
  const cells = kinds.flatMap((kind) => [median(pooled(p, kind)), quantile(pooled(p, kind), 0.95)])
  console.log(p.label.padEnd(34), ...cells.map((x, i) => x.toFixed(3).padStart(i < 2 ? 8 : 9)))
}

/** Per-rotation ratios of block medians, a over b. */
function ratios(a: Path, b: Path, kind: Kind): number[] {
  return a.blocks.map((block, r) => median(block[kind]) / median(b.blocks[r]![kind]))
}
function ratioLine(label: string, a: Path, b: Path, kind: Kind): string {
  const xs = ratios(a, b, kind)
  const overall = median(pooled(a, kind)) / median(pooled(b, kind))
  return `${`${label} ${kind}`.padEnd(26)} ${median(xs).toFixed(2)}×   (middle half of rotations ${quantile(xs, 0.25).toFixed(2)}–${quantile(xs, 0.75).toFixed(2)}; pooled medians ${overall.toFixed(2)}×)`
}
console.log('\nheadline: median over rotations of the ratio of block medians (lower is better for gvir)')
for (const [label, a, b] of [['gvir API  / GJS   ', api, gjsPath], ['gvir glue / GJS   ', glue, gjsPath], ['gvir API  / python', api, pyPath], ['gvir glue / python', glue, pyPath]] as const) {
  for (const kind of ['start', 'stop'] as const) console.log(ratioLine(label, a, b, kind))
}
const idleCell = (p: PeerProcess): string => `${p.name} ${mean(idle.get(p)!).toFixed(3)}`
console.log(`\nidle CPU while subscribed (% of one core), mean of ${IDLE_WINDOWS} windows of ${idleMs} ms: ${peers.map(idleCell).join('   ')}`)
console.log('(GJS reads its CPU time from /proc/self/stat in 10 ms ticks, so its figure moves in steps of one tick per window)')
