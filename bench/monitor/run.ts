/**
 * What monitor$ costs: W1 (define + start + stop + delete, ×500, on test:///default) run
 * side by side in one process with nobody subscribed (never, and again after a subscriber
 * left) and with a subscriber that keeps every record. Rounds alternate so drift on a
 * shared machine hits every variant alike; each prints its median of ROUNDS rounds and
 * its ratio to the unsubscribed run. Run: `npm run bench monitor`.
 * @module
 */
import { Connection, monitor$, type MonitorCall } from '../../lib/index.js'

const N = 500
const ROUNDS = 7

function domainXml(i: number): string {
  return `<domain type='test'><name>bench-monitor-${i}</name><memory unit='KiB'>65536</memory><vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os></domain>`
}

/** One W1 round: ms for N define+start+stop+delete. */
async function w1(conn: Connection): Promise<number> {
  const t0 = performance.now()
  for (let i = 0; i < N; i++) {
    const dom = await conn.createDomain(domainXml(i))
    await dom.start()
    await dom.stop()
    await dom.delete()
  }
  return performance.now() - t0
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] ?? NaN
}

async function main(): Promise<void> {
  const conn = await Connection.open('test:///default')
  for (let i = 0; i < 3; i++) await w1(conn) // warm-up: JIT, libvirt's caches
  const round = async (subscribe: boolean): Promise<number> => {
    const records: MonitorCall[] = []
    globalThis.gc?.()
    const sub = subscribe ? monitor$.subscribe((c) => records.push(c)) : undefined
    const ms = await w1(conn)
    sub?.unsubscribe()
    if (subscribe && records.length < N * 4) throw new Error(`the subscriber saw ${records.length} calls, expected ≥ ${N * 4}`)
    return ms
  }
  // "Never subscribed" can only come first; the other two alternate round by round.
  const never: number[] = []
  for (let r = 0; r < ROUNDS; r++) never.push(await round(false))
  const withSub: number[] = []
  const afterLeft: number[] = []
  for (let r = 0; r < ROUNDS; r++) {
    withSub.push(await round(true))
    afterLeft.push(await round(false))
  }
  conn.close()
  const base = median(afterLeft)
  console.log(`W1 (define+start+stop+delete ×${N}, test:///default), median of ${ROUNDS} rounds; ratio to "no subscriber (after one left)", the run alternated with the subscribed one`)
  for (const [variant, xs] of [
    ['no subscriber (never subscribed)', never], ['no subscriber (after one left)', afterLeft], ['subscriber recording every call', withSub],
  ] as const) {
    const m = median(xs)
    console.log(`  ${variant.padEnd(34)} ${m.toFixed(1).padStart(8)} ms  ${(m / N * 1000).toFixed(1).padStart(7)} µs/iteration  ×${(m / base).toFixed(3)}`)
  }
}

await main()
process.exit(0)
