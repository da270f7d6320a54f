import assert from 'node:assert/strict'
import { gi } from '../../lib/gi.js'
import type { LibvirtGObject } from '../../lib/gi.js'
import { VirErrorCode as C, callSync, isVirError, recordLibvirtErrors } from '../../glib/index.js'
import type { VirError } from '../../glib/index.js'
import { domainConfig, openTestConnection, testDomain } from './libvirt.js'

/** The VirError a real libvirt-glib call rejects with through callSync. */
async function failure(fn: () => unknown): Promise<VirError> {
  try {
    await callSync(fn)
  } catch (err) {
    assert.ok(isVirError(err), `not a VirError: ${String(err)}`)
    return err
  }
  throw new Error('the call succeeded')
}

describe('glib VirError: codes of errors provoked on libvirt test:///default', () => {
  let conn: LibvirtGObject.Connection
  beforeEach(() => { conn = openTestConnection() })
  afterEach(() => { conn.close() })

  it('rejects with VIR_ERR_OPERATION_INVALID when stopping a stopped domain', async () => {
    const dom = testDomain(conn)
    dom.stop(0)
    const err = await failure(() => dom.stop(0))
    assert.equal(err.code, C.VIR_ERR_OPERATION_INVALID)
    assert.equal(err.codeName, 'VIR_ERR_OPERATION_INVALID')
    assert.equal(err.operation, 'Unable to stop domain')
    assert.equal(err.info, 'domain is not running')
    assert.ok(err.cause instanceof Error)
    assert.equal(err.message, (err.cause as Error).message)
    dom.start(0)
  })

  it('rejects with VIR_ERR_INTERNAL_ERROR when resuming a domain that is not paused', async () => {
    const err = await failure(() => testDomain(conn).resume())
    assert.equal(err.code, C.VIR_ERR_INTERNAL_ERROR)
    assert.equal(err.operation, 'Unable to resume domain')
  })

  it('rejects with VIR_ERR_NO_DOMAIN when the domain is gone', async () => {
    const dom = conn.createDomain(domainConfig('gone'))
    dom.delete(0)
    const err = await failure(() => dom.getInfo())
    assert.equal(err.code, C.VIR_ERR_NO_DOMAIN)
    assert.equal(err.operation, 'Unable to get domain info')
    assert.equal((await failure(() => dom.delete(0))).code, C.VIR_ERR_NO_DOMAIN)
  })

  it('rejects with VIR_ERR_XML_ERROR when a domain XML has a bad value', async () => {
    const conf = gi().LibvirtGConfig.Domain.newFromXml(
      '<domain type="test"><name>bad</name><memory>abc</memory><os><type>hvm</type></os></domain>')
    const err = await failure(() => conn.createDomain(conf))
    assert.equal(err.code, C.VIR_ERR_XML_ERROR)
    assert.equal(err.operation, 'Failed to create domain')
  })

  it('rejects with VIR_ERR_XML_ERROR when a storage pool XML has a bad type', async () => {
    const conf = gi().LibvirtGConfig.StoragePool.newFromXml('<pool type="bogus"><name>p</name></pool>')
    const err = await failure(() => conn.createStoragePool(conf, 0))
    assert.equal(err.code, C.VIR_ERR_XML_ERROR)
    assert.equal(err.operation, 'Failed to create storage pool')
  })

  it('gives no code to garbage XML, which libvirt-gconfig rejects before libvirt sees it', async () => {
    const err = await failure(() => gi().LibvirtGConfig.Domain.newFromXml('<domain>garbage'))
    assert.equal(err.code, undefined)
    assert.equal(err.operation, 'Unable to parse configuration')
    assert.match(err.detail, /Premature end of data/)
  })

  it('rejects with VIR_ERR_NO_NAME when a domain config has no name', async () => {
    const err = await failure(() => conn.createDomain(gi().LibvirtGConfig.Domain.new()))
    assert.equal(err.code, C.VIR_ERR_NO_NAME)
    assert.equal(err.detail, 'missing name information')
  })

  it('rejects with VIR_ERR_CONFIG_UNSUPPORTED for an unknown OS type', async () => {
    const conf = gi().LibvirtGConfig.Domain.newFromXml(
      '<domain type="test"><name>os</name><memory>1024</memory><os><type>bogus</type></os></domain>')
    assert.equal((await failure(() => conn.createDomain(conf))).code, C.VIR_ERR_CONFIG_UNSUPPORTED)
  })

  it('rejects with VIR_ERR_NO_SOURCE and VIR_ERR_NO_TARGET for incomplete disks', async () => {
    const noSource = domainConfig('d1', '<devices><disk type="file"><target dev="vda"/></disk></devices>')
    const noTarget = domainConfig('d2', '<devices><disk type="file" device="disk"><source file="/x"/></disk></devices>')
    assert.equal((await failure(() => conn.createDomain(noSource))).code, C.VIR_ERR_NO_SOURCE)
    assert.equal((await failure(() => conn.createDomain(noTarget))).code, C.VIR_ERR_NO_TARGET)
  })

  it('rejects with VIR_ERR_NO_SUPPORT for what the test driver lacks', async () => {
    const err = await failure(() => conn.getDomainCapabilities(null, null, null, null, 0))
    assert.equal(err.code, C.VIR_ERR_NO_SUPPORT)
    assert.equal(err.info, 'virConnectGetDomainCapabilities')
  })

  it('rejects with VIR_ERR_INVALID_ARG for unsupported flags', async () => {
    const err = await failure(() => testDomain(conn).reboot(0x3020))
    assert.equal(err.code, C.VIR_ERR_INVALID_ARG)
    assert.equal(err.operation, 'Unable to reboot domain')
  })

  it('rejects with VIR_ERR_OPERATION_FAILED for a duplicate domain name', async () => {
    const err = await failure(() => conn.createDomain(domainConfig('test')))
    assert.equal(err.code, C.VIR_ERR_OPERATION_FAILED)
    assert.match(err.detail, /already exists/)
  })

  it('rejects with VIR_ERR_NO_STORAGE_POOL when the pool is gone', async () => {
    // createStoragePool defines a persistent, inactive pool; undefining removes it.
    const pool = conn.createStoragePool(
      gi().LibvirtGConfig.StoragePool.newFromXml('<pool type="dir"><name>gone-pool</name><target><path>/tmp</path></target></pool>'), 0)
    pool.undefine()
    const err = await failure(() => pool.getInfo())
    assert.equal(err.code, C.VIR_ERR_NO_STORAGE_POOL)
    assert.equal(err.operation, 'Unable to get storage pool info')
  })

  it('rejects with VIR_ERR_OPERATION_INVALID when starting an active pool', async () => {
    const pool = conn.getStoragePools()[0]!
    // The test driver's state is shared by the process: another spec may have stopped it.
    if (pool.getInfo().state !== gi().LibvirtGObject.StoragePoolState.RUNNING) pool.start(0)
    const err = await failure(() => pool.start(0))
    assert.equal(err.code, C.VIR_ERR_OPERATION_INVALID)
    assert.equal(err.operation, 'Failed to start storage pool')
  })

  it('gives a system error (a "%s" format, no code in its text) the code libvirt dispatched with that very text, and its full text', async () => {
    // Raw node-gtk calls, and other specs re-initialise libvirt-glib (which sets its own error
    // function back): make gvir's recorder libvirt's error function, as gvir's own calls do.
    recordLibvirtErrors()
    const err = await failure(() => testDomain(conn).saveToFile('/nonexistent/dir/x', null, 0))
    // python-libvirt: 38 for the same call (test/gobject/error-codes.test.ts compares such cases)
    assert.equal(err.code, C.VIR_ERR_SYSTEM_ERROR)
    assert.equal(err.operation, 'Unable to save domain to file')
    assert.match(err.detail, /No such file or directory/)
  })
})
