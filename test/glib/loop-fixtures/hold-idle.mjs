// Holds a subscription with nothing happening for IDLE_MS, then reports how often the
// loop glue woke up and how much CPU the process used, and lets go.
import { Connection, glib } from 'gvir'

const idleMs = Number(process.env.IDLE_MS ?? 2000)
const conn = await Connection.open('test:///default')
const sub = conn.domainAdded$.subscribe(() => {})
// Node and V8 wake their own loop often during the first half second (compile and GC
// tasks posted to the main thread); measure the steady state that follows.
await new Promise((resolve) => setTimeout(resolve, 1000))
const before = glib.loopStats()
const cpu0 = process.cpuUsage()
const t0 = performance.now()
setTimeout(() => {
  const cpu = process.cpuUsage(cpu0)
  const wall = performance.now() - t0
  const after = glib.loopStats()
  console.log(JSON.stringify({
    iterations: after.iterations - before.iterations,
    cpuPercent: ((cpu.user + cpu.system) / 1000 / wall) * 100,
    wallMs: wall,
  }))
  sub.unsubscribe()
  conn.close()
}, idleMs)
