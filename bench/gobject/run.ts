// bench/gobject: gvir vs raw node-gtk vs GJS vs python-libvirt, side by side, one run.
//   node dist/bench/gobject/run.js after a build (env W1_N, W2_ROTATIONS, W4_ROTATIONS,
//   W5_N shrink it)
// W1 define+start+stop+delete (ops/s), W2 list 1,001 domains with name/state/uuid (gvir:
// Connection.listAllDomains, and the GVirDomain path fetchDomains + getInfo), W4
// start→'started' latency (median), W5 RSS growth over 20,000 getConfig().
//
// Method (W1, W2), bench/loop's: on a shared 2-core machine the same libvirt call takes
// 150 µs one second and 300 µs the next, so peers run one after the other (whole runs in
// turn) are compared across different bursts of load; the gvir/python ratio swung 0.3–1.1
// from run to run that way. Here python-libvirt (peer.py) and GJS (peer-gjs.js) start once,
// as long-lived child processes (bench/support/peer-process.ts), each on its own test:///default, and take
// commands on stdin (`w1 K`, `populate M`, `w2`, `quit`); gvir and raw node-gtk run in this
// process. The run is made of rotations; a rotation is one block for each path, one at a
// time, in an order that rotates by one every rotation, so every path runs as often in
// every slot. A W1 block is one untimed define+start+stop+delete (the path sat idle while
// the others ran: its caches are cold) and BLOCK timed ones, ~5–10 ms; a W2 block is one
// listing of the 1,001 domains on a connection opened for it (untimed). So the blocks of
// one rotation see the same load, and a burst falls on every path alike. A ratio is the
// median, over rotations, of the ratio of the two paths' blocks, printed with its middle
// half (quartiles); a path's figure is the median of its blocks. The first WARMUP
// rotations are dropped whole (JIT, first calls). Between blocks this process delivers
// the GLib events pending, untimed: test:///default's state is shared by every connection
// of one process, raw node-gtk never lets GLib run, and gvir with no subscriber leaves its
// events to the loop's next turn (gobject/call.ts afterEvents), so each block pays only for
// its own. The GJS peer does the same after each W1 block.
// Raw node-gtk runs twice in W1: as is, and as a program that unrefs the GVirConfig it
// parses (raw node-gtk never frees it, 20 KiB each: issue 4's ownership defect; gvir does),
// the like-for-like peer.
// W4 is bench/loop's measurement (run here with fewer rotations): gvir's `await
// domain.start()` with `events$` subscribed against GJS calling `start(0)` and connecting
// `started`, interleaved the same way (see bench/loop/index.ts).
import { execFileSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { setImmediate as tick } from 'node:timers/promises'
import { Connection } from '../../gobject/index.js'
import { gi } from '../../lib/gi.js'
import { PeerProcess } from '../support/peer-process.js'

const self = fileURLToPath(import.meta.url)
const here = dirname(self)
const src = here.includes('/dist/') ? here.replace('/dist/', '/') : here
const BLOCK = 20
const WARMUP = 5
const W1_ROTATIONS = Math.max(1, Math.round(Number(process.env.W1_N ?? 4000) / BLOCK))
const W2_ROTATIONS = Number(process.env.W2_ROTATIONS ?? 100)
const M = 1000 // + the test driver's own 'test' domain = 1,001
const W4_ROTATIONS = Number(process.env.W4_ROTATIONS ?? 600)
const W5_N = Number(process.env.W5_N ?? 20000)
const xml = (name: string) => `<domain type='test'><name>${name}</name><memory unit='KiB'>65536</memory><vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os></domain>`
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void
const now = () => performance.now()
const quantile = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))] ?? NaN
const median = (xs: number[]): number => quantile(xs, 0.5)
const f = (x: number) => x.toFixed(2)
const { LibvirtGObject: G, LibvirtGConfig: C } = gi()
const ctx = gi().GLib.MainContext.default()
/** Delivers the GLib events pending in this process (untimed, between blocks). */
const settle = async (): Promise<void> => { await tick(); while (ctx.iteration(false)); }

/** A measured path: `block()` runs one block and resolves with its timed milliseconds. */
interface Path { label: string; block: () => Promise<number> }

/** Runs WARMUP + `rotations` rotations of one block per path; the kept block times, per path. */
async function interleave(paths: Path[], rotations: number): Promise<number[][]> {
  const kept = paths.map((): number[] => [])
  for (let r = 0; r < WARMUP + rotations; r++) {
    for (let k = 0; k < paths.length; k++) {
      const i = (r + k) % paths.length
      const ms = await paths[i]!.block()
      await settle()
      if (r >= WARMUP) kept[i]!.push(ms)
    }
  }
  return kept
}

/** One untimed `once()` then BLOCK timed ones, for the in-process async paths. */
async function asyncBlock(once: () => Promise<unknown>): Promise<number> {
  await once()
  const t = now()
  for (let i = 0; i < BLOCK; i++) await once()
  return now() - t
}
/** The same for the sync raw node-gtk paths (no await per iteration). */
function syncBlock(once: () => void): number {
  once()
  const t = now()
  for (let i = 0; i < BLOCK; i++) once()
  return now() - t
}
/** A peer process's path: the answer's `ms`, after checking its `n` when one is expected. */
function peerPath(label: string, peer: PeerProcess, command: string, n?: number): Path {
  return {
    label,
    block: async () => {
      const answer = await peer.ask(command)
      if (typeof answer.ms !== 'number') throw new Error(`${peer.name}: no ms in ${JSON.stringify(answer)}`)
      if (n !== undefined && answer.n !== n) throw new Error(`W2: ${label} listed ${String(answer.n)} domains, not ${n}`)
      return answer.ms
    },
  }
}

/** `label  median×  (middle half a–b; note)` for per-rotation ratios `xs`. */
function ratioLine(label: string, xs: number[], note = ''): string {
  return `   ${label.padEnd(36)} ${f(median(xs))}×  (middle half of rotations ${f(quantile(xs, 0.25))}–${f(quantile(xs, 0.75))}${note})`
}
/** Per-rotation ratios a[r] / b[r]. */
const per = (a: number[], b: number[]): number[] => a.map((x, r) => x / b[r]!)

const conn = await Connection.open()
await conn.fetchDomains()
/**
 * W5: RSS growth over W5_N getConfig(), after W1 as before but ahead of W2: measured, the
 * same loop grew RSS by 4.4–5.5 MiB first thing in a fresh process (still warming up) and
 * 6.6–7.3 MiB after W2's ~200,000 GVirDomain wrappers, by 2.1–2.8 MiB here (the sequential
 * version, after a W1 and W2 of 500 and 5: −6.5 to +1.9 MiB over three runs).
 */
async function w5Growth(): Promise<number> {
  const test = conn.findDomainByName('test')!
  // RSS without V8's new space: after a forced GC it holds nothing live, but V8 keeps its grown
  // capacity resident until the process has been quiet for ~5 s (bench/reliability/README.md),
  // up to 16 MiB of noise either way in a 2 MiB goal.
  const young = () => getHeapSpaceStatistics().find((sp) => sp.space_name === 'new_space')?.physical_space_size ?? 0
  const rss = async () => { for (let i = 0; i < 3; i++) { gc(); await settle() } return (process.memoryUsage().rss - young()) / 2 ** 20 }
  for (let i = 0; i < 1500; i++) await test.getConfig()
  const r0 = await rss()
  for (let i = 0; i < W5_N; i++) await test.getConfig()
  return (await rss()) - r0
}

const python = new PeerProcess('python', '/usr/bin/python3', [join(src, 'peer.py')])
const gjs = new PeerProcess('GJS', 'gjs', [join(src, 'peer-gjs.js')])
const peers = [python, gjs]
const rawConn = G.Connection.new('test:///default')
rawConn.open(null)
const lines: string[] = []
let w5 = NaN
try {
  await Promise.all(peers.map((p) => p.ask()))

  let k = 0
  const w1Paths: Path[] = [
    { label: 'gvir', block: () => asyncBlock(async () => {
      const d = await conn.createDomain(xml(`gvir-w1-${k++}`))
      await d.start(); await d.stop(); await d.delete()
    }) },
    { label: 'raw node-gtk', block: async () => syncBlock(() => {
      const d = rawConn.createDomain(C.Domain.newFromXml(xml(`raw-w1-${k++}`)))
      d.start(0); d.stop(0); d.delete(0)
    }) },
    { label: 'raw node-gtk that unrefs its GVirConfig', block: async () => syncBlock(() => {
      const conf = C.Domain.newFromXml(xml(`raw-free-w1-${k++}`))
      const d = rawConn.createDomain(conf)
      conf.unref()
      d.start(0); d.stop(0); d.delete(0)
    }) },
    peerPath('python-libvirt', python, `w1 ${BLOCK}`),
    peerPath('GJS', gjs, `w1 ${BLOCK}`),
  ]
  let t0 = now()
  const [gv, raw, freeing, py, gj] = await interleave(w1Paths, W1_ROTATIONS) as [number[], number[], number[], number[], number[]]
  lines.push(`W1 define+start+stop+delete: ${W1_ROTATIONS} rotations × 5 paths × blocks of ${BLOCK} (${W1_ROTATIONS * BLOCK} timed per path), interleaved, ${((now() - t0) / 1000).toFixed(0)} s; median block:`)
  w1Paths.forEach((p, i) => {
    const us = median([gv, raw, freeing, py, gj][i]!) * 1000 / BLOCK
    lines.push(`   ${p.label.padEnd(40)} ${us.toFixed(1).padStart(6)} µs/op  ${(1e6 / us).toFixed(0).padStart(5)} ops/s`)
  })
  // Same BLOCK in every block: a ratio of ops/s is the inverse ratio of block times.
  lines.push('   ops/s ratios, median over rotations of per-block ratios (higher is better for the first):')
  lines.push(ratioLine('gvir/raw', per(raw, gv), '; goal ≥ 1'))
  lines.push(ratioLine('gvir/raw that unrefs its GVirConfig', per(freeing, gv)))
  lines.push(ratioLine('gvir/python', per(py, gv), '; goal ≥ 0.9'))
  lines.push(ratioLine('raw/python', per(py, raw)))

  w5 = await w5Growth()

  // W2: every process defines its 1,000 domains once; gvir's are also raw node-gtk's.
  const w2doms = []
  for (let i = 0; i < M; i++) w2doms.push(await conn.createDomain(xml(`gvir-w2-${i}`)))
  await settle()
  for (const p of peers) {
    const { n } = await p.ask(`populate ${M}`)
    if (n !== M + 1) throw new Error(`W2: ${p.name} has ${String(n)} domains, not ${M + 1}`)
  }
  const expect = (label: string, n: number): void => { if (n !== M + 1) throw new Error(`W2: ${label} listed ${n} domains, not ${M + 1}`) }
  const w2Paths: Path[] = [
    // gvir's way to list with state: rows read on a worker thread, no GVirDomain per domain.
    { label: 'gvir listAllDomains', block: async () => {
      const c = await Connection.open()
      const t = now()
      const rows = (await c.listAllDomains()).map((d) => [d.name, d.state, d.uuid])
      const ms = now() - t
      c.close()
      expect('gvir listAllDomains', rows.length)
      return ms
    } },
    // The GVirDomain path (what raw node-gtk does), timed too, for honesty.
    { label: 'gvir fetchDomains+getInfo', block: async () => {
      const c = await Connection.open()
      const t = now()
      await c.fetchDomains()
      const rows = await Promise.all(c.getDomains().map(async (d) => [d.name, (await d.getInfo()).state, d.uuid]))
      const ms = now() - t
      c.close()
      expect('gvir fetchDomains+getInfo', rows.length)
      return ms
    } },
    { label: 'raw node-gtk', block: async () => {
      const c = G.Connection.new('test:///default')
      c.open(null)
      const t = now()
      c.fetchDomains(null)
      const rows = c.getDomains().map((d) => [d.getName(), d.getInfo().state, d.getUuid()])
      const ms = now() - t
      c.close()
      expect('raw node-gtk', rows.length)
      return ms
    } },
    peerPath('python-libvirt', python, 'w2', M + 1),
    peerPath('GJS', gjs, 'w2', M + 1),
  ]
  t0 = now()
  const [list, objects, rawList, pyList, gjList] = await interleave(w2Paths, W2_ROTATIONS) as [number[], number[], number[], number[], number[]]
  lines.push(`W2 list ${M + 1} domains with name, state, uuid: ${W2_ROTATIONS} rotations × 5 paths × one listing, interleaved, ${((now() - t0) / 1000).toFixed(0)} s; median listing:`)
  w2Paths.forEach((p, i) => { lines.push(`   ${p.label.padEnd(40)} ${f(median([list, objects, rawList, pyList, gjList][i]!)).padStart(6)} ms`) })
  lines.push('   time ratios, median over rotations of per-listing ratios (lower is better for the first):')
  lines.push(ratioLine('gvir listAllDomains/python', per(list, pyList), '; goal ≤ 1.2'))
  lines.push(ratioLine('gvir fetchDomains+getInfo/python', per(objects, pyList)))
  lines.push(ratioLine('gvir listAllDomains/raw', per(list, rawList)))
  lines.push(ratioLine('raw/python', per(rawList, pyList)))
  for (const d of w2doms) await d.delete()
} finally {
  rawConn.close()
  await Promise.all(peers.map((p) => p.quit()))
}

conn.close()

// bench/loop runs compiled only (its peers live beside its .js).
const loopIndex = join(src.replace(/\/bench\/gobject$/, ''), 'dist', 'bench', 'loop', 'index.js')
const loop = execFileSync(process.execPath, [loopIndex, '20', '200', String(W4_ROTATIONS)], { encoding: 'utf8', maxBuffer: 16 << 20 })
const w4 = (path: string) => loop.split('\n').find((l) => l.startsWith(path) && l.includes(' start '))?.replace(/\s+/g, ' ').trim() ?? 'missing'
const medians = loop.split('\n').filter((l) => /^(gvir API|GJS)/.test(l) && !l.includes('×')).map((l) => l.replace(/\s{2,}/g, '  '))
for (const line of lines) console.log(line)
console.log(`W4 start→started latency through events$ (bench/loop, ${W4_ROTATIONS} rotations; path, stop med/p95, start med/p95 in ms):`)
for (const m of medians) console.log(`   ${m}`)
console.log(`   ${w4('gvir API  / GJS')} (goal ≤ 1.1)`)
console.log(`W5 RSS growth (without V8's new-space capacity) over ${W5_N} getConfig(): gvir ${f(w5)} MiB (goal < 2)`)
