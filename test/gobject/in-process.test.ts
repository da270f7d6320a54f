import assert from 'node:assert/strict'
import { Connection } from '../../gobject/index.js'
import { isInProcessUri } from '../../gobject/call.js'
import { isAbortError, isVirError, loopStats, VirErrorCode } from '../../glib/index.js'
import { domainXml } from './helpers.js'

describe('gobject in-process calls (the test driver answers on the JS thread)', () => {
  it('names only libvirt\'s embedded test driver as in-process', () => {
    const table: [string, boolean][] = [
      ['test:///default', true],
      ['test:///tmp/node.xml', true],
      ['TEST:///default', true],
      ['test+unix:///default', false],
      ['test://host/default', false],
      ['qemu:///system', false],
      ['qemu+ssh://host/system', false],
      ['not a uri', false],
      ['', false],
    ]
    for (const [uri, expected] of table) assert.equal(isInProcessUri(uri), expected, uri)
  })

  describe('on test:///default', () => {
    let conn: Connection
    before(async () => { conn = await Connection.open() })
    after(() => conn.close())

    it('marks the connection in-process', () => {
      assert.equal(conn.inProcess, true)
    })

    it('answers fetchDomains, getInfo and getCapabilities without a GLib round trip', async () => {
      const dom = await conn.createDomain(domainXml())
      await dom.start()
      const before = loopStats().iterations
      await conn.fetchDomains()
      assert.equal((await dom.getInfo()).state, 'running')
      await conn.getCapabilities()
      assert.equal(loopStats().iterations, before)
      await dom.stop()
      await dom.delete()
    })

    it('delivers a state change\'s events before the call resolves, as on a daemon', async () => {
      const dom = await conn.createDomain(domainXml())
      const seen: string[] = []
      const sub = dom.events$.subscribe((e) => seen.push(`${e.type}:${e.detail}`))
      await dom.start()
      assert.deepEqual(seen, ['started:booted'])
      await dom.suspend()
      assert.deepEqual(seen.slice(1), ['suspended:paused'])
      await dom.resume()
      await dom.stop()
      assert.deepEqual(seen.slice(2), ['resumed:unpaused', 'stopped:destroyed'])
      sub.unsubscribe()
      await dom.delete()
    })

    it('rejects an in-process failure with the libvirt code, like the async path', async () => {
      const dom = await conn.createDomain(domainXml())
      await dom.delete()
      await assert.rejects(dom.getInfo(), (err: unknown) => isVirError(err) && err.code === VirErrorCode.VIR_ERR_NO_DOMAIN)
    })

    it('refuses a string argument with a NUL, as the async path does', async () => {
      await assert.rejects(conn.getDomainCapabilities({ arch: 'x86_64\0junk' }), (err: unknown) => isVirError(err) && err.code === VirErrorCode.VIR_ERR_INVALID_ARG)
    })

    it('rejects with an AbortError, without calling libvirt, when the signal already aborted', async () => {
      const dom = await conn.createDomain(domainXml())
      await assert.rejects(dom.start({ signal: AbortSignal.abort() }), isAbortError)
      assert.equal((await dom.getInfo()).state, 'shutoff')
      await dom.delete()
    })
  })
})
