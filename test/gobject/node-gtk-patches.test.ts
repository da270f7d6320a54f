// What gvir's patches to node-gtk 4.1.1 (patches/node-gtk, applied by scripts/patch-node-gtk.mjs
// at set-up) guarantee. Unpatched, each of these fails.
import assert from 'node:assert/strict'
import { setImmediate as tick } from 'node:timers/promises'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { init } from '../../glib/index.js'
import { useTransient } from '../../gobject/object.js'
import { gi, nodeGtk } from '../../lib/gi.js'
import { domainXml } from './helpers.js'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

describe('node-gtk as patched for gvir', () => {
  before(() => init())

  it('runs GIO callbacks in the main context: the GAsyncResult is a GObject.Object of this realm (0001)', async () => {
    const { LibvirtGObject, GObject } = gi()
    const conn = LibvirtGObject.Connection.new('test:///default')
    const seen = await new Promise<{ isObject: boolean, sameSource: boolean }>((resolve) => {
      conn.openAsync(null, (source, result) => {
        try { conn.openFinish(result) } catch { /* the assertion below says what matters */ }
        resolve({ isObject: result instanceof GObject.Object, sameSource: source === conn })
      })
    })
    conn.close()
    // Unpatched, node-gtk made a new V8 Context per callback, so wrappers built for its
    // arguments came from another realm's constructors (and cost ~0.3 ms each call).
    assert.deepEqual(seen, { isObject: true, sameSource: true })
  })

  it('frees transfer-full string returns: 2,000 toXml() of a 64 KiB document grow RSS by far less than they return (0002)', async () => {
    const { LibvirtGConfig, GLib } = gi()
    const big = domainXml().replace('</name>', `</name><description>${'x'.repeat(64 * 1024)}</description>`)
    const ctx = GLib.MainContext.default()
    const rss = async () => { for (let i = 0; i < 3; i++) { gc(); await tick(); while (ctx.iteration(false)); } return process.memoryUsage().rss }
    await useTransient(LibvirtGConfig.Domain.newFromXml(big), async (conf) => {
      for (let i = 0; i < 200; i++) conf.toXml()
      const before = await rss()
      for (let i = 0; i < 2000; i++) conf.toXml()
      const grown = (await rss()) - before
      // Unpatched: every call leaked its 64 KiB copy, 125 MiB in all.
      assert.ok(grown < 16 * 2 ** 20, `RSS grew ${(grown / 2 ** 20).toFixed(1)} MiB`)
    })
  })

  it('frees transfer-full GList returns: 200 getDomains() leave each domain\'s refcount as it was, and the domains usable (0003)', async () => {
    const { LibvirtGObject } = gi()
    const refCount = (o: object): number => (nodeGtk() as unknown as { System: { refCount(o: object): number } }).System.refCount(o)
    const conn = LibvirtGObject.Connection.new('test:///default')
    conn.open(null)
    conn.fetchDomains(null)
    const test = conn.findDomainByName('test')!
    const before = refCount(test)
    for (let i = 0; i < 200; i++) conn.getDomains()
    // Unpatched, each read left one reference per element: +200.
    assert.equal(refCount(test), before)
    gc()
    await tick()
    for (const dom of conn.getDomains()) assert.equal(typeof dom.getInfo().state, 'number')
    conn.close()
  })

  it('lets a disconnected handler be collected: disconnect() frees its slot in the wrapper (0004)', async () => {
    const { Gio } = gi()
    const action = Gio.SimpleAction.new('soak', null)
    // deref() keeps its target alive until the job ends: collect in a fresh job, look after.
    const collected = async (ref: WeakRef<object>): Promise<boolean> => {
      for (let i = 0; i < 3; i++) {
        await tick()
        gc()
        await tick()
        if (ref.deref() === undefined) return true
      }
      return false
    }
    const connectAndDisconnect = (): WeakRef<object> => {
      const handler = (): void => undefined
      action.disconnect(action.connect('activate', handler))
      return new WeakRef(handler)
    }
    const ref = connectAndDisconnect()
    // Unpatched, the wrapper's handler array kept every handler ever connected.
    assert.equal(await collected(ref), true)
    assert.equal(action.name, 'soak', 'the wrapper itself is still here')
  })

  it('reuses freed slots without mixing handlers up: each live handler sees its own emissions (0004)', () => {
    const { Gio } = gi()
    const action = Gio.SimpleAction.new('slots', null)
    const seen = { a: 0, b: 0, c: 0, gone: 0 }
    const a = action.connect('activate', () => seen.a++)
    for (let i = 0; i < 1000; i++) action.disconnect(action.connect('activate', () => seen.gone++))
    const b = action.connect('activate', () => seen.b++)
    action.activate(null)
    action.disconnect(a)
    // c takes a's slot: only c may answer for it now.
    action.connect('activate', () => seen.c++)
    action.activate(null)
    action.disconnect(b)
    action.activate(null)
    assert.deepEqual(seen, { a: 1, b: 2, c: 2, gone: 0 })
  })
})
