import assert from 'node:assert/strict'
import { loadCorpus } from '../../../bench/fuzz/corpus.js'
import { merge, newTally, runRange, type Tally } from '../../../bench/fuzz/run.js'

/**
 * The reduced fuzz run of `npm test`: the mutator and oracle of bench/fuzz/gconfig.ts (which
 * runs 100,000 cases) over 5,000 seeded cases, in chunks so a failure names its range. The
 * time bound per document is a hang guard, generous for a loaded CI machine.
 */
const SEED = 20_260_601
const CASES = 5000
const CHUNK = 1000
const HANG_GUARD_MS = 5000

describe('gconfig fuzz: 5,000 seeded mutations of ../shared/corpus documents', function () {
  this.timeout(120_000)
  const total: Tally = newTally()

  before(function () {
    assert.ok(loadCorpus().all.length > 2000, 'the corpus is missing')
  })

  for (let from = 0; from < CASES; from += CHUNK) {
    it(`cases ${from}–${from + CHUNK - 1}: no crash, no hang, no error but ConfigError, edits read back, and every parsed document re-serialises to the same tree`, function () {
      const t = runRange(SEED, from, from + CHUNK, { timeLimitMs: HANG_GUARD_MS })
      merge(total, t)
      const shown = t.failures.map((f) => `case seed ${f.seed} [${f.kind}] ${f.source} via ${f.ops.join('+')}: ${f.message.split('\n')[0]}`)
      assert.deepEqual(shown, [])
    })
  }

  it('exercised both sides: documents that parse (typed reads and writes) and documents refused with ConfigError', function () {
    assert.equal(total.cases, CASES)
    assert.ok(total.parsed > CASES * 0.25, `only ${total.parsed} parsed`)
    assert.ok(total.rejected > CASES * 0.25, `only ${total.rejected} rejected`)
    assert.ok(total.reads > total.parsed * 10 && total.writes > total.parsed, JSON.stringify({ reads: total.reads, writes: total.writes }))
  })
})
