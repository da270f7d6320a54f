// libvirt-glib's sync-only domain calls on a worker thread, against a real libvirtd: they
// do what the blocking calls do, fail as VirError, and leave the JS thread free even when
// the daemon stalls (SIGSTOP), where the blocking call freezes it.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { callInThread, callSync, init, isVirError, listDomainsInThread, VirErrorCode } from '../../glib/index.js'
import { gi, type LibvirtGObject } from '../../lib/gi.js'
import { Libvirtd } from '../support/libvirtd.js'

/** The longest gap between ticks of a 5 ms timer while `work` runs. */
async function maxTimerGap(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now()
  let gap = 0
  const timer = setInterval(() => {
    const now = performance.now()
    gap = Math.max(gap, now - last)
    last = now
  }, 5)
  try {
    await work().catch(() => {})
  } finally {
    clearInterval(timer)
  }
  return Math.max(gap, performance.now() - last)
}

describe('glib callInThread', function () {
  this.timeout(60_000)
  let daemon: Libvirtd
  let conn: LibvirtGObject.Connection

  before(async () => {
    init()
    daemon = await Libvirtd.start()
    conn = gi().LibvirtGObject.Connection.new(daemon.testUri)
    conn.open(null)
  })
  after(async () => {
    conn?.close()
    await daemon?.stop()
  })

  function domain(): LibvirtGObject.Domain {
    conn.fetchDomains(null)
    const d = conn.findDomainByName('test')
    assert.ok(d, 'the test driver has its test domain')
    return d
  }
  const state = (d: LibvirtGObject.Domain) => d.getInfo().state

  it('suspends, stops and reads the config off the JS thread, as the blocking calls do', async () => {
    const d = domain()
    const { DomainState } = gi().LibvirtGObject
    await callInThread(d, 'suspend')
    assert.equal(state(d), DomainState.PAUSED)
    d.resume()
    const xml = await callInThread(d, 'getConfig', 0)
    assert.match(xml ?? '', /<name>test<\/name>/)
    await callInThread(d, 'stop', 0)
    assert.equal(state(d), DomainState.SHUTOFF)
    d.start(0)
  })

  it('defines a new configuration with setConfig', async () => {
    const d = domain()
    const xml = (await callInThread(d, 'getConfig', 2))!
    await callInThread(d, 'setConfig', 0, xml.replace(/<memory[^>]*>\d+<\/memory>/, "<memory unit='KiB'>1048576</memory>"))
    assert.match((await callInThread(d, 'getConfig', 2))!, />1048576</)
  })

  it('rejects with a VirError carrying libvirt\'s code', async () => {
    const d = domain()
    await callInThread(d, 'stop', 0)
    const err = await callInThread(d, 'stop', 0).catch((e: unknown) => e)
    assert.ok(isVirError(err), String(err))
    assert.equal(err.code, VirErrorCode.VIR_ERR_OPERATION_INVALID)
    assert.equal(err.operation, 'Unable to stop domain')
    d.start(0)
  })

  it('rejects an aborted signal at once, without calling libvirt', async () => {
    const d = domain()
    const err = await callInThread(d, 'stop', 0, undefined, { signal: AbortSignal.abort() }).catch((e: unknown) => e)
    assert.equal((err as DOMException).name, 'AbortError')
    assert.equal(state(d), gi().LibvirtGObject.DomainState.RUNNING)
  })

  it('keeps the JS thread free while the daemon stalls, where the blocking call freezes it', async () => {
    const d = domain()
    // The wake-up comes from another process: a blocked JS thread runs no timer.
    const stall = async (ms: number) => {
      process.kill(daemon.pid!, 'SIGSTOP')
      spawn('sh', ['-c', `sleep ${ms / 1000}; kill -CONT ${daemon.pid}`], { stdio: 'ignore' }).unref()
    }
    await stall(600)
    const threaded = await maxTimerGap(() => callInThread(d, 'getConfig', 0))
    await new Promise((r) => setTimeout(r, 100))
    await stall(600)
    const blocking = await maxTimerGap(() => callSync(() => d.getConfig(0).toXml()))
    assert.ok(threaded < 200, `worker-thread call: the JS thread stalled ${threaded.toFixed(0)} ms`)
    assert.ok(blocking > 400, `blocking call: the JS thread only stalled ${blocking.toFixed(0)} ms (the stall did not bite)`)
  })

  it('lists every domain with name, uuid, id and state straight from libvirt', async () => {
    const d = domain()
    const rows = await listDomainsInThread(conn)
    const row = rows.find((r) => r.name === 'test')
    assert.ok(row, JSON.stringify(rows))
    assert.equal(row.uuid, d.getUuid())
    assert.equal(row.state, d.getInfo().state)
    assert.equal(row.id, d.getId())
    assert.equal(rows.length, conn.getDomains().length)
  })

  it('rejects the listing of a closed connection with a VirError', async () => {
    const closed = gi().LibvirtGObject.Connection.new(daemon.testUri)
    const err = await listDomainsInThread(closed).catch((e: unknown) => e)
    assert.ok(isVirError(err), String(err))
    assert.match(err.message, /not open/)
  })
})
