// The ownership rule of gobject/object.ts, soaked: transient GVirConfig objects are
// freed at once, exposed objects survive collection of every JS wrapper gvir doesn't hold.
// Reduced counts here; bench/gobject runs 20,000.
import assert from 'node:assert/strict'
import { setImmediate as tick } from 'node:timers/promises'
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { Connection, type Domain } from '../../gobject/index.js'
import { releaseTransient, useTransient } from '../../gobject/object.js'
import { gi, nodeGtk } from '../../lib/gi.js'
import { domainXml } from './helpers.js'

// Works with or without node's --expose-gc: the flag can be turned on at run time.
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

/** Collects garbage and lets node-gtk's deferred teardown (a GLib idle) run. */
async function collect(): Promise<void> {
  const ctx = gi().GLib.MainContext.default()
  for (let i = 0; i < 3; i++) {
    gc()
    await tick()
    while (ctx.iteration(false));
  }
}

/**
 * RSS without V8's young generation: after a forced GC new space holds nothing live, but V8
 * keeps its grown capacity resident until the process has been quiet for ~5 s
 * (bench/reliability/README.md), up to 16 MiB that would read as growth in a long test run.
 */
function rssWithoutNewSpace(): number {
  const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.physical_space_size ?? 0
  return process.memoryUsage().rss - young
}

const refCount = (o: object): number => (nodeGtk() as unknown as { System: { refCount(o: object): number } }).System.refCount(o)

describe('gobject ownership rule', function () {
  this.timeout(120_000)
  let conn: Connection
  let dom: Domain
  before(async () => { conn = await Connection.open(); await conn.fetchDomains(); dom = conn.findDomainByName('test')! })
  after(() => conn.close())

  it('finalizes a transient GVirConfig object at once (its only ref is node-gtk\'s)', () => {
    const conf = dom.gobject.getConfig(0)
    assert.equal(refCount(conf), 1)
    const xml = useTransient(conf, (c) => c.toXml())
    assert.match(xml, /^<domain/)
  })

  it('never releases an object something else still holds', () => {
    // The connection's cache holds every GVirDomain: releasing must refuse.
    assert.ok(refCount(dom.gobject) > 1)
    assert.equal(releaseTransient(dom.gobject), false)
    assert.equal(dom.gobject.getName(), 'test')
  })

  /**
   * RSS growth over the last two of three windows of 3,000 `call()`s, each ended by a full
   * collection: the first absorbs the one-time plateau (malloc's high-water mark, which a
   * process that already ran hundreds of specs reaches differently,
   * bench/reliability/README.md); the next two must stay flat.
   */
  async function growthOverWindows(call: () => Promise<unknown>): Promise<number> {
    const marks: number[] = []
    for (let w = 0; w < 3; w++) {
      for (let i = 0; i < 3000; i++) {
        await call()
        if (i % 500 === 0) await collect()
      }
      await collect()
      marks.push(rssWithoutNewSpace())
    }
    return (marks[2]! - marks[0]!) / 2 ** 20
  }

  it('keeps RSS flat over 6,000 getConfig() calls after a warm-up', async () => {
    const grown = await growthOverWindows(() => dom.getConfig())
    assert.ok(grown < 8, `RSS grew ${grown.toFixed(1)} MiB`)
  })

  it('keeps RSS flat over 6,000 getDevices() calls after a warm-up', async () => {
    // libvirt-glib's gvir_domain_get_devices never unrefs the config it reads: +21 KiB a
    // call, 126 MiB over these windows, before gvir built the devices itself.
    const grown = await growthOverWindows(() => dom.getDevices())
    assert.ok(grown < 8, `RSS grew ${grown.toFixed(1)} MiB`)
  })

  it('survives define/start/stop/delete cycles with every wrapper collected in between (no use-after-free)', async () => {
    for (let i = 0; i < 50; i++) {
      const d = await conn.createDomain(domainXml())
      await d.start()
      await collect()
      const c = await d.getConfig()
      assert.equal(c.name, d.name)
      await d.stop()
      await d.delete()
      await collect()
    }
    assert.equal(dom.gobject.getName(), 'test')
    assert.equal(conn.findDomainByName('test'), dom, 'identity holds across collections')
  })
})
