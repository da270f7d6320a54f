import assert from 'node:assert/strict'
import { Connection, Manager, lookupObject, wrapObject, Domain } from '../../gobject/index.js'
import { domainXml } from './helpers.js'

describe('gobject identity', () => {
  let conn: Connection
  before(async () => { conn = await Connection.open(); await conn.fetchDomains() })
  after(() => conn.close())

  it('gives the same Domain for the same GVirDomain through every lookup', () => {
    const a = conn.findDomainByName('test')!
    assert.equal(conn.getDomain(a.uuid), a)
    assert.equal(conn.findDomainById(a.id), a)
    assert.ok(conn.getDomains().includes(a))
    assert.equal(wrapObject(a.gobject, Domain), a)
    assert.equal(lookupObject(a.gobject), a)
  })

  it('gives the Domain of a signal === the one createDomain returned', async () => {
    let fromSignal: Domain | undefined
    const sub = conn.domainAdded$.subscribe((d) => { fromSignal = d })
    const dom = await conn.createDomain(domainXml())
    await new Promise((r) => setTimeout(r, 50))
    sub.unsubscribe()
    assert.equal(fromSignal, dom)
    await dom.delete()
  })

  it('exposes the node-gtk GVir object as .gobject', () => {
    const a = conn.findDomainByName('test')!
    assert.equal(a.gobject.getName(), 'test')
  })

  it('refuses to wrap a GObject as a second, unrelated class', () => {
    const a = conn.findDomainByName('test')!
    assert.throws(() => wrapObject(a.gobject as never, Manager), TypeError)
  })

  it('tracks connections in a Manager with its signals', async () => {
    const m = Manager.create()
    const added: Connection[] = []
    const removed: Connection[] = []
    const s1 = m.connectionAdded$.subscribe((c) => added.push(c))
    const s2 = m.connectionRemoved$.subscribe((c) => removed.push(c))
    m.addConnection(conn)
    assert.deepEqual(m.getConnections(), [conn])
    assert.equal(m.findConnectionByUri('test:///default'), conn)
    assert.equal(m.findConnectionByUri('qemu:///nope'), undefined)
    m.removeConnection(conn)
    s1.unsubscribe(); s2.unsubscribe()
    assert.deepEqual(added, [conn])
    assert.deepEqual(removed, [conn])
    assert.deepEqual(m.getConnections(), [])
  })
})
