// gvir's side: the same sync lifecycle calls as the GJS and python peers, with the
// event received through gvir's Observable (`domain.events$`) via the loop glue; then
// the same through gvir's public Promise API. Usage: node peer-gvir.js ROUNDS IDLE_MS
import { Connection, type Domain, type DomainEvent } from '../../lib/index.js'

const [rounds = 200, idleMs = 2000] = process.argv.slice(2).map(Number)

async function measure(domain: Domain, act: (want: 'stopped' | 'started') => unknown): Promise<number[]> {
  const latencies: number[] = []
  let want: string | undefined
  let t0 = 0
  let resolveStep: (() => void) | undefined
  const sub = domain.events$.subscribe((e: DomainEvent) => {
    if (e.type !== want) return
    latencies.push(performance.now() - t0)
    want = undefined
    // The next call is made from a later turn of the loop, as the GJS peer's idle_add does,
    // not from inside this handler: node-gtk drains promise continuations inside a signal
    // handler, so an `await step` resumed here would make the call from within GLib's
    // dispatch of the previous event (where neither side can deliver the next at once).
    if (resolveStep) setImmediate(resolveStep)
  })
  for (let i = 0; i < rounds * 2; i++) {
    const step = new Promise<void>((resolve) => { resolveStep = resolve })
    want = i % 2 === 0 ? 'stopped' : 'started'
    t0 = performance.now()
    await act(want as 'stopped' | 'started')
    await step
  }
  sub.unsubscribe()
  return latencies
}

const conn = await Connection.open('test:///default')
await conn.fetchDomains()
const [domain] = conn.getDomains()
const glue = await measure(domain, (want) => (want === 'stopped' ? domain.gobject.stop(0) : domain.gobject.start(0)))
const api = await measure(domain, (want) => (want === 'stopped' ? domain.stop() : domain.start()))

const sub = domain.events$.subscribe(() => {})
await new Promise((resolve) => setTimeout(resolve, 500))
const c0 = process.cpuUsage()
const w0 = performance.now()
await new Promise((resolve) => setTimeout(resolve, idleMs))
const cpu = process.cpuUsage(c0)
const idleCpuPercent = ((cpu.user + cpu.system) / 1000 / (performance.now() - w0)) * 100
sub.unsubscribe()
conn.close()
console.log(JSON.stringify({ latencies: glue, apiLatencies: api, idleCpuPercent }))
