// Domain's sync-only calls (suspend, getConfig, setConfig…) on a daemon connection run on a
// worker thread: a stalled libvirtd (SIGSTOP) must not freeze the JS thread, as it froze a
// GTK app's main loop for about a second per click before.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { Connection } from '../../gobject/index.js'
import { VirErrorCode, isVirError } from '../../glib/index.js'
import type { Libvirtd } from '../support/libvirtd.js'
import { daemonConnection, domainXml as xml } from './helpers.js'

describe('gobject: sync-only domain calls off the JS thread', function () {
  this.timeout(60_000)
  const suite = daemonConnection()
  let daemon: Libvirtd
  let conn: Connection

  before(async () => {
    ({ daemon, conn } = suite)
    await conn.fetchDomains()
  })

  /** `call()`'s value and the longest gap of a 5 ms timer while libvirtd is stopped for 0.6 s under it. */
  async function whileStalled<T>(call: () => Promise<T>): Promise<{ value: T, gap: number }> {
    process.kill(daemon.pid!, 'SIGSTOP')
    spawn('sh', ['-c', `sleep 0.6; kill -CONT ${daemon.pid}`], { stdio: 'ignore' }).unref()
    let last = performance.now()
    let gap = 0
    const timer = setInterval(() => { const now = performance.now(); gap = Math.max(gap, now - last); last = now }, 5)
    try {
      return { value: await call(), gap }
    } finally {
      clearInterval(timer)
    }
  }

  it('suspends, resumes, reads and writes the config of a daemon\'s domain', async () => {
    const domain = conn.findDomainByName('test')!
    await domain.suspend()
    assert.equal((await domain.getInfo()).state, 'paused')
    await domain.resume()
    const config = await domain.getConfig({ inactive: true })
    config.description = 'set off the JS thread'
    await domain.setConfig(config)
    assert.equal((await domain.getConfig({ inactive: true })).description, 'set off the JS thread')
  })

  it('keeps the JS thread ticking while the daemon is stalled under a suspend', async () => {
    const domain = conn.findDomainByName('test')!
    const { gap } = await whileStalled(() => domain.suspend())
    await domain.resume()
    assert.ok(gap < 200, `the JS thread stalled ${gap.toFixed(0)} ms`)
  })


  it('aborting a suspend sent to a stalled daemon rejects with the TimeoutError of AbortSignal.timeout(), and cannot take the request back', async () => {
    const domain = conn.findDomainByName('test')!
    assert.equal((await domain.getInfo()).state, 'running')
    const signal = AbortSignal.timeout(200)
    const t0 = performance.now()
    const err = await whileStalled(() => domain.suspend({ signal }).then(() => undefined, (e: unknown) => e)).then((r) => r.value)
    const waited = performance.now() - t0
    assert.equal(err, signal.reason)
    assert.equal((err as DOMException).name, 'TimeoutError')
    assert.ok(waited < 590, `rejected after ${waited.toFixed(0)} ms, not when the signal aborted`)
    // libvirt had the request: once the daemon runs again the domain is paused all the same (as the TSDoc says).
    let state = (await domain.getInfo()).state
    for (let i = 0; i < 50 && state !== 'paused'; i++) state = await new Promise((r) => setTimeout(r, 20)).then(() => domain.getInfo()).then((i) => i.state)
    assert.equal(state, 'paused')
    await domain.resume()
  })

  it('defines and starts domains on a worker thread, returning the Domain the connection caches', async () => {
    const defined = await conn.createDomain(xml('off-thread-defined'))
    assert.equal(conn.findDomainByName('off-thread-defined'), defined)
    assert.equal(defined.persistent, true)
    const started = await conn.startDomain(xml('off-thread-transient'))
    assert.equal(conn.getDomain(started.uuid), started)
    assert.equal(started.persistent, false)
    assert.equal((await started.getInfo()).state, 'running')
    await started.stop()
    await defined.delete()
  })

  it('rejects bad documents from createDomain and startDomain with typed errors, defining nothing', async () => {
    const code = (c: VirErrorCode) => (err: unknown) => isVirError(err) && err.code === c
    await assert.rejects(conn.createDomain(''), code(VirErrorCode.VIR_ERR_XML_ERROR))
    await assert.rejects(conn.startDomain('  \n'), code(VirErrorCode.VIR_ERR_XML_ERROR))
    await assert.rejects(conn.createDomain(`${xml('off-thread-nul')}\0<junk/>`), code(VirErrorCode.VIR_ERR_INVALID_ARG))
    // libvirt's own code for a document libxml2 refuses, as virsh reports it
    await assert.rejects(conn.createDomain('<domain type='), code(VirErrorCode.VIR_ERR_XML_DETAIL))
    await assert.rejects(conn.createDomain(xml('test')), code(VirErrorCode.VIR_ERR_OPERATION_FAILED))
    await assert.rejects(conn.startDomain(xml('test')), code(VirErrorCode.VIR_ERR_OPERATION_FAILED))
    assert.equal((await conn.listAllDomains()).some((d) => d.name === 'off-thread-nul'), false)
  })

  it('keeps the JS thread ticking while the daemon is stalled under a createDomain', async () => {
    const { gap, value: domain } = await whileStalled(() => conn.createDomain(xml('off-thread-stalled')))
    assert.equal(domain.name, 'off-thread-stalled')
    await domain.delete()
    assert.ok(gap < 200, `the JS thread stalled ${gap.toFixed(0)} ms`)
  })

  it('answers the other blocking calls of connections, pools, volumes, networks, interfaces and snapshots alike off the JS thread', async () => {
    const local = await Connection.open() // the same test driver, in-process: its answers on the JS thread
    try {
      assert.equal(await conn.getHypervisorName(), await local.getHypervisorName())
      assert.equal((await conn.getVersion()).text, (await local.getVersion()).text)
      assert.deepEqual(await conn.getNodeInfo(), await local.getNodeInfo())
      for (const c of [conn, local]) await Promise.all([c.fetchStoragePools(), c.fetchNetworks(), c.fetchInterfaces()])
      const pool = conn.findStoragePoolByName('default-pool')!
      const localPool = local.findStoragePoolByName('default-pool')!
      assert.deepEqual(await pool.getInfo(), await localPool.getInfo())
      assert.equal((await pool.getConfig()).toXml(), (await localPool.getConfig()).toXml())
      const autostart = await pool.getAutostart()
      await pool.setAutostart(!autostart)
      assert.equal(await pool.getAutostart(), !autostart)
      await pool.setAutostart(autostart)
      const vol = await pool.createVolume(`<volume><name>off-thread.img</name><capacity unit='bytes'>1048576</capacity></volume>`)
      assert.match(await vol.getPath(), /off-thread\.img$/)
      assert.deepEqual(await vol.getInfo(), { type: 'file', capacity: 1048576, allocation: 1048576 })
      assert.equal((await vol.getConfig()).name, 'off-thread.img')
      // The test driver cannot resize: libvirt's refusal comes back typed from the worker.
      await assert.rejects(vol.resize(2 * 1048576), (err: unknown) => isVirError(err) && err.code === VirErrorCode.VIR_ERR_NO_SUPPORT)
      await vol.delete()
      await pool.refresh()
      assert.equal(pool.getVolume('off-thread.img'), undefined)
      const network = conn.findNetworkByName('default')!
      assert.equal((await network.getConfig()).toXml(), (await local.findNetworkByName('default')!.getConfig()).toXml())
      const iface = conn.getInterfaces()[0]!
      assert.equal((await iface.getConfig()).toXml(), (await local.findInterfaceByMac(iface.mac)!.getConfig()).toXml())
      if (!conn.findDomainByName('test')) await conn.fetchDomains()
      const domain = conn.findDomainByName('test')!
      const devices = await domain.getDevices()
      await local.fetchDomains()
      const localDevices = await local.findDomainByName('test')!.getDevices()
      assert.deepEqual(devices.map((d) => [d.constructor.name, d.getConfigXml()]), localDevices.map((d) => [d.constructor.name, d.getConfigXml()]))
      assert.ok(devices.length > 0)
      assert.equal(devices[0]!.domain, domain)
      assert.equal(await domain.getPersistent(), true)
      assert.equal(await domain.getSaved(), false)
      const transient = await conn.startDomain(xml('off-thread-flags'))
      assert.equal(await transient.getPersistent(), false)
      await transient.stop()
      await assert.rejects(transient.getPersistent(), (err: unknown) => isVirError(err) && err.code === VirErrorCode.VIR_ERR_NO_DOMAIN)
      const snapshot = await domain.createSnapshot('<domainsnapshot><name>off-thread</name><description>taken through a daemon</description></domainsnapshot>')
      const config = await snapshot.getConfig()
      assert.equal(config.description, 'taken through a daemon')
      assert.equal(await domain.getHasCurrentSnapshot(), true)
      assert.equal(await snapshot.isCurrent(), true)
      config.description = 'changed through a daemon'
      await snapshot.setConfig(config)
      assert.equal((await snapshot.getConfig()).description, 'changed through a daemon')
      await snapshot.delete()
      const { mime, data } = await domain.screenshot()
      let bytes = 0
      for await (const chunk of data) bytes += (chunk as Buffer).length
      assert.equal(mime, 'image/png')
      assert.ok(bytes > 1000, `${bytes} bytes`)
      const created = await conn.createStoragePool(`<pool type='dir'><name>off-thread-pool</name><target><path>${daemon.mkdir('off-thread-pool')}</path></target></pool>`)
      assert.equal(conn.getStoragePool(created.uuid), created)
      assert.equal((await created.getInfo()).state, 'inactive')
      await created.undefine()
    } finally {
      local.close()
    }
  })

  it('keeps the JS thread ticking while the daemon is stalled under any of them', async () => {
    await Promise.all([conn.fetchStoragePools(), conn.fetchNetworks()])
    const pool = conn.findStoragePoolByName('default-pool')!
    const network = conn.findNetworkByName('default')!
    if (!conn.findDomainByName('test')) await conn.fetchDomains()
    const domain = conn.findDomainByName('test')!
    const { gap, value: answers } = await whileStalled(() => Promise.all([
      conn.getHypervisorName(), conn.getVersion(), conn.getNodeInfo(),
      pool.getInfo(), pool.getAutostart(), pool.getConfig(), network.getConfig(), domain.getHasCurrentSnapshot(), domain.getPersistent(), domain.getDevices(),
      // The test driver keeps no leases: its refusal comes back from the worker all the same.
      network.getDhcpLeases().catch((err: unknown) => err),
      conn.createStoragePool(`<pool type='dir'><name>stalled-pool</name><target><path>${daemon.mkdir('stalled-pool')}</path></target></pool>`),
    ]))
    await (answers[11] as { undefine(): Promise<void> }).undefine()
    assert.ok(isVirError(answers[10]), String(answers[10]))
    assert.equal(answers[0], 'TEST')
    assert.equal((answers[3] as { state: string }).state, 'running')
    assert.ok(gap < 200, `the JS thread stalled ${gap.toFixed(0)} ms`)
  })
})
