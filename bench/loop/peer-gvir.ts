// gvir's side, a long-lived child of bench/loop/index.ts that takes one command a line
// on stdin and answers each with one JSON line on stdout:
//   `run N glue`  N stop/start rounds with the same sync lifecycle calls as the GJS and
//                 python peers (`domain.gobject.stop(0)`/`start(0)`), the event received
//                 through gvir's Observable (`domain.events$`) via the loop glue;
//   `run N api`   the same through gvir's public Promise API (`await domain.stop()`);
//   `idle MS`     idle CPU while subscribed, over MS ms;  `quit` (or end of stdin): exit.
// stdin is read with readline, i.e. by libuv, which also drives GLib through the glue.
import { createInterface } from 'node:readline'
import { Connection, type Domain, type DomainEvent } from '../../lib/index.js'

type Act = (want: 'stopped' | 'started') => unknown

async function measure(domain: Domain, rounds: number, act: Act): Promise<number[]> {
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

async function idleCpuPercent(domain: Domain, idleMs: number): Promise<number> {
  const sub = domain.events$.subscribe(() => {})
  await new Promise((resolve) => setTimeout(resolve, 500))
  const c0 = process.cpuUsage()
  const w0 = performance.now()
  await new Promise((resolve) => setTimeout(resolve, idleMs))
  const cpu = process.cpuUsage(c0)
  const percent = ((cpu.user + cpu.system) / 1000 / (performance.now() - w0)) * 100
  sub.unsubscribe()
  return percent
}

const reply = (answer: object): void => { process.stdout.write(`${JSON.stringify(answer)}\n`) }

const conn = await Connection.open('test:///default')
await conn.fetchDomains()
const [domain] = conn.getDomains()
const variants: Record<string, Act> = {
  glue: (want) => (want === 'stopped' ? domain.gobject.stop(0) : domain.gobject.start(0)),
  api: (want) => (want === 'stopped' ? domain.stop() : domain.start()),
}
reply({ ready: true })
for await (const line of createInterface({ input: process.stdin })) {
  const [cmd, arg, variant = 'glue'] = line.trim().split(/\s+/)
  const act = variants[variant]
  if (cmd === 'run' && act) reply({ latencies: await measure(domain, Number(arg), act) })
  else if (cmd === 'idle') reply({ idleCpuPercent: await idleCpuPercent(domain, Number(arg)) })
  else if (cmd === 'quit') break
  else reply({ error: `unknown command: ${line}` })
}
conn.close()
