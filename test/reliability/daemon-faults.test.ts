// Daemon faults on a real libvirtd (test/support/libvirtd.ts): kill -9 with calls in
// flight and with only subscribers, several "hosts" in a Manager, read-only refusals, and
// 1,000 concurrent calls. Figures are printed for the report.
import assert from 'node:assert/strict'
import { Connection, Manager, type Domain } from '../../gobject/index.js'
import { VirError, VirErrorCode } from '../../glib/index.js'
import { Libvirtd } from '../support/libvirtd.js'
import { badOutcomes, domainXml, figure, next, settleWithin, sleep, track, uniqueName, waitFor, within } from './helpers.js'

/** A mix of async calls a busy client would have in flight. */
function inFlight(conn: Connection, dom: Domain, n: number): Promise<unknown>[] {
  const calls: Promise<unknown>[] = []
  for (let i = 0; i < n; i++) {
    switch (i % 4) {
      case 0: calls.push(dom.getInfo()); break
      case 1: calls.push(conn.getCapabilities()); break
      case 2: calls.push(dom.fetchSnapshots()); break
      default: calls.push(conn.fetchStoragePools())
    }
  }
  return calls
}

describe('reliability: daemon faults', function () {
  this.timeout(60_000)

  describe('kill -9 of libvirtd', () => {
    let d: Libvirtd
    beforeEach(async () => { d = await Libvirtd.start() })
    afterEach(async () => { await d?.stop() })

    it('rejects every in-flight call with a VirError within 5 s, emits closed$ once, and reopens after restart', async () => {
      const conn = await Connection.open(d.testUri)
      await conn.fetchDomains()
      const dom = conn.findDomainByName('test')!
      let closed = 0
      const closedSub = conn.closed$.subscribe(() => closed++)
      const events = dom.events$.subscribe()

      const calls = inFlight(conn, dom, 400)
      let killedAt = 0
      const tracked = track(calls, () => killedAt)
      killedAt = performance.now()
      await d.kill('SIGKILL')
      const outcomes = await within(tracked, 5_000)

      assert.deepEqual(badOutcomes(outcomes), [], 'every call settles within 5 s, failures as VirError')
      const rejected = outcomes.filter((o) => o.status === 'rejected')
      assert.ok(rejected.length > 0, 'some calls were still in flight at the kill')
      const latency = Math.max(...rejected.map((o) => (o.status === 'rejected' ? o.ms : 0)))
      figure('reject latency after kill -9', `${rejected.length}/${calls.length} in flight, all rejected within ${latency.toFixed(1)} ms of the kill`)

      // The next calls fail at once instead of hanging, and closed$ has fired exactly once.
      const t = performance.now()
      await assert.rejects(dom.getInfo(), VirError)
      await assert.rejects(conn.getVersion(), VirError)
      await assert.rejects(conn.fetchDomains(), VirError)
      assert.ok(performance.now() - t < 1_000)
      await sleep(300)
      assert.equal(closed, 1)
      assert.equal(conn.isOpen, false)
      closedSub.unsubscribe()
      events.unsubscribe()
      conn.close()
      assert.equal(closed, 1, 'close() after the loss emits nothing more')

      await d.restart()
      const again = await Connection.open(d.testUri)
      try {
        assert.equal(await again.getHypervisorName(), 'TEST')
        await again.fetchDomains()
        assert.ok(again.findDomainByName('test'))
      } finally {
        again.close()
      }
    })

    it('emits closed$ once while only subscribed (no call made), through the liveness probe', async () => {
      const conn = await Connection.open(d.testUri, { probeIntervalMs: 250 })
      await conn.fetchDomains()
      let closed = 0
      let lists = 0
      const sub = conn.closed$.subscribe(() => closed++)
      const domains = conn.domains$.subscribe(() => lists++)
      const lost = next(conn.closed$, 5_000)
      await sleep(300)
      const killedAt = performance.now()
      await d.kill('SIGKILL')
      await lost
      figure('closed$ latency after kill -9, idle, probe every 250 ms', `${(performance.now() - killedAt).toFixed(0)} ms`)
      await sleep(600)
      assert.equal(closed, 1)
      assert.equal(lists, 2, 'domains$ replayed the list, then emitted the empty list once')
      assert.equal(conn.isOpen, false)
      sub.unsubscribe()
      domains.unsubscribe()
    })

    it('notices the kill through libvirt\'s close callback even when nobody listens or calls (issue 15), and later calls reject', async () => {
      const conn = await Connection.open(d.testUri, { probeIntervalMs: 0 })
      let closed = 0
      conn.closed$.subscribe(() => closed++).unsubscribe()
      await d.kill('SIGKILL')
      await sleep(400)
      assert.equal(conn.isOpen, false, 'libvirt told gvir at once: no probe, no call')
      assert.equal(closed, 0, 'the subscriber had left')
      await assert.rejects(conn.getCapabilities(), VirError)
    })

    it('rejects calls made on a connection that was lost, without touching libvirt', async () => {
      const conn = await Connection.open(d.testUri)
      await conn.fetchDomains()
      const dom = conn.findDomainByName('test')!
      await d.kill('SIGKILL')
      await assert.rejects(conn.getVersion(), VirError)
      const calls = [dom.getInfo(), dom.getConfig(), dom.suspend(), dom.resume(), dom.stop(), conn.getCapabilities(), conn.createDomain(domainXml())]
      const outcomes = await settleWithin(calls, () => 0, 5_000)
      assert.ok(outcomes.every((o) => o.status === 'rejected' && o.error instanceof VirError), JSON.stringify(outcomes))
    })
  })

  describe('a Manager with three hosts', () => {
    const hosts: Libvirtd[] = []
    before(async () => { for (let i = 0; i < 3; i++) hosts.push(await Libvirtd.start()) })
    after(async () => { for (const h of hosts) await h.stop() })

    it('reports the lost host through connectionClosed$ while the other two keep working', async () => {
      const manager = Manager.create()
      const conns = await Promise.all(hosts.map((h) => Connection.open(h.testUri, { probeIntervalMs: 250 })))
      for (const c of conns) manager.addConnection(c)
      const lost: Connection[] = []
      const sub = manager.connectionClosed$.subscribe((c) => lost.push(c))
      try {
        await hosts[1]!.kill('SIGKILL')
        await waitFor(() => lost.length > 0, 5_000, 'the manager reporting the loss')
        assert.deepEqual(lost, [conns[1]])
        assert.equal(manager.getConnections().length, 3, 'the lost host stays listed, as virt-manager shows a disconnected host')
        for (const i of [0, 2]) {
          const c = conns[i]!
          assert.equal(c.isOpen, true)
          await c.fetchDomains()
          const name = uniqueName('host')
          const dom = await c.createDomain(domainXml(name))
          await dom.start()
          assert.equal((await dom.getInfo()).state, 'running')
          await dom.stop()
          await dom.delete()
        }
        await sleep(600)
        assert.equal(lost.length, 1, 'only the dead host is reported')
      } finally {
        sub.unsubscribe()
        for (const c of conns) c.close()
      }
    })
  })

  describe('read-only connections', () => {
    let d: Libvirtd
    let rw: Connection
    before(async () => {
      d = await Libvirtd.start()
      // The daemon's test driver keeps its state while a connection holds it: rw watches the state.
      rw = await Connection.open(d.testUri)
      await rw.fetchDomains()
    })
    after(async () => {
      rw?.close()
      await d?.stop()
    })

    type Write = readonly [string, (c: Connection, dom: Domain) => Promise<unknown>]
    const writes: Write[] = [
      ['createDomain', (c) => c.createDomain(domainXml())],
      ['startDomain', (c) => c.startDomain(domainXml())],
      ['Domain.stop', (_c, dom) => dom.stop()],
      ['Domain.suspend', (_c, dom) => dom.suspend()],
      ['Domain.resume', (_c, dom) => dom.resume()],
      ['Domain.shutdown', (_c, dom) => dom.shutdown()],
      ['Domain.reboot', (_c, dom) => dom.reboot()],
      ['Domain.delete', (_c, dom) => dom.delete()],
      ['Domain.setConfig', async (_c, dom) => dom.setConfig(await dom.getConfig())],
      ['Domain.save', (_c, dom) => dom.save()],
      ['Domain.createSnapshot', (_c, dom) => dom.createSnapshot()],
    ]
    /**
     * Writes libvirt refuses but whose error libvirt-glib would replace by its own text, so
     * that no code survived: none any more (gvir makes the snapshot calls to libvirt itself).
     */
    const codeLostByLibvirtGlib = new Set<string>()

    for (const [uriKind, open] of [
      ['the read-only socket', () => Connection.open(d.uri('test', { readOnly: true }))],
      ['openReadOnly on the read-write socket', () => Connection.open(d.testUri, { readOnly: true })],
    ] as const) {
      it(`refuses every write with VIR_ERR_OPERATION_DENIED over ${uriKind} and changes nothing`, async () => {
        const ro = await open()
        try {
          await ro.fetchDomains()
          const dom = ro.findDomainByName('test')!
          const before = { list: rw.getDomains().map((x) => x.name).sort(), xml: (await rw.findDomainByName('test')!.getConfig()).toXml() }
          for (const [name, write] of writes) {
            await assert.rejects(write(ro, dom), (err: unknown) => {
              assert.ok(err instanceof VirError, `${name}: ${String(err)}`)
              if (codeLostByLibvirtGlib.has(name)) assert.equal(err.code, undefined, `${name}: libvirt-glib now keeps the code: ${err.message}`)
              else assert.equal(err.code, VirErrorCode.VIR_ERR_OPERATION_DENIED, `${name}: ${err.message}`)
              return true
            }, name)
          }
          await rw.fetchDomains()
          const test = rw.findDomainByName('test')!
          assert.deepEqual(rw.getDomains().map((x) => x.name).sort(), before.list)
          assert.equal((await test.getInfo()).state, 'running')
          assert.equal((await test.getConfig()).toXml(), before.xml)
          await test.fetchSnapshots()
          assert.equal(test.getSnapshots().length, 0, 'no snapshot was made')
          // Reads still work.
          assert.equal((await dom.getInfo()).state, 'running')
        } finally {
          ro.close()
        }
      })
    }
  })

  describe('1,000 concurrent calls on one connection', () => {
    let d: Libvirtd
    before(async () => { d = await Libvirtd.start() })
    after(async () => { await d?.stop() })

    for (const [where, uri] of [['libvirtd (test+unix)', () => d.testUri], ['in-process test:///default', () => 'test:///default']] as const) {
      it(`all complete without failure: ${where}`, async () => {
        const conn = await Connection.open(uri())
        try {
          await conn.fetchDomains()
          const dom = conn.findDomainByName('test')!
          const t = performance.now()
          const calls = inFlight(conn, dom, 1_000)
          const outcomes = await settleWithin(calls, () => t, 30_000)
          const ms = performance.now() - t
          const failed = outcomes.filter((o) => o.status !== 'fulfilled')
          assert.equal(failed.length, 0, JSON.stringify(failed.slice(0, 3)))
          figure(`1,000 concurrent calls, ${where}`, `${ms.toFixed(0)} ms, ${(1000 / (ms / 1000)).toFixed(0)} calls/s`)
        } finally {
          conn.close()
        }
      })
    }
  })
})
