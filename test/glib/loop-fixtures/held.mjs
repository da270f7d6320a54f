// A subscription alone must keep the process alive; releasing it must let it exit.
// glib's fromSignal on the GVirDomain of a closed connection: nothing else holds the
// process (gobject's own Observables complete when their connection closes).
import { Connection, fromSignal } from 'gvir'

const conn = await Connection.open('test:///default')
await conn.fetchDomains()
const [domain] = conn.getDomains()
conn.close()
const sub = fromSignal(domain.gobject, 'started').subscribe(() => {})
console.log('subscribed', Date.now())
process.on('exit', () => console.log('exit', Date.now()))
if (process.env.RELEASE_AFTER_MS) setTimeout(() => sub.unsubscribe(), Number(process.env.RELEASE_AFTER_MS)).unref()
