// events$ at scale, reduced: subscribing on 2,000 domains stays under the bounds
// (≤ 3 MiB of heap per 1,000 domains, ≤ 200 ms), with O(1) libvirt registrations per
// connection, and unsubscribing drops them.
import assert from 'node:assert/strict'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import type { Subscription } from 'rxjs'
import { Connection } from '../../../gobject/index.js'
import { eventStats } from '../../../glib/index.js'
import { domainXml, uniqueName } from '../helpers.js'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

describe('gobject events: events$ on 2,000 domains', function () {
  this.timeout(60_000)
  let conn: Connection

  before(async () => {
    conn = await Connection.open('test:///default')
    for (let i = 0; i < 2000; i++) await conn.createDomain(domainXml(uniqueName('scale')))
    await conn.fetchDomains()
  })
  after(async () => {
    for (const d of conn.getDomains().filter((d) => d.name.startsWith('scale-'))) await d.delete()
    conn.close()
  })

  it('subscribes within 200 ms and 3 MiB per 1,000 domains, with one registration per event kind, and unsubscribing frees them', () => {
    const doms = conn.getDomains().filter((d) => d.name.startsWith('scale-'))
    assert.equal(doms.length, 2000)
    for (const d of doms) void d.uuid
    gc(); gc()
    const heap0 = process.memoryUsage().heapUsed
    const regs0 = eventStats().registrations
    const t = performance.now()
    const subs: Subscription[] = doms.map((d) => d.events$.subscribe(() => undefined))
    const ms = performance.now() - t
    gc(); gc()
    const mib = (process.memoryUsage().heapUsed - heap0) / 1024 / 1024
    assert.ok(ms <= 200, `subscribing took ${ms.toFixed(0)} ms`)
    assert.ok(mib <= 6, `+${mib.toFixed(2)} MiB of heap for 2,000 domains`)
    // Every domain event kind but lifecycle (registered since open), once for all 2,000.
    assert.equal(eventStats().registrations - regs0, 21)
    for (const s of subs) s.unsubscribe()
    assert.equal(eventStats().registrations, regs0)
  })
})
