/**
 * One fuzz case from its seed, and a tally over many: shared by the bench script
 * (bench/fuzz/gconfig.ts) and the reduced run and regression replays in `npm test`.
 * @module
 */
import { checkDocument, FuzzFailure, type CaseStats } from './check.js'
import { loadCorpus } from './corpus.js'
import { mutate, type MutatedCase } from './mutate.js'
import { caseSeed, Rng } from './random.js'

/** Default time bound per document. */
export const TIME_LIMIT_MS = 1000

/** A case that broke an invariant. */
export interface CaseFailure {
  readonly seed: number
  readonly source: string
  readonly ops: readonly string[]
  readonly kind: string
  readonly message: string
  /** The input, when short enough to print. */
  readonly input?: string
}

/** The mutated document of case `seed` (what `runCase` checks). */
export function caseInput(seed: number): MutatedCase {
  return mutate(loadCorpus(), new Rng(seed), seed)
}

/** Mutates and checks case `seed`; a broken invariant is returned, never thrown. */
export function runCase(seed: number, timeLimitMs = TIME_LIMIT_MS): { stats?: CaseStats; failure?: CaseFailure } {
  const rng = new Rng(seed)
  const c = mutate(loadCorpus(), rng, seed)
  try {
    return { stats: checkDocument(c.text, rng, timeLimitMs) }
  } catch (e) {
    const kind = e instanceof FuzzFailure ? e.kind : 'crash'
    const message = e instanceof Error ? (e instanceof FuzzFailure ? e.message : `${e.name}: ${e.message}\n${e.stack ?? ''}`) : String(e)
    return { failure: { seed, source: c.source.name, ops: c.ops, kind, message, ...(c.text.length <= 4000 ? { input: c.text } : {}) } }
  }
}

/** Counts over a run. */
export interface Tally {
  cases: number
  parsed: number
  rejected: number
  reads: number
  readErrors: number
  writes: number
  writeRefusals: number
  /** Slowest document, in ms, and its seed. */
  maxMs: number
  maxSeed: number
  /** Parse rejections by the start of their message. */
  rejections: Record<string, number>
  failures: CaseFailure[]
}

/** An empty tally. */
export function newTally(): Tally {
  return { cases: 0, parsed: 0, rejected: 0, reads: 0, readErrors: 0, writes: 0, writeRefusals: 0, maxMs: 0, maxSeed: 0, rejections: {}, failures: [] }
}

/** Adds one case's result to `t`. */
export function count(t: Tally, seed: number, r: ReturnType<typeof runCase>): void {
  t.cases++
  if (r.failure !== undefined) {
    t.failures.push(r.failure)
    return
  }
  const s = r.stats!
  if (s.outcome === 'parsed') t.parsed++
  else {
    t.rejected++
    const key = s.rejection ?? '?'
    t.rejections[key] = (t.rejections[key] ?? 0) + 1
  }
  t.reads += s.reads
  t.readErrors += s.readErrors
  t.writes += s.writes
  t.writeRefusals += s.writeRefusals
  if (s.ms > t.maxMs) {
    t.maxMs = s.ms
    t.maxSeed = seed
  }
}

/** Merges `b` into `a`. */
export function merge(a: Tally, b: Tally): void {
  for (const k of ['cases', 'parsed', 'rejected', 'reads', 'readErrors', 'writes', 'writeRefusals'] as const) a[k] += b[k]
  if (b.maxMs > a.maxMs) {
    a.maxMs = b.maxMs
    a.maxSeed = b.maxSeed
  }
  for (const [k, v] of Object.entries(b.rejections)) a.rejections[k] = (a.rejections[k] ?? 0) + v
  a.failures.push(...b.failures)
}

/** Runs cases `[from, to)` of the run seeded `seed`, every `stride`-th one from `from`. */
export function runRange(seed: number, from: number, to: number, opts: { stride?: number; onCase?: (index: number) => void; timeLimitMs?: number } = {}): Tally {
  const t = newTally()
  for (let i = from; i < to; i += opts.stride ?? 1) {
    opts.onCase?.(i)
    const cs = caseSeed(seed, i)
    count(t, cs, runCase(cs, opts.timeLimitMs))
  }
  return t
}
