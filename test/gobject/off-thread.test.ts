// Domain's sync-only calls (suspend, getConfig, setConfig…) on a daemon connection run on a
// worker thread: a stalled libvirtd (SIGSTOP) must not freeze the JS thread, as it froze a
// GTK app's main loop for about a second per click before.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { Connection } from '../../gobject/index.js'
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
})
