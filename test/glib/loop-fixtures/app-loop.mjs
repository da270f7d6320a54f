// An app that runs its own GLib main loop (Gio.Application.run) uses gvir unchanged
// inside it, and gvir keeps working from Node's loop after the app's loop returns.
import { Connection } from 'gvir'
import { gi } from '../../../dist/lib/gi.js'
import { firstValueFrom } from 'rxjs'

const { Gio } = gi()
const app = new Gio.Application({ applicationId: 'org.gvir.LoopTest', flags: Gio.ApplicationFlags.NON_UNIQUE })
let conn
app.on('activate', async () => {
  app.hold()
  try {
    conn = await Connection.open('test:///default')
    await conn.fetchDomains()
    const [domain] = conn.getDomains()
    const stopped = firstValueFrom(domain.stopped$ ?? domain.events$)
    await domain.stop()
    console.log('inside', JSON.stringify(await stopped))
    await new Promise((resolve) => setTimeout(resolve, 20))
    console.log('inside timer')
  } catch (err) {
    console.log('error', String(err))
  } finally {
    app.release()
  }
})
app.on('shutdown', () => setTimeout(afterwards, 20))
app.run([])

async function afterwards() {
  const [domain] = conn.getDomains()
  const started = firstValueFrom(domain.events$)
  await domain.start()
  console.log('after', JSON.stringify(await started))
  await conn.fetchDomains()
  console.log('after fetch', conn.getDomains().length)
  conn.close()
}
