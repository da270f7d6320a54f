// Connection.listAllDomains: every domain with name, uuid, id and state straight from
// libvirt, without a Domain per row; on the in-process test driver (JS thread) and on a
// private libvirtd (worker thread, states from filtered listings).
import assert from 'node:assert/strict'
import { Connection, type Domain, type DomainSummary } from '../../gobject/index.js'
import { isAbortError, isVirError } from '../../glib/index.js'
import { Libvirtd } from '../support/libvirtd.js'
import { domainXml, uniqueName } from './helpers.js'

/** What fetchDomains + getInfo say about the same domains, as summaries. */
async function viaDomains(conn: Connection): Promise<DomainSummary[]> {
  await conn.fetchDomains()
  return Promise.all(conn.getDomains().map(async (d: Domain) => ({ name: d.name, uuid: d.uuid, id: d.id, state: (await d.getInfo()).state })))
}

const byUuid = (rows: readonly DomainSummary[]) => [...rows].sort((a, b) => a.uuid.localeCompare(b.uuid))

/** The specs both connections must pass; `open` gives a fresh connection to the same hypervisor. */
function listingSpecs(open: () => Promise<Connection>): void {
  it('lists every domain with the name, uuid, id and state the Domain objects report', async () => {
    const conn = await open()
    const names = [uniqueName('list-off'), uniqueName('list-run'), uniqueName('list-paused')]
    const [off, run, paused] = await Promise.all(names.map((n) => conn.createDomain(domainXml(n))))
    try {
      await run!.start()
      await paused!.start()
      await paused!.suspend()
      const rows = await conn.listAllDomains()
      assert.deepEqual(byUuid(rows), byUuid(await viaDomains(conn)))
      const row = (name: string) => rows.find((r) => r.name === name)
      assert.deepEqual(row(names[0]!), { name: names[0], uuid: off!.uuid, id: -1, state: 'shutoff' })
      assert.equal(row(names[1]!)?.state, 'running')
      assert.equal(row(names[1]!)?.id, run!.id)
      assert.ok(run!.id > 0)
      assert.equal(row(names[2]!)?.state, 'paused')
    } finally {
      for (const d of [run!, paused!]) await d.stop().catch(() => undefined)
      for (const d of [off!, run!, paused!]) await d.delete()
      conn.close()
    }
  })

  it('builds no Domain: the connection\'s cache stays as it was', async () => {
    const conn = await open()
    try {
      const rows = await conn.listAllDomains()
      assert.ok(rows.length > 0)
      assert.deepEqual(conn.getDomains(), [])
    } finally {
      conn.close()
    }
  })

  it('rejects with an AbortError when the signal has aborted, before calling libvirt', async () => {
    const conn = await open()
    try {
      const err = await conn.listAllDomains({ signal: AbortSignal.abort() }).catch((e: unknown) => e)
      assert.ok(isAbortError(err), String(err))
    } finally {
      conn.close()
    }
  })

  it('rejects with a VirError saying the connection is not open once it is closed', async () => {
    const conn = await open()
    conn.close()
    const err = await conn.listAllDomains().catch((e: unknown) => e)
    assert.ok(isVirError(err), String(err))
    assert.match(err.message, /not open/)
  })
}

describe('gobject: Connection.listAllDomains', function () {
  this.timeout(60_000)

  describe('on the in-process test driver', () => {
    listingSpecs(() => Connection.open('test:///default'))

    it('gives the names libvirt holds, whatever their characters', async () => {
      const conn = await Connection.open('test:///default')
      const name = uniqueName('list \'quoted\' "näme" <&>')
      const xml = `<domain type='test'><name>${name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;')}</name><memory unit='KiB'>65536</memory><vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os></domain>`
      const dom = await conn.createDomain(xml)
      try {
        const row = (await conn.listAllDomains()).find((r) => r.uuid === dom.uuid)
        assert.equal(row?.name, name)
        assert.equal(row?.name, dom.name)
      } finally {
        await dom.delete()
        conn.close()
      }
    })
  })

  describe('on a libvirtd connection (worker thread, filtered listings)', () => {
    let daemon: Libvirtd
    before(async () => { daemon = await Libvirtd.start() })
    after(async () => { await daemon?.stop() })

    listingSpecs(() => Connection.open(daemon.testUri))

    it('rejects with an AbortError when the signal aborts while the listing runs', async () => {
      const conn = await Connection.open(daemon.testUri)
      try {
        const controller = new AbortController()
        const listing = conn.listAllDomains({ signal: controller.signal })
        controller.abort()
        const err = await listing.catch((e: unknown) => e)
        assert.ok(isAbortError(err), String(err))
        // The connection still answers.
        assert.ok((await conn.listAllDomains()).length > 0)
      } finally {
        conn.close()
      }
    })
  })
})
