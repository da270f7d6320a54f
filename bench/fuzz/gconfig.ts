/**
 * Seeded mutation fuzzer for gconfig over ../shared/corpus.
 *
 *   node dist/bench/fuzz/gconfig.js [cases=100000] [seed=1] [workers=#cpus]
 *   node dist/bench/fuzz/gconfig.js --case <case-seed>      replays one case and prints its input
 *
 * Cases are split over worker threads; the main thread watches a heartbeat per worker, so a
 * document that hangs is reported with its seed (and the worker replaced) instead of stalling
 * the run. Prints cases/s, the counts by outcome and every failure with the seed that replays it.
 * @module
 */
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { MUTATOR_NAMES } from './mutate.js'
import { caseSeed } from './random.js'
import { caseInput, merge, newTally, runCase, runRange, TIME_LIMIT_MS, type Tally } from './run.js'

/** What a worker is given. */
interface Job {
  seed: number
  from: number
  to: number
  stride: number
  heartbeat: SharedArrayBuffer
  slot: number
}

/** A case still running after this long is a hang (the per-document bound is far lower). */
const HANG_MS = 20_000

function worker(job: Job): void {
  const beat = new Int32Array(job.heartbeat)
  const tally = runRange(job.seed, job.from, job.to, { stride: job.stride, onCase: (i) => Atomics.store(beat, job.slot, i) })
  parentPort!.postMessage(tally)
}

function startWorker(job: Job): { w: Worker; done: Promise<Tally | undefined> } {
  const w = new Worker(fileURLToPath(import.meta.url), { workerData: job })
  const done = new Promise<Tally | undefined>((resolve) => {
    w.once('message', (t: Tally) => resolve(t))
    w.once('error', (e) => {
      console.error(`worker ${job.slot} died: ${e.stack ?? e.message}`)
      resolve(undefined)
    })
    w.once('exit', () => resolve(undefined))
  })
  return { w, done }
}

/** Runs one slice in a worker, replacing it past a hang; resolves with the slice's tally. */
async function slice(seed: number, from: number, to: number, stride: number, slot: number, beat: Int32Array, total: Tally): Promise<void> {
  let start = from
  while (start < to) {
    Atomics.store(beat, slot, start)
    const { w, done } = startWorker({ seed, from: start, to, stride, heartbeat: beat.buffer as SharedArrayBuffer, slot })
    let last = start
    let since = Date.now()
    let hung = false
    const timer = setInterval(() => {
      const now = Atomics.load(beat, slot)
      if (now !== last) {
        last = now
        since = Date.now()
      } else if (!hung && Date.now() - since > HANG_MS) {
        hung = true
        void w.terminate()
      }
    }, 1000)
    const t = await done
    clearInterval(timer)
    if (t !== undefined) {
      merge(total, t)
      return
    }
    // The worker hung or died on this case: record it and go on past it. (The cases it had
    // finished before are lost from the counts, not from the failures: none failed silently.)
    const at = Atomics.load(beat, slot)
    const s = caseSeed(seed, at)
    const c = caseInput(s)
    const message = hung ? `no progress for ${HANG_MS / 1000} s` : 'the worker thread died'
    total.failures.push({ seed: s, source: c.source.name, ops: c.ops, kind: hung ? 'hang' : 'crash', message })
    total.cases++
    start = at + stride
  }
}

function report(t: Tally, seconds: number, workers: number, seed: number): void {
  const pct = (n: number): string => `${((100 * n) / Math.max(1, t.cases)).toFixed(1)}%`
  console.log(`gconfig fuzz: ${t.cases} cases, seed ${seed}, ${workers} worker(s), ${seconds.toFixed(1)} s, ${Math.round(t.cases / seconds)} cases/s`)
  console.log(`  mutations: ${MUTATOR_NAMES.join(', ')}`)
  console.log(`  parsed:   ${t.parsed} (${pct(t.parsed)}), typed reads ${t.reads} (${t.readErrors} refused with ConfigError), writes ${t.writes} (${t.writeRefusals} refused with ConfigError)`)
  console.log(`  rejected: ${t.rejected} (${pct(t.rejected)}) with ConfigError at parse; by reason:`)
  for (const [k, v] of Object.entries(t.rejections).sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`    ${String(v).padStart(7)}  ${k}`)
  console.log(`  slowest document: ${t.maxMs.toFixed(1)} ms (case seed ${t.maxSeed}); bound ${TIME_LIMIT_MS} ms`)
  const byKind: Record<string, number> = {}
  for (const f of t.failures) byKind[f.kind] = (byKind[f.kind] ?? 0) + 1
  console.log(`  failures: ${t.failures.length} ${JSON.stringify(byKind)} (crash, hang, slow, non-config-error, roundtrip, inconsistent, changed-on-error, readback)`)
  if (t.failures.length > 0) console.log(`  failing case seeds: ${t.failures.map((f) => `${f.seed} (${f.kind})`).join(', ')}`)
  for (const f of t.failures.slice(0, 30)) {
    console.log(`\n  FAIL case seed ${f.seed} [${f.kind}] from ${f.source} via ${f.ops.join('+') || '(none)'}\n    ${f.message.split('\n').slice(0, 6).join('\n    ')}`)
    if (f.input !== undefined && f.input.length < 600) console.log(`    input: ${JSON.stringify(f.input)}`)
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  if (args[0] === '--case') {
    const s = Number(args[1])
    const c = caseInput(s)
    console.log(`case seed ${s}: ${c.source.name} via ${c.ops.join('+') || '(none)'}, ${c.text.length} chars`)
    console.log(c.text.length <= 20_000 ? c.text : `${c.text.slice(0, 2000)}…`)
    const r = runCase(s)
    console.log(r.failure !== undefined ? `FAIL [${r.failure.kind}] ${r.failure.message}` : `ok: ${JSON.stringify(r.stats)}`)
    process.exitCode = r.failure !== undefined ? 1 : 0
    return
  }
  const cases = Number(args[0] ?? 100_000)
  const seed = Number(args[1] ?? 1)
  const workers = Math.max(1, Number(args[2] ?? availableParallelism()))
  const beat = new Int32Array(new SharedArrayBuffer(4 * workers))
  const total = newTally()
  const t0 = performance.now()
  const progress = setInterval(() => {
    const done = [...beat].reduce((s, i, k) => s + Math.floor((i - k) / workers) + 1, 0)
    console.error(`  … ~${done} cases, ${total.failures.length} failures so far`)
  }, 15_000)
  await Promise.all(Array.from({ length: workers }, (_, k) => slice(seed, k, cases, workers, k, beat, total)))
  clearInterval(progress)
  const seconds = (performance.now() - t0) / 1000
  // A wall-clock bound on a shared, loaded machine also measures the neighbours: re-time each
  // slow case alone, three times, and keep it as a failure only if it is slow every time.
  const slow = total.failures.filter((f) => f.kind === 'slow')
  const recheck = slow.filter((f) => [0, 1, 2].every(() => runCase(f.seed).failure?.kind === 'slow'))
  total.failures = total.failures.filter((f) => f.kind !== 'slow' || recheck.includes(f))
  if (slow.length > 0) console.log(`${slow.length} case(s) over ${TIME_LIMIT_MS} ms during the parallel run; ${recheck.length} still over it when re-timed alone: ${slow.map((f) => f.seed).join(', ')}`)
  report(total, seconds, workers, seed)
  process.exitCode = total.failures.length > 0 ? 1 : 0
}

if (isMainThread) await main()
else worker(workerData as Job)
