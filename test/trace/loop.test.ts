// loop$ on a private libvirtd: the remote driver's socket appears as a watched fd when a
// connection opens and goes when it closes; calls show GLib dispatches.
import assert from 'node:assert/strict'
import { readlinkSync } from 'node:fs'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { flushLoop, loop$, type LoopEvent } from '../../glib/index.js'
import { Connection } from '../../gobject/index.js'
import { Libvirtd } from '../support/libvirtd.js'
import { gvir } from '../cli/support.js'

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// libvirt keeps a virConnect (and its socket) open while any of its virDomain handles lives:
// the connection's Domain objects (gvir's domain cache, gvir's own event path) hold theirs
// until V8 collects them, as python-libvirt's do. So the spec collects once after close().
setFlagsFromString('--expose-gc')
const collect = runInNewContext('gc') as () => void

describe('loop$', function () {
  this.timeout(60_000)
  let d: Libvirtd
  before(async () => { d = await Libvirtd.start() })
  after(async () => { await d?.stop() })

  it("shows the connection's socket watched from open to close, and GLib's dispatches", async () => {
    const events: LoopEvent[] = []
    const sockets = new Map<number, string>()
    const sub = loop$.subscribe((e) => {
      events.push(e)
      if (e.event === 'handle_add' && e.fd !== undefined) {
        try { sockets.set(e.fd, readlinkSync(`/proc/self/fd/${e.fd}`)) } catch { /* gone already */ }
      }
    })
    const conn = await Connection.open(d.testUri)
    await conn.fetchDomains()
    await settle(100)
    flushLoop()
    const added = events.filter((e) => e.event === 'handle_add' && e.events === 'r' && sockets.get(e.fd ?? -1)?.startsWith('socket:'))
    assert.ok(added.length > 0, JSON.stringify(events.slice(0, 20)))
    assert.ok(events.some((e) => e.event === 'dispatch' && (e.durationUs ?? -1) >= 0))
    const count = events.length
    conn.close()
    collect()
    for (let i = 0; i < 20 && !events.slice(count).some((e) => e.event === 'handle_remove' && added.some((a) => a.fd === e.fd)); i++) {
      await settle(50)
      flushLoop()
    }
    sub.unsubscribe()
    assert.ok(events.slice(count).some((e) => e.event === 'handle_remove' && added.some((a) => a.fd === e.fd)), 'the socket is no longer watched')
    for (let i = 1; i < events.length; i++) assert.ok((events[i] as LoopEvent).time >= (events[i - 1] as LoopEvent).time)
  })

  it('`gvir trace --loop` prints the loop between the messages', async () => {
    const run = await gvir('--connect', d.testUri, 'trace', '--loop', '--', 'list')
    assert.equal(run.status, 0, run.stderr)
    assert.match(run.stderr, /^ *\d+\.\d{3} L handle_add +fd=\d+ events=r$/m)
    assert.match(run.stderr, /^ *\d+\.\d{3} L dispatch +us=\d+$/m)
    assert.match(run.stderr, /^ *\d+\.\d{3} C > 0x[0-9a-f]+ +msg=remote\.1\.connect_list_all_domains\(call, ok, \d+\)/m)
  })
})
