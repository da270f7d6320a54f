// Domain's sync-only calls (suspend, getConfig, setConfig…) on a daemon connection run on a
// worker thread: a stalled libvirtd (SIGSTOP) must not freeze the JS thread, as it froze a
// GTK app's main loop for about a second per click before.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { Connection } from '../../gobject/index.js'
import { VirErrorCode, isVirError } from '../../glib/index.js'
import { Libvirtd } from '../support/libvirtd.js'

describe('gobject: sync-only domain calls off the JS thread', function () {
  this.timeout(60_000)
  let daemon: Libvirtd
  let conn: Connection

  before(async () => {
    daemon = await Libvirtd.start()
    conn = await Connection.open(daemon.testUri)
    await conn.fetchDomains()
  })
  after(async () => {
    conn?.close()
    await daemon?.stop()
  })

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
    process.kill(daemon.pid!, 'SIGSTOP')
    spawn('sh', ['-c', `sleep 0.6; kill -CONT ${daemon.pid}`], { stdio: 'ignore' }).unref()
    let last = performance.now()
    let gap = 0
    const timer = setInterval(() => { const now = performance.now(); gap = Math.max(gap, now - last); last = now }, 5)
    try {
      await domain.suspend()
    } finally {
      clearInterval(timer)
    }
    await domain.resume()
    assert.ok(gap < 200, `the JS thread stalled ${gap.toFixed(0)} ms`)
  })

  const xml = (name: string) => `<domain type='test'><name>${name}</name><memory unit='KiB'>65536</memory><vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os></domain>`

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
    process.kill(daemon.pid!, 'SIGSTOP')
    spawn('sh', ['-c', `sleep 0.6; kill -CONT ${daemon.pid}`], { stdio: 'ignore' }).unref()
    let last = performance.now()
    let gap = 0
    const timer = setInterval(() => { const now = performance.now(); gap = Math.max(gap, now - last); last = now }, 5)
    let domain
    try {
      domain = await conn.createDomain(xml('off-thread-stalled'))
    } finally {
      clearInterval(timer)
    }
    assert.equal(domain.name, 'off-thread-stalled')
    await domain.delete()
    assert.ok(gap < 200, `the JS thread stalled ${gap.toFixed(0)} ms`)
  })
})
