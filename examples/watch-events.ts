// Print every domain lifecycle event as it happens, like `virsh event --all --loop`,
// for SECONDS seconds (default 10). To see events on test:///default, this script also
// stops and starts the test domain; point it at a daemon URI to watch another process.
// node dist/examples/watch-events.js [URI] [SECONDS]
import { merge, map, switchMap, takeUntil, timer } from 'rxjs'
import { Connection } from '../lib/index.js'

const uri = process.argv[2] ?? 'test:///default'
const seconds = Number(process.argv[3] ?? 10)
const conn = await Connection.open(uri)
await conn.fetchDomains()

// One stream for all domains, present and future: re-subscribed when the list changes.
const until = timer(seconds * 1000)
const sub = conn.domains$
  .pipe(
    switchMap((domains) => merge(...domains.map((d) => d.events$.pipe(map((e) => ({ domain: d.name, ...e })))))),
    takeUntil(until),
  )
  .subscribe((e) => console.log(`${new Date().toISOString()} ${e.domain}: ${e.type}${e.detail ? ` (${e.detail})` : ''}`))

if (uri.startsWith('test:///')) {
  const test = conn.findDomainByName('test')
  if (test) {
    await test.stop()
    await test.start()
  }
}
until.subscribe(() => {
  sub.unsubscribe()
  conn.close()
})
