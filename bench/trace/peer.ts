// A bench/trace peer: one gvir process on a private libvirtd's test driver, in one of three
// states of rpc$ — `never` (never subscribed: libvirt's logging untouched, no trace code ever
// runs), `left` (subscribed once, then left: libvirt's logging set back), `on` (subscribed,
// every record kept), `loop` (loop$ subscribed instead). Greets with {"ready":true}; `block K` answers {"ms": …} for K
// domain.getInfo() round trips (one remote.domain_get_info call each); `quit` ends.
import { createInterface } from 'node:readline'
import { Connection, loop$, rpc$, type LoopEvent, type RpcEvent } from '../../lib/index.js'

const [mode = 'never', uri = ''] = process.argv.slice(2)
const conn = await Connection.open(uri)
await conn.fetchDomains()
const dom = conn.findDomainByName('test')
if (!dom) throw new Error('no domain test')
const records: (RpcEvent | LoopEvent)[] = []
if (mode === 'left') rpc$.subscribe(() => undefined).unsubscribe()
if (mode === 'loop') loop$.subscribe((e) => { records.push(e); if (records.length > 100_000) records.length = 0 })
if (mode === 'on') rpc$.subscribe((e) => { records.push(e); if (records.length > 100_000) records.length = 0 })
for (let i = 0; i < 20; i++) await dom.getInfo() // warm-up
process.stdout.write(`${JSON.stringify({ ready: true })}\n`)
for await (const line of createInterface({ input: process.stdin })) {
  const [cmd, arg] = line.split(' ')
  if (cmd === 'quit') break
  if (cmd === 'block') {
    const k = Number(arg)
    const before = records.length
    const t0 = performance.now()
    for (let i = 0; i < k; i++) await dom.getInfo()
    const ms = performance.now() - t0
    if ((mode === 'on' || mode === 'loop') && records.length === before) { process.stdout.write(`${JSON.stringify({ error: 'the subscriber saw nothing' })}\n`); continue }
    process.stdout.write(`${JSON.stringify({ ms })}\n`)
  } else {
    process.stdout.write(`${JSON.stringify({ error: `unknown command ${line}` })}\n`)
  }
}
conn.close()
process.exit(0)
