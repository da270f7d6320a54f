// What a new user writes: ESM with top-level await, no GLib in sight. It must print
// the events it waited for and then exit by itself once the connection is closed.
import { Connection } from 'gvir'
import { firstValueFrom } from 'rxjs'

const conn = await Connection.open('test:///default')
await conn.fetchDomains()
const [domain] = conn.getDomains()
const stopped = firstValueFrom(domain.events$)
await domain.stop()
console.log('event', JSON.stringify(await stopped))
const started = firstValueFrom(domain.events$)
await domain.start()
console.log('event', JSON.stringify(await started))
console.log('state', (await domain.getInfo()).state)
conn.close()
