import assert from 'node:assert/strict'
import { toArray, take, timeout, firstValueFrom } from 'rxjs'
import { Connection, type Domain, DomainDisk, DomainInterface, type DomainEvent } from '../../gobject/index.js'
import { VirError, VirErrorCode } from '../../glib/index.js'
import { domainXml, next, uniqueName } from './helpers.js'

describe('gobject Domain', () => {
  let conn: Connection
  let dom: Domain
  before(async () => {
    conn = await Connection.open()
    await conn.fetchDomains()
  })
  after(() => conn.close())
  beforeEach(async () => { dom = await conn.createDomain(domainXml()) })
  afterEach(async () => {
    if ((await dom.getInfo()).state !== 'shutoff') await dom.stop()
    await dom.delete({ snapshotsMetadata: true })
  })

  it('exposes name, uuid, id, persistent and saved', async () => {
    assert.match(dom.uuid, /^[0-9a-f-]{36}$/)
    assert.equal(dom.id, -1)
    assert.equal(dom.persistent, true)
    assert.equal(dom.saved, false)
    await dom.start()
    assert.ok(dom.id > 0)
  })

  it('walks start, suspend, resume, shutdown through getInfo states', async () => {
    await dom.start()
    assert.equal((await dom.getInfo()).state, 'running')
    await dom.suspend()
    assert.equal((await dom.getInfo()).state, 'paused')
    await dom.resume()
    assert.equal((await dom.getInfo()).state, 'running')
    await dom.shutdown()
    assert.equal((await dom.getInfo()).state, 'shutoff')
  })

  it('passes start options as libvirt flags (the test driver refuses paused: 0x1)', async () => {
    await assert.rejects(dom.start({ paused: true }), (err: unknown) =>
      err instanceof VirError && err.code === VirErrorCode.VIR_ERR_INVALID_ARG && /0x1/.test(err.message))
  })

  it('reports memory (in bytes, as the config has it) and vcpus in getInfo', async () => {
    const info = await dom.getInfo()
    // <memory unit='KiB'>65536</memory>: libvirt's info says 65536 (KiB), gvir bytes
    assert.equal(info.maxMem, 65536 * 1024)
    assert.equal(info.maxMem, (await dom.getConfig()).memory)
    assert.equal(info.memory, (await dom.getConfig()).currentMemory ?? info.maxMem)
    assert.equal(info.nrVirtCpu, 1)
    assert.equal(typeof info.cpuTime, 'bigint')
  })

  it('rejects stop of a stopped domain with VIR_ERR_OPERATION_INVALID', async () => {
    await assert.rejects(dom.stop(), (err: unknown) => err instanceof VirError && err.code === VirErrorCode.VIR_ERR_OPERATION_INVALID)
  })

  it('rejects start with AbortError when the signal is already aborted, and leaves the domain alone', async () => {
    await assert.rejects(dom.start({ signal: AbortSignal.abort() }), { name: 'AbortError' })
    assert.equal((await dom.getInfo()).state, 'shutoff')
  })

  it('reboots a running domain (libvirt-glib emits no event for it)', async () => {
    await dom.start()
    await dom.reboot()
    assert.equal((await dom.getInfo()).state, 'running')
  })

  it('gives its config as a gconfig Domain and takes one back', async () => {
    const config = await dom.getConfig()
    assert.equal(config.name, dom.name)
    config.memory = 128 * 1024 * 1024
    await dom.setConfig(config)
    assert.equal((await dom.getInfo()).maxMem, 128 * 1024 * 1024)
  })

  it('saves to a managed image and starts from it', async () => {
    await dom.start()
    await dom.save()
    assert.equal(dom.saved, true)
    assert.equal((await dom.getInfo()).state, 'shutoff')
    await dom.start()
    assert.equal(dom.saved, false)
  })

  it('lists disks and interfaces as DomainDisk and DomainInterface with stats', async () => {
    const t = conn.findDomainByName('test')!
    const devices = await t.getDevices()
    const disk = devices.find((d) => d instanceof DomainDisk) as DomainDisk | undefined
    const nic = devices.find((d) => d instanceof DomainInterface) as DomainInterface | undefined
    assert.ok(disk && nic)
    assert.equal(disk.domain, t)
    assert.equal(typeof (await disk.getStats()).rdReq, 'bigint')
    assert.equal(typeof (await nic.getStats()).rxBytes, 'bigint')
    assert.match(disk.getConfigXml(), /^<disk/)
  })

  it('emits events$ with type and detail for start, suspend, resume and stop', async () => {
    const events = firstValueFrom(dom.events$.pipe(take(4), toArray(), timeout(5000)))
    await dom.start()
    await dom.suspend()
    await dom.resume()
    await dom.stop()
    const seen: DomainEvent[] = await events
    assert.deepEqual(seen, [
      { type: 'started', detail: 'booted' },
      { type: 'suspended', detail: 'paused' },
      { type: 'resumed', detail: 'unpaused' },
      { type: 'stopped', detail: 'destroyed' },
    ])
  })

  it('emits started$ and stopped$ per type, and updated$ on redefine', async () => {
    const started = next(dom.started$)
    await dom.start()
    assert.deepEqual(await started, { type: 'started', detail: 'booted' })
    const stopped = next(dom.stopped$)
    await dom.shutdown()
    assert.deepEqual(await stopped, { type: 'stopped', detail: 'shutdown' })
    const updated = next(dom.updated$)
    await dom.setConfig(await dom.getConfig())
    assert.deepEqual(await updated, { type: 'updated', detail: undefined })
  })

  it('emits stopped::saved and started::restored around saveToFile/restore', async () => {
    await dom.start()
    const stopped = next(dom.stopped$)
    const file = `/tmp/gvir-${uniqueName()}.img`
    await dom.saveToFile(file)
    assert.deepEqual(await stopped, { type: 'stopped', detail: 'saved' })
    const started = next(dom.started$)
    await conn.restoreDomainFromFile(file)
    assert.deepEqual(await started, { type: 'started', detail: 'restored' })
  })

  it('takes snapshots with and without a config, lists, reverts and deletes them', async () => {
    const s1 = await dom.createSnapshot()
    assert.ok(s1.name)
    const s2 = await dom.createSnapshot(`<domainsnapshot><name>named-${process.pid}</name><description>d</description></domainsnapshot>`)
    assert.equal(s2.name, `named-${process.pid}`)
    assert.equal(await s2.isCurrent(), true)
    assert.equal(await dom.getHasCurrentSnapshot(), true)
    const config = await s2.getConfig()
    assert.match(config.toXml(), /<description>d<\/description>/)
    await dom.fetchSnapshots()
    const names = dom.getSnapshots().map((s) => s.name).sort()
    assert.deepEqual(names, [s1.name, s2.name].sort())
    assert.ok(dom.getSnapshots().includes(s2) || dom.getSnapshots().some((s) => s.name === s2.name))
    await s1.revertTo()
    await s1.delete()
    await s2.delete()
    await dom.fetchSnapshots()
    assert.deepEqual(dom.getSnapshots(), [])
  })

  // libvirt-glib calls virDomainGetName() before formatting this error, which resets
  // libvirt's last error: the reason was lost inside libvirt-glib; gvir asks libvirt itself.
  it('rejects a failing snapshot with a VirError naming the operation and domain, with libvirt\'s code and reason', async () => {
    const xml = `<domainsnapshot><name>twice-${process.pid}</name></domainsnapshot>`
    await dom.createSnapshot(xml)
    await assert.rejects(dom.createSnapshot(xml), (err: unknown) => {
      assert.ok(err instanceof VirError)
      assert.equal(err.operation, `Unable to create snapshot of ${dom.name}`)
      assert.equal(err.code, VirErrorCode.VIR_ERR_OPERATION_FAILED)
      assert.equal(err.detail, `operation failed: domain moment twice-${process.pid} already exists`)
      return true
    })
  })

  it('rejects updateDevice of an unknown element with VIR_ERR_INVALID_ARG', async () => {
    await assert.rejects(dom.updateDevice('<bogus/>'), (err: unknown) => err instanceof VirError && err.code === VirErrorCode.VIR_ERR_INVALID_ARG)
  })

  it('sets the guest time or names why not', async () => {
    await dom.start()
    await dom.setTime(new Date()).then(
      () => undefined,
      (err: unknown) => assert.ok(err instanceof VirError && err.code === VirErrorCode.VIR_ERR_NO_SUPPORT, String(err)),
    )
  })
})
