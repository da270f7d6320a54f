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

interface Curve { ops: number; ms: number; growthMiB: number; curve: [number, number][] }
interface Report {
  lifecycle: Curve
  getConfig: Curve
  subscribe: Curve & {
    handlersBefore: Record<string, Record<string, number>>
    handlersAfter: Record<string, Record<string, number>>
    deliveredAfter: number
  }
  gcStress: { ops: number; wrong: number }
  throwing: { reported: number; calmSubscriberEvents: number }
}

describe('reliability: soak, memory and GC stress (reduced counts; bench/reliability/soak.ts has the full ones)', function () {
  this.timeout(180_000)
  let report: Report

  before(async () => {
    const args = ['--expose-gc', ...(compiled ? [] : ['--import', 'tsx']), script,
      '--lifecycle', '12000', '--config', '4000', '--subscribe', '12000', '--gcstress', '15', '--samples', '4', '--json']
    const { stdout } = await exec(process.execPath, args, { maxBuffer: 16 * 2 ** 20, timeout: 170_000 })
    report = JSON.parse(stdout.trim().split('\n').pop()!) as Report
    const curve = (c: Curve) => `${c.ops} ops in ${c.ms.toFixed(0)} ms, +${c.growthMiB} MiB [${c.curve.map(([n, m]) => `${n}:${m}`).join(' ')}]`
    figure('RSS, lifecycle', curve(report.lifecycle))
    figure('RSS, getConfig', curve(report.getConfig))
    figure('RSS, subscribe/unsubscribe', curve(report.subscribe))
  })

  it('keeps RSS within 10 MiB over 12,000 lifecycle operations with forced GC', () => {
    assert.ok(report.lifecycle.growthMiB < 10, `grew ${report.lifecycle.growthMiB} MiB`)
  })

  it('keeps RSS within 10 MiB over 4,000 getConfig() round trips with forced GC', () => {
    assert.ok(report.getConfig.growthMiB < 10, `grew ${report.getConfig.growthMiB} MiB`)
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
