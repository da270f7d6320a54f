// Shared by the reliability specs: settling many Promises under a deadline, figures
// printed for the report, and the domains the test driver accepts.
import { VirError } from '../../glib/index.js'

export { domainXml, next, uniqueName } from '../gobject/helpers.js'

/** How one Promise ended, and when (ms after `since`). */
export type Outcome =
  | { readonly status: 'fulfilled'; readonly ms: number }
  | { readonly status: 'rejected'; readonly ms: number; readonly error: unknown }
  | { readonly status: 'pending' }

/** Calls being watched: `outcomes[i]` says how call i ended so far (`pending` until it settles). */
export interface Tracked {
  readonly outcomes: Outcome[]
  /** Resolves once every call has settled. */
  readonly settled: Promise<void>
}

/**
 * Starts watching `calls` at once (so a rejection is never unhandled); times are ms after
 * `since()`, read when each call settles.
 */
export function track(calls: readonly Promise<unknown>[], since: () => number): Tracked {
  const outcomes: Outcome[] = calls.map(() => ({ status: 'pending' }))
  const settled = Promise.all(calls.map((p, i) => p.then(
    () => { outcomes[i] = { status: 'fulfilled', ms: performance.now() - since() } },
    (error: unknown) => { outcomes[i] = { status: 'rejected', ms: performance.now() - since(), error } },
  ))).then(() => undefined)
  return { outcomes, settled }
}

/** Waits until every tracked call has settled or `deadlineMs` has passed, and gives the outcomes. */
export async function within(tracked: Tracked, deadlineMs: number): Promise<Outcome[]> {
  let timer: ReturnType<typeof setTimeout> | undefined
  await Promise.race([tracked.settled, new Promise((resolve) => { timer = setTimeout(resolve, deadlineMs) })])
  clearTimeout(timer)
  return tracked.outcomes
}

/** {@link track} then {@link within}: how each call ended, `pending` for those past the deadline. */
export function settleWithin(calls: readonly Promise<unknown>[], since: () => number, deadlineMs: number): Promise<Outcome[]> {
  return within(track(calls, since), deadlineMs)
}

/** Outcomes that are neither a success nor a VirError rejection (a hang or a foreign error). */
export function badOutcomes(outcomes: readonly Outcome[]): Outcome[] {
  return outcomes.filter((o) => o.status === 'pending' || (o.status === 'rejected' && !(o.error instanceof VirError)))
}

/** Prints one measured figure in the test log, where the report picks it up. */
export function figure(name: string, value: string): void {
  console.log(`      figure: ${name}: ${value}`)
}

/** Resolves after `ms`. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Polls `cond` every 20 ms until it holds; throws after `ms`. */
export async function waitFor(cond: () => boolean, ms = 5_000, what = 'condition'): Promise<void> {
  const end = performance.now() + ms
  while (!cond()) {
    if (performance.now() > end) throw new Error(`${what} not met within ${ms} ms`)
    await sleep(20)
  }
}
