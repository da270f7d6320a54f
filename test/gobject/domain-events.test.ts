import assert from 'node:assert/strict'
import { firstValueFrom, take, timeout, toArray } from 'rxjs'
import { Connection, Domain, domainEventDetails, type DomainEventType } from '../../gobject/index.js'
import { gi } from '../../lib/gi.js'
import { domainXml } from './helpers.js'

/** The signal types with a handler connected on `dom` right now. */
function connectedTypes(dom: Domain): DomainEventType[] {
  const { GObject } = gi()
  const gtype = dom.gobject.__gtype__
  // A handler bound to a detail is found only by asking with that detail.
  const pending = (type: DomainEventType, detail: string | undefined) =>
    GObject.signalHasHandlerPending(dom.gobject, GObject.signalLookup(type, gtype), detail ? gi().GLib.quarkFromString(detail) : 0, true)
  return (Object.keys(domainEventDetails) as DomainEventType[]).filter((type) => {
    const details = domainEventDetails[type] as readonly string[]
    return details.length === 0 ? pending(type, undefined) : details.some((d) => pending(type, d))
  })
}

describe('gobject Domain events: handlers only for the subscribed signal types', () => {
  let conn: Connection
  let dom: Domain
  before(async () => { conn = await Connection.open() })
  after(() => conn.close())
  beforeEach(async () => { dom = await conn.createDomain(domainXml()) })
  afterEach(async () => {
    if ((await dom.getInfo()).state !== 'shutoff') await dom.stop()
    await dom.delete()
  })

  it('connects one handler per detail of the subscribed type only', () => {
    const { GObject } = gi()
    const sub = dom.started$.subscribe()
    const started = GObject.signalLookup('started', dom.gobject.__gtype__)
    for (const detail of domainEventDetails.started) {
      assert.equal(GObject.signalHasHandlerPending(dom.gobject, started, gi().GLib.quarkFromString(detail), true), true, detail)
    }
    assert.equal(GObject.signalHasHandlerPending(dom.gobject, started, gi().GLib.quarkFromString('no-such-detail'), true), false)
    sub.unsubscribe()
  })

  it('connects nothing until someone subscribes', () => {
    void dom.events$
    void dom.started$
    assert.deepEqual(connectedTypes(dom), [])
  })

  it('connects only started\'s handlers for started$, one per detail, and disconnects it when the last subscriber leaves', () => {
    const a = dom.started$.subscribe()
    const b = dom.started$.subscribe()
    assert.deepEqual(connectedTypes(dom), ['started'])
    a.unsubscribe()
    assert.deepEqual(connectedTypes(dom), ['started'])
    b.unsubscribe()
    assert.deepEqual(connectedTypes(dom), [])
  })

  it('connects each of the six signal types once for events$, shared with the per-type Observables', () => {
    const all = dom.events$.subscribe()
    const started = dom.started$.subscribe()
    assert.deepEqual(connectedTypes(dom), Object.keys(domainEventDetails))
    all.unsubscribe()
    assert.deepEqual(connectedTypes(dom), ['started'])
    started.unsubscribe()
    assert.deepEqual(connectedTypes(dom), [])
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
