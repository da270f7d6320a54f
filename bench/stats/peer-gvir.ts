// gvir's side of bench/stats: a long-lived child of run.ts, one command a line on stdin,
// one JSON line on stdout (bench/support/peer-process.ts's protocol):
//   `poll MS INTERVAL`  subscribes Domain.stats$ for every domain of the connection for MS
//                       ms at INTERVAL ms, and answers with its CPU time (all threads),
//                       RSS, the bulk calls made and the samples received;
//   `quit`              exits.
import { createInterface } from 'node:readline'
import { Connection } from '../../lib/index.js'
import { statsPollers } from '../../gobject/domain-stats.js'

const conn = await Connection.open(process.argv[2])
await conn.fetchDomains()
const domains = conn.getDomains()
const reply = (answer: unknown): void => { process.stdout.write(`${JSON.stringify(answer)}\n`) }

async function poll(ms: number, intervalMs: number): Promise<unknown> {
  let samples = 0
  let calls = 0
  const cpu = process.cpuUsage()
  const subs = domains.map((d) => d.stats$({ intervalMs }).subscribe(() => { samples++ }))
  await new Promise((r) => setTimeout(r, ms))
  calls = statsPollers(conn).get(intervalMs)?.calls ?? 0
  for (const s of subs) s.unsubscribe()
  const used = process.cpuUsage(cpu)
  return { cpuMs: (used.user + used.system) / 1000, rssMiB: process.memoryUsage.rss() / 2 ** 20, calls, samples, domains: domains.length }
}

reply({ ready: true })
for await (const line of createInterface({ input: process.stdin })) {
  const [cmd, ...args] = line.trim().split(/\s+/)
  if (cmd === 'quit') break
  try {
    if (cmd === 'poll') reply(await poll(Number(args[0]), Number(args[1])))
    else reply({ error: `unknown command: ${line}` })
  } catch (err) {
    reply({ error: String(err) })
  }
}
conn.close()
