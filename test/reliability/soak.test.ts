// The soak of bench/reliability/soak.ts with reduced counts, in a child process with
// --expose-gc (full counts: `node --expose-gc dist/bench/reliability/soak.js`). The child
// exiting 0 is itself the proof that GC stress and throwing subscribers never ended it.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { figure } from './helpers.js'

const exec = promisify(execFile)
const here = dirname(fileURLToPath(import.meta.url))
const compiled = import.meta.url.endsWith('.js')
const script = join(here, '..', '..', 'bench', 'reliability', compiled ? 'soak.js' : 'soak.ts')

interface Curve {
  ops: number
  ms: number
  protocol: string
  growthMiB: number
  curve: [number, number][]
  heapCurve: [number, number][]
  heapUsedCurve: [number, number][]
  spaceCurve: [number, Record<string, [number, number]>][]
  slopeBytesPerOp: number
}
interface Report {
  combined: Curve
  lifecycle: Curve
  subscribe: Curve & {
    handlersBefore: Record<string, Record<string, number>>
    handlersAfter: Record<string, Record<string, number>>
    deliveredAfter: number
  }
  gcStress: { ops: number; wrong: number }
  throwing: { reported: number; calmSubscriberEvents: number }
}

/** Runs the soak in a child with these arguments and gives its JSON report. */
async function runSoak(...soakArgs: string[]): Promise<Report> {
  const args = ['--expose-gc', ...(compiled ? [] : ['--import', 'tsx']), script, ...soakArgs, '--json']
  const { stdout } = await exec(process.execPath, args, { maxBuffer: 16 * 2 ** 20, timeout: 170_000 })
  return JSON.parse(stdout.trim().split('\n').pop()!) as Report
}

/**
 * Growth per operation after the start, fitted over the second half of the samples. The
 * leaks fixed so far cost 1.5 KiB (handlers kept by node-gtk) to 58 KiB (list elements) an
 * operation; 1 KiB is above the noise of RSS over a few thousand operations (a two-point
 * difference once read ~1 KiB from noise).
 */
const MAX_SLOPE = 1024

/** Issue 6's bound on the combined lifecycle and getConfig() soak. */
const MAX_COMBINED_MIB = 10

const curve = (c: Curve) => `${c.ops} ops in ${c.ms.toFixed(0)} ms, +${c.growthMiB} MiB (V8 +${c.heapCurve.at(-1)![1]}), ${c.slopeBytesPerOp} B/op after warm-up [${c.curve.map(([n, m]) => `${n}:${m}`).join(' ')}]`

describe('reliability: soak, memory and GC stress (reduced counts; bench/reliability/soak.ts has the full ones)', function () {
  this.timeout(360_000)
  let combined: Curve
  let report: Report
  let burst: Report

  before(async () => {
    // Issue 6's workload in one process from one start, each sample after 5.2 s quiet and
    // full GCs, so that V8 has given its young generation's grown capacity back (the
    // protocol: bench/reliability/README.md). Live growth, JS or native, stays counted.
    // The subscribe soak follows in the same child with the same protocol (plain forced-GC
    // samples read up to +9.4 MiB of new space's capacity there at this count).
    report = await runSoak('--combined', '--lifecycle', '12000', '--config', '8000', '--subscribe', '12000', '--gcstress', '15', '--samples', '4')
    combined = report.combined
    figure('RSS, lifecycle then getConfig (settled)', curve(combined))
    figure('RSS, subscribe/unsubscribe', curve(report.subscribe))
    // Events in bursts (no loop turn between operations) with a live domain list rebuilt
    // from the handlers: each list read once kept ~58 KiB (node-gtk patch 0003 fixed it).
    burst = await runSoak('--burst', '--watch-domains', '--lifecycle', '6000', '--config', '0', '--subscribe', '0', '--gcstress', '0', '--samples', '8')
    figure('RSS, lifecycle in event bursts with domains$ watched', curve(burst.lifecycle))
  })

  it('keeps RSS growth under 10 MiB in total over 12,000 lifecycle operations then 8,000 getConfig() round trips with forced GC', () => {
    assert.equal(combined.ops, 20_000)
    assert.match(combined.protocol, /^settled-/)
    // Every sample of the curve, not only the last: a leak that a later GC hid would show.
    for (const [ops, mib] of combined.curve) assert.ok(mib < MAX_COMBINED_MIB, `+${mib} MiB after ${ops} ops`)
    assert.ok(combined.slopeBytesPerOp < MAX_SLOPE, `${combined.slopeBytesPerOp} B per op`)
  })

  it('keeps V8\'s live heap flat over the combined soak: what V8 holds after it is capacity, not objects', () => {
    const used = combined.heapUsedCurve.at(-1)![1]
    assert.ok(used < 2, `V8's live objects grew ${used} MiB`)
  })

  it('keeps RSS flat over 12,000 subscribe/unsubscribe cycles: a disconnected handler is freed', () => {
    assert.match(report.subscribe.protocol, /^settled-/)
    assert.ok(report.subscribe.growthMiB < 10, `grew ${report.subscribe.growthMiB} MiB`)
    assert.ok(report.subscribe.slopeBytesPerOp < MAX_SLOPE, `${report.subscribe.slopeBytesPerOp} B per op`)
  })

  it('keeps RSS flat when events arrive in bursts and domains$ rebuilds the list from each', () => {
    assert.ok(burst.lifecycle.growthMiB < 24, `grew ${burst.lifecycle.growthMiB} MiB`)
    assert.ok(burst.lifecycle.slopeBytesPerOp < MAX_SLOPE, `${burst.lifecycle.slopeBytesPerOp} B per op`)
  })

  it('leaves no GObject handler connected after 12,000 subscribe/unsubscribe cycles, and still delivers events', () => {
    assert.deepEqual(report.subscribe.handlersAfter, report.subscribe.handlersBefore)
    assert.ok(Object.values(report.subscribe.handlersAfter.domain!).every((n) => n === 0))
    assert.equal(report.subscribe.deliveredAfter, 2, 'suspend and resume seen by a fresh subscriber')
  })

  it('survives gc() between every operation with every answer right', () => {
    assert.equal(report.gcStress.wrong, 0)
    assert.equal(report.gcStress.ops, 15)
  })

  it('reports throwing subscribers and keeps delivering to the others', () => {
    assert.ok(report.throwing.reported > 0)
    assert.equal(report.throwing.calmSubscriberEvents, 4, 'started, suspended, resumed, stopped')
  })
})
