import assert from 'node:assert/strict'
import { gi } from '../../lib/gi.js'
import type { LibvirtGConfig, LibvirtGObject } from '../../lib/gi.js'
import { VirErrorCode, callAsync, callSync, isVirError } from '../../glib/index.js'
import { openTestConnection, rejection, testDomain } from './libvirt.js'

describe('glib callAsync', () => {
  let conn: LibvirtGObject.Connection
  beforeEach(() => { conn = openTestConnection() })
  afterEach(() => { conn.close() })

  it('resolves with the Finish result, with GLib iterated by the loop glue alone', async () => {
    const fetched: boolean = await callAsync(conn, 'fetchDomains', [])
    assert.equal(fetched, true)
    const caps: LibvirtGConfig.Capabilities = await callAsync(conn, 'getCapabilities', [])
    assert.equal(typeof caps.toXml(), 'string')
    const info: LibvirtGObject.DomainInfo = await callAsync(testDomain(conn), 'getInfo', [])
    assert.equal(info.state, gi().LibvirtGObject.DomainState.RUNNING)
  })

  it('passes the arguments before cancellable and callback', async () => {
    const dom = testDomain(conn)
    dom.stop(0)
    assert.equal(await callAsync(dom, 'start', [0]), true)
    assert.equal(dom.getInfo().state, gi().LibvirtGObject.DomainState.RUNNING)
  })

  it('types names, arguments and results from the GI typings', () => {
    // Compile-time checks: each line below must fail to type-check.
    const never = (): void => {
      // @ts-expect-error no fooAsync/fooFinish pair named 'getName'
      void callAsync(conn, 'getName', [])
      // @ts-expect-error start takes flags: number
      void callAsync(testDomain(conn), 'start', ['0'])
      // @ts-expect-error fetchDomains resolves with a boolean
      const s: Promise<string> = callAsync(conn, 'fetchDomains', [])
      void s
    }
    assert.equal(typeof never, 'function')
  })

  it('rejects with a VirError carrying the libvirt code and the caller\'s stack', async () => {
    const err = await rejection(callAsync(testDomain(conn), 'start', [0]))
    assert.ok(isVirError(err))
    assert.equal(err.code, VirErrorCode.VIR_ERR_INTERNAL_ERROR)
    assert.equal(err.operation, 'Unable to start domain')
    assert.ok(err.cause instanceof Error)
    assert.match(err.stack ?? '', /--- Promise created here ---\n[\s\S]*promisify\.test\.[tj]s/)
  })

  it('rejects with a VirError when the object has no such pair', async () => {
    const err = await rejection(callAsync(conn as unknown as { nopeAsync(): void; nopeFinish(): void }, 'nope', []))
    assert.ok(isVirError(err))
    assert.ok(err.cause instanceof TypeError)
  })

  it('keeps a throw inside the GLib callback from reaching node-gtk', async () => {
    // A real GIO callback whose Finish throws a plain JS error.
    const pair = {
      fetchAsync: (c: null, cb: Parameters<LibvirtGObject.Connection['fetchDomainsAsync']>[1]) => conn.fetchDomainsAsync(c, cb),
      fetchFinish: (): boolean => { throw new RangeError('finish blew up') },
    }
    const err = await rejection(callAsync(pair, 'fetch', []))
    assert.ok(isVirError(err))
    assert.ok(err.cause instanceof RangeError)
    assert.equal(err.code, undefined)
    // The process is still here and libvirt still answers.
    assert.equal(await callAsync(conn, 'fetchDomains', []), true)
  })

  it('runs many calls at once', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => callAsync(conn, 'fetchDomains', [])))
    assert.deepEqual(results, Array(50).fill(true))
  })
})

describe('glib callSync', () => {
  let conn: LibvirtGObject.Connection
  beforeEach(() => { conn = openTestConnection() })
  afterEach(() => { conn.close() })

  it('resolves with the result of a sync-only call', async () => {
    const dom = testDomain(conn)
    assert.equal(await callSync(() => dom.suspend()), true)
    assert.equal(await callSync(() => dom.resume()), true)
  })

  it('rejects with a VirError instead of throwing', async () => {
    const dom = testDomain(conn)
    const pending = callSync(() => dom.resume())
    assert.ok(pending instanceof Promise)
    const err = await rejection(pending)
    assert.ok(isVirError(err))
    assert.equal(err.code, VirErrorCode.VIR_ERR_INTERNAL_ERROR)
  })
})
