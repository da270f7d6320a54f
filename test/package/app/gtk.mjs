// The README's GTK skeleton as an app writes it (`import gi from 'node-gtk'` beside gvir), run
// under xvfb-run by test/package/package.test.ts: it fills a Gtk.ListBox from domains$ and
// prints the rows, the domains and every node_gtk.node mapped into the process (one copy: the
// app's node-gtk is gvir's).
import gi from 'node-gtk'
import { Connection } from 'gvir'
import { readFileSync } from 'node:fs'

const Gtk = gi.require('Gtk', '4.0')
// NON_UNIQUE (32): under xvfb-run there is no session bus to register a unique name on.
const app = new Gtk.Application('org.example.Vms', 32)
let conn
app.on('activate', () => {
  const window = new Gtk.ApplicationWindow({ application: app })
  const list = new Gtk.ListBox()
  window.setChild(list)
  window.present()
  Connection.open('test:///default').then(async (c) => {
    conn = c
    const names = []
    c.domains$.subscribe((domains) => {
      for (const d of domains) if (!names.includes(d.name)) { names.push(d.name); list.append(new Gtk.Label({ label: d.name })) }
    })
    await c.fetchDomains()
    const rows = []
    for (let row = list.getFirstChild(); row; row = row.getNextSibling()) rows.push(row.getChild().getLabel())
    const binaries = new Set(readFileSync('/proc/self/maps', 'utf8').split('\n').filter((l) => l.endsWith('node_gtk.node')).map((l) => l.split(/\s+/).pop()))
    console.log(JSON.stringify({ rows, domains: names, nodeGtkBinaries: [...binaries] }))
  }).catch((err) => { console.log(JSON.stringify({ error: String(err) })) }).finally(() => app.quit())
})
app.on('shutdown', () => conn?.close())
// node-gtk's run() returns at once here and GTK's loop runs within Node's: the output above
// comes from inside it.
app.run([])
