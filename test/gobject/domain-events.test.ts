import assert from 'node:assert/strict'
import { firstValueFrom, take, timeout, toArray } from 'rxjs'
import { Connection, type Domain } from '../../gobject/index.js'
import { eventStats } from '../../glib/index.js'
import { domainXml } from './helpers.js'

/** libvirt event registrations gvir has in place in this process right now. */
const registrations = (): number => eventStats().registrations

describe('gobject Domain events: libvirt registrations only for the subscribed kinds', () => {
  let conn: Connection
  let dom: Domain
  let base: number
  before(async () => { conn = await Connection.open() })
  after(() => conn.close())
  beforeEach(async () => {
    dom = await conn.createDomain(domainXml())
    base = registrations()
  })
  afterEach(async () => {
    if ((await dom.getInfo()).state !== 'shutoff') await dom.stop()
    await dom.delete()
  })

  it('registers nothing until someone subscribes', () => {
    void dom.events$
    void dom.started$
    void dom.trayChange$
    assert.equal(registrations(), base)
  })

  it('registers the lifecycle kind once per connection, from open on (the domain cache follows it), whatever started$ and stopped$ do', async () => {
    const other = await conn.createDomain(domainXml())
    const before = eventStats().registrations
    const a = dom.started$.subscribe()
    const b = dom.stopped$.subscribe()
    const c = other.started$.subscribe()
    assert.equal(registrations(), before)
    for (const s of [a, b, c]) s.unsubscribe()
    assert.equal(registrations(), before)
    // A second connection has its own single lifecycle registration, dropped at its close.
    const second = await Connection.open()
    assert.equal(registrations(), before + 1)
    second.close()
    assert.equal(registrations(), before)
    await other.delete()
  })

  it('registers each domain event kind once for events$ on many domains, shared with the per-type Observables', async () => {
    const others = await Promise.all(Array.from({ length: 20 }, () => conn.createDomain(domainXml())))
    const subs = [dom, ...others].map((d) => d.events$.subscribe())
    const tray = dom.trayChange$.subscribe()
    const perConnection = registrations() - base
    // Every domain kind but lifecycle, registered since open: 21 in all for the 21 domains.
    assert.equal(perConnection, 21, `${perConnection} registrations`)
    for (const s of subs) s.unsubscribe()
    assert.equal(registrations(), base + 1, 'tray-change stays registered for trayChange$')
    tray.unsubscribe()
    assert.equal(registrations(), base)
    for (const d of others) await d.delete()
  })

  it('gives each emission\'s detail (booted, destroyed)', async () => {
    const started = firstValueFrom(dom.started$.pipe(timeout(5000)))
    const stopped = firstValueFrom(dom.stopped$.pipe(take(1), toArray(), timeout(5000)))
    await dom.start()
    assert.deepEqual(await started, { type: 'started', detail: 'booted' })
    await dom.stop()
    assert.deepEqual(await stopped, [{ type: 'stopped', detail: 'destroyed' }])
  })

  it('gives the same event object for every emission of one type and detail (nothing allocated per event)', async () => {
    const two = firstValueFrom(dom.started$.pipe(take(2), toArray(), timeout(5000)))
    await dom.start()
    await new Promise((r) => setTimeout(r, 20))
    await dom.stop()
    await dom.start()
    const [first, second] = await two
    assert.equal(first, second)
    assert.ok(Object.isFrozen(first))
  })
})
