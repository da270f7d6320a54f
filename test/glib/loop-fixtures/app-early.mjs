// An app whose GLib main loop returns at once (node-gtk attaches its libuv source, and the
// watcher never runs nested in it): gvir must keep working from Node's loop afterwards.
import { Connection, glib } from 'gvir'
import { gi } from '../../../dist/lib/gi.js'
const { Gio } = gi()
glib.startLoop()
const app = new Gio.Application({ applicationId: 'org.gvir.Early', flags: Gio.ApplicationFlags.NON_UNIQUE })
app.on('activate', () => {})   // returns at once: no hold
app.run([])
setTimeout(async () => {
  const conn = await Connection.open()
  await conn.fetchDomains()
  const [d] = conn.getDomains()
  await d.stop(); await d.start()
  console.log('after early app.run ok', glib.loopStats().iterations > 0)
  conn.close()
}, 50)
