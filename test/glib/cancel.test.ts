import assert from 'node:assert/strict'
import { gi } from '../../lib/gi.js'
import type { Gio, LibvirtGObject } from '../../lib/gi.js'
import { callAsync, callSync, isAbortError } from '../../glib/index.js'
import { openTestConnection, rejection, testDomain } from './libvirt.js'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('glib cancellation', () => {
  let conn: LibvirtGObject.Connection
  beforeEach(() => { conn = openTestConnection() })
  afterEach(() => { conn.close() })

  it('rejects at once with the signal\'s own reason, as fetch does, without calling libvirt, when the signal already aborted', async () => {
    const dom = testDomain(conn)
    dom.stop(0)
    const reason = new Error('user gave up')
    const err = await rejection(callAsync(dom, 'start', [0], { signal: AbortSignal.abort(reason) }))
    assert.equal(err, reason)
    // and the reason is left as the user made it: no call site appended to a shared object
    assert.doesNotMatch(reason.stack ?? '', /Promise created here/)
    const plain = await rejection(callAsync(dom, 'start', [0], { signal: AbortSignal.abort() }))
    assert.ok(plain instanceof DOMException)
    assert.equal(plain.name, 'AbortError')
    assert.ok(isAbortError(plain))
    // libvirt never started the domain.
    await sleep(50)
    assert.equal(dom.getInfo().state, gi().LibvirtGObject.DomainState.SHUTOFF)
  })

  it('does not run a sync-only call when the signal already aborted', async () => {
    const dom = testDomain(conn)
    const err = await rejection(callSync(() => dom.stop(0), { signal: AbortSignal.abort() }))
    assert.ok(isAbortError(err))
    assert.equal(dom.getInfo().state, gi().LibvirtGObject.DomainState.RUNNING)
  })

  it('rejects with AbortError when a libvirt call is aborted while pending', async () => {
    const controller = new AbortController()
    const pending = callAsync(conn, 'fetchDomains', [], { signal: controller.signal })
    controller.abort('stop it')
    const err = await rejection(pending)
    assert.equal(err, 'stop it')
    // The connection still works afterwards.
    assert.equal(await callAsync(conn, 'fetchDomains', []), true)
  })

  it('rejects with the TimeoutError DOMException of AbortSignal.timeout(), the signal\'s reason, as fetch does', async () => {
    const signal = AbortSignal.timeout(1)
    await sleep(20)
    const err = await rejection(callAsync(conn, 'fetchDomains', [], { signal }))
    assert.ok(err instanceof DOMException)
    assert.equal(err.name, 'TimeoutError')
    assert.equal(err, signal.reason)
    assert.ok(isAbortError(err))
    const sync = await rejection(callSync(() => 1, { signal }))
    assert.equal(sync, signal.reason)
  })

  describe('on a GIO operation that waits until cancelled', () => {
    let proc: Gio.Subprocess
    let stdout: Gio.InputStream
    beforeEach(() => {
      const { Gio } = gi()
      proc = Gio.Subprocess.new(['sleep', '30'], Gio.SubprocessFlags.STDOUT_PIPE)
      stdout = proc.getStdoutPipe()!
    })
    afterEach(() => { proc.forceExit() })

    it('cancels the GIO operation and rejects with AbortError', async () => {
      const controller = new AbortController()
      const read = callAsync(stdout, 'readBytes', [4096, 0], { signal: controller.signal })
      await sleep(100)
      assert.equal(stdout.hasPending(), true, 'the read is waiting for data')
      const t0 = Date.now()
      controller.abort()
      const err = await rejection(read)
      assert.ok(isAbortError(err))
      assert.ok(Date.now() - t0 < 1000)
      // GIO finished the cancelled read: the stream no longer has it pending.
      for (let i = 0; i < 50 && stdout.hasPending(); i++) await sleep(10)
      assert.equal(stdout.hasPending(), false)
    })

    it('ignores an abort that comes after the call settled', async () => {
      const controller = new AbortController()
      const ok = await callAsync(conn, 'fetchDomains', [], { signal: controller.signal })
      controller.abort()
      assert.equal(ok, true)
    })
  })
})
