// How an in-process state change's events reach their subscribers and libvirt-glib's
// cache: dispatched at once after the call (gobject/call.ts afterEvents), through the loop
// when the call is made inside a signal handler, and the connection's own domain handlers
// connected only while someone watches.
import assert from 'node:assert/strict'
import { firstValueFrom, filter, take, toArray } from 'rxjs'
import { Connection, type Domain } from '../../gobject/index.js'
import { loopStats } from '../../glib/index.js'
import { domainXml, next, uniqueName } from './helpers.js'

describe('gobject: delivery of in-process events', function () {
  this.timeout(20_000)
  let conn: Connection
  before(async () => { conn = await Connection.open('test:///default') })
  after(() => conn?.close())

  it('has libvirt-glib\'s cache current once delete() resolves, with nobody subscribed', async () => {
    await conn.fetchDomains()
    const name = uniqueName('delivery-cache')
    const dom = await conn.createDomain(domainXml(name))
    assert.equal(conn.findDomainByName(name), dom)
    await dom.delete()
    // libvirt-glib drops a domain from its cache only on the undefined event.
    assert.equal(conn.findDomainByName(name), undefined)
  })

  it('delivers the events of a state change made inside a signal handler, through the loop', async () => {
    const dom = await conn.createDomain(domainXml())
    const stopped = next(dom.stopped$)
    let inner: Promise<void> | undefined
    const sub = dom.started$.subscribe(() => { inner = dom.stop() })
    await dom.start()
    sub.unsubscribe()
    assert.ok(inner, 'the started handler ran before start() resolved')
    await inner
    assert.deepEqual(await stopped, { type: 'stopped', detail: 'destroyed' })
    await dom.delete()
  })

  it('dispatches from the call itself, not from a later turn of the loop', async () => {
    const dom = await conn.createDomain(domainXml())
    const seen: string[] = []
    const sub = dom.events$.subscribe((e) => seen.push(e.type))
    const before = loopStats().dispatches
    const started = dom.start()
    // Still in the same synchronous run: the call has returned its Promise, nothing yielded.
    assert.deepEqual(seen, ['started'])
    assert.ok(loopStats().dispatches > before)
    await started
    await dom.stop()
    sub.unsubscribe()
    await dom.delete()
  })

  it('leaves the events to the loop\'s next turn when no gvir subscription is connected, and loses none', async () => {
    const dom = await conn.createDomain(domainXml())
    const seen: string[] = []
    // A handler outside gvir, straight on the GObject: gvir does not count it as a watcher.
    const ids = ['started', 'stopped'].map((signal) => dom.gobject.connect(signal, () => { seen.push(signal) }))
    const before = loopStats().dispatches
    await dom.start()
    await dom.stop()
    // Nothing dispatched on the calls' account: the two events wait in GLib's context.
    assert.equal(loopStats().dispatches, before)
    assert.deepEqual(seen, [])
    await new Promise((resolve) => setImmediate(resolve))
    assert.deepEqual(seen, ['started', 'stopped'])
    for (const id of ids) dom.gobject.disconnect(id)
    await dom.delete()
  })

  it('connects the domain-added handler only while domainAdded$ is watched, and again on a new watcher', async () => {
    const first = firstValueFrom(conn.domainAdded$)
    const a = await conn.createDomain(domainXml())
    assert.equal(await first, a)
    // Unwatched now: defines go by; a new watcher sees the next one.
    const b = await conn.createDomain(domainXml())
    const second = firstValueFrom(conn.domainAdded$.pipe(filter((d: Domain) => d !== b)))
    const c = await conn.createDomain(domainXml())
    assert.equal(await second, c)
    for (const d of [a, b, c]) await d.delete()
  })

  it('replays a list that includes domains defined while domains$ was unwatched', async () => {
    await conn.fetchDomains()
    const lists = conn.domains$.pipe(take(1), toArray())
    assert.ok((await firstValueFrom(lists))[0]!.length > 0)
    const dom = await conn.createDomain(domainXml())
    const latest = await firstValueFrom(conn.domains$)
    assert.ok(latest.includes(dom))
    await dom.delete()
    const after = await firstValueFrom(conn.domains$)
    assert.ok(!after.includes(dom))
  })
})
