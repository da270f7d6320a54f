// Hostile input to gobject: bad URIs, unknown domains, wrong states, aborted signals, closed
// connections, strings C would cut. Each case is one row; each must end in a typed error
// (or the documented "not found" value) and must not crash the process or change anything.
import assert from 'node:assert/strict'
import { existsSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Connection, type Domain } from '../../gobject/index.js'
import { VirError, VirErrorCode, isAbortError } from '../../glib/index.js'
import { domainXml, uniqueName } from './helpers.js'

type ErrorCheck = (err: unknown) => boolean
const virError = (code?: VirErrorCode): ErrorCheck => (err) =>
  err instanceof VirError && (code === undefined || err.code === code)
const anyVirErrorWithCode: ErrorCheck = (err) => err instanceof VirError && err.code !== undefined
const abort: ErrorCheck = (err) => isAbortError(err)

/** Asserts `run()` rejects (or throws) and that `check` accepts what it failed with. */
async function failsWith(name: string, run: () => unknown, check: ErrorCheck): Promise<void> {
  let failure: unknown
  try {
    await run()
  } catch (err) {
    failure = err
  }
  assert.ok(failure !== undefined, `${name}: did not fail`)
  assert.ok(check(failure), `${name}: failed with ${String(failure)} (${(failure as { codeName?: string })?.codeName})`)
}

describe('reliability: hostile input to gobject', function () {
  this.timeout(30_000)

  describe('bad URIs', () => {
    const rows: [string, unknown, ErrorCheck][] = [
      // Without a local driver libvirt tries the system daemon; the message depends on whether one runs.
      ['an unknown driver', 'nosuchdriver:///x', virError()],
      ['no scheme', 'justtext', virError(VirErrorCode.VIR_ERR_NO_CONNECT)],
      ['unparsable', ':::://', virError(VirErrorCode.VIR_ERR_INTERNAL_ERROR)],
      ['non-ASCII scheme', 'tést:///dé😀', virError(VirErrorCode.VIR_ERR_INTERNAL_ERROR)],
      ['a missing test-driver file', 'test:///nonexistent/node.xml', virError(VirErrorCode.VIR_ERR_XML_ERROR)],
      ['100,000 characters', `test:///${'a'.repeat(100_000)}`, virError()],
      // A system error: libvirt's text is free-form; its code is the one libvirt dispatched with that text.
      ['a socket that does not exist', 'test+unix:///default?socket=/nonexistent/sock', virError(VirErrorCode.VIR_ERR_SYSTEM_ERROR)],
      ['an embedded NUL', 'test:///default\0junk', virError(VirErrorCode.VIR_ERR_INVALID_ARG)],
      ['null (from JavaScript)', null, virError(VirErrorCode.VIR_ERR_INVALID_ARG)],
      ['options where the URI goes (from JavaScript)', { readOnly: true }, virError(VirErrorCode.VIR_ERR_INVALID_ARG)],
    ]
    for (const [what, uri, check] of rows) {
      it(`rejects ${what} with a typed error`, async () => {
        await failsWith(what, () => Connection.open(uri as string), check)
      })
    }
    it('rejects an already-aborted open with AbortError and opens nothing', async () => {
      await failsWith('open', () => Connection.open('test:///default', { signal: AbortSignal.abort() }), abort)
    })
  })

  describe('on one connection', () => {
    let conn: Connection
    let running: Domain
    let shutoff: Domain
    let gone: Domain
    beforeEach(async () => {
      conn = await Connection.open()
      await conn.fetchDomains()
      running = conn.findDomainByName('test')!
      shutoff = await conn.createDomain(domainXml(uniqueName('off')))
      gone = await conn.createDomain(domainXml(uniqueName('gone')))
      await gone.delete()
    })
    afterEach(() => conn.close())

    it('finds no domain for unknown or impossible names, UUIDs and ids', () => {
      for (const name of ['no-such', '', 'te\0st', 'test\0', 'x'.repeat(10_000), '../../etc/passwd']) {
        assert.equal(conn.findDomainByName(name), undefined, JSON.stringify(name.slice(0, 20)))
      }
      for (const uuid of ['', 'zzz', '00000000-0000-0000-0000-000000000000', `${running.uuid}\0`]) {
        assert.equal(conn.getDomain(uuid), undefined, JSON.stringify(uuid))
      }
      // C's int would turn id + 0.5, id + 2^32 or id - 2^32 into the running domain's id.
      // (Its id is 1 only on a fresh test driver: the driver's state lives while any earlier
      // spec's GVirDomain still holds its virConnect, until those wrappers are collected.)
      const id = running.id
      assert.ok(id > 0)
      for (const bad of [-1, 2 ** 31, 2 ** 40, Number.NaN, Infinity, id + 0.5, id + 2 ** 32, id - 2 ** 32]) {
        assert.equal(conn.findDomainById(bad), undefined, String(bad))
      }
      assert.equal(conn.findDomainById(id), running)
    })

    it('rejects calls on a domain that no longer exists with VIR_ERR_NO_DOMAIN', async () => {
      const rows: [string, () => Promise<unknown>][] = [
        ['getInfo', () => gone.getInfo()],
        ['getConfig', () => gone.getConfig()],
        ['start', () => gone.start()],
        ['suspend', () => gone.suspend()],
        ['stop', () => gone.stop()],
        ['delete', () => gone.delete()],
      ]
      for (const [name, run] of rows) await failsWith(name, run, virError(VirErrorCode.VIR_ERR_NO_DOMAIN))
      // libvirt-glib replaces libvirt's error by "Failed to set domain configuration": no code survives.
      await failsWith('setConfig', () => gone.setConfig(domainXml(gone.name)), virError())
    })

    it('rejects operations in the wrong state with a VirError carrying libvirt\'s code, and changes nothing', async () => {
      const rows: [string, () => Promise<unknown>][] = [
        ['start a running domain', () => running.start()],
        ['resume a running domain', () => running.resume()],
        ['suspend a shut-off domain', () => shutoff.suspend()],
        ['resume a shut-off domain', () => shutoff.resume()],
        ['stop a shut-off domain', () => shutoff.stop()],
        ['shut down a shut-off domain', () => shutoff.shutdown()],
        ['save a shut-off domain', () => shutoff.save()],
        ['wake up a running domain', () => running.wakeup()],
      ]
      for (const [name, run] of rows) await failsWith(name, run, anyVirErrorWithCode)
      assert.equal((await running.getInfo()).state, 'running')
      assert.equal((await shutoff.getInfo()).state, 'shutoff')
    })

    it('rejects bad configs with a VirError and defines nothing', async () => {
      await conn.fetchDomains()
      const before = conn.getDomains().length
      const rows: [string, unknown][] = [
        ['an empty document', ''],
        ['blank text', '   \n'],
        ['truncated XML', '<domain type="test"><name>x</name>'],
        ['the wrong root', '<network><name>x</name></network>'],
        ['an embedded NUL', '<domain type="test">\0</domain>'],
        ['a toXml() that throws', { toXml: () => { throw new Error('boom') } }],
        ['a toXml() that returns a number', { toXml: () => 5 }],
        ['null (from JavaScript)', null],
        ['a number (from JavaScript)', 42],
        ['an object with no toXml() (from JavaScript)', {}],
        ['a billion-laughs entity', '<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><domain type="test"><name>&c;</name></domain>'],
      ]
      for (const [what, config] of rows) {
        await failsWith(`createDomain(${what})`, () => conn.createDomain(config as string), virError())
        await failsWith(`startDomain(${what})`, () => conn.startDomain(config as string), virError())
      }
      await conn.fetchDomains()
      assert.equal(conn.getDomains().length, before)
    })

    it('refuses a path with an embedded NUL instead of writing to the path before it', async () => {
      const cut = join(tmpdir(), `gvir-nul-${process.pid}`)
      rmSync(cut, { force: true })
      await failsWith('saveToFile', () => running.saveToFile(`${cut}\0.save`), virError(VirErrorCode.VIR_ERR_INVALID_ARG))
      await failsWith('restoreDomainFromFile', () => conn.restoreDomainFromFile(`${cut}\0.save`), virError(VirErrorCode.VIR_ERR_INVALID_ARG))
      assert.equal(existsSync(cut), false, 'nothing was written to the cut path')
      assert.equal((await running.getInfo()).state, 'running')
    })

    it('rejects an Invalid Date instead of setting the guest clock to the host time', async () => {
      await failsWith('setTime', () => running.setTime(new Date(Number.NaN)), virError(VirErrorCode.VIR_ERR_INVALID_ARG))
    })

    it('rejects every call given an aborted signal with the signal\'s own reason (as fetch), and does nothing', async () => {
      const signal = AbortSignal.abort(new Error('user cancelled'))
      const rows: [string, () => Promise<unknown>][] = [
        ['fetchDomains', () => conn.fetchDomains({ signal })],
        ['getCapabilities', () => conn.getCapabilities({ signal })],
        ['getVersion', () => conn.getVersion({ signal })],
        ['createDomain', () => conn.createDomain(domainXml(), { signal })],
        ['startDomain', () => conn.startDomain(domainXml(), { signal })],
        ['Domain.getInfo', () => running.getInfo({ signal })],
        ['Domain.stop', () => running.stop({ signal })],
        ['Domain.suspend', () => running.suspend({ signal })],
        ['Domain.delete', () => shutoff.delete({ signal })],
        ['Domain.start', () => shutoff.start({ signal })],
        ['Domain.getConfig', () => running.getConfig({ signal })],
        ['Domain.setConfig', () => shutoff.setConfig(domainXml(shutoff.name), { signal })],
        ['Domain.createSnapshot', () => running.createSnapshot(undefined, { signal })],
      ]
      await conn.fetchDomains()
      const before = conn.getDomains().length
      for (const [name, run] of rows) await failsWith(name, run, (err) => err === signal.reason)
      await conn.fetchDomains()
      assert.equal(conn.getDomains().length, before)
      assert.equal((await running.getInfo()).state, 'running')
      assert.equal((await shutoff.getInfo()).state, 'shutoff')
      await running.fetchSnapshots()
      assert.equal(running.getSnapshots().length, 0)
    })

    it('rejects every call on a closed connection with a VirError', async () => {
      conn.close()
      const rows: [string, () => Promise<unknown>][] = [
        ['fetchDomains', () => conn.fetchDomains()],
        ['fetchStoragePools', () => conn.fetchStoragePools()],
        ['fetchNetworks', () => conn.fetchNetworks()],
        ['fetchInterfaces', () => conn.fetchInterfaces()],
        ['getHypervisorName', () => conn.getHypervisorName()],
        ['getVersion', () => conn.getVersion()],
        ['getNodeInfo', () => conn.getNodeInfo()],
        ['getCapabilities', () => conn.getCapabilities()],
        ['getDomainCapabilities', () => conn.getDomainCapabilities()],
        ['createDomain', () => conn.createDomain(domainXml())],
        ['startDomain', () => conn.startDomain(domainXml())],
        ['restoreDomainFromFile', () => conn.restoreDomainFromFile('/nonexistent')],
      ]
      for (const [name, run] of rows) await failsWith(name, run, virError())
      assert.equal(conn.isOpen, false)
    })
  })
})
