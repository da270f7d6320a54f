// Issue 13, item 1's audit: no public method takes an argument of the wrong kind for its
// options. `vol.upload(readStream)` read the stream as options and did nothing; the rule
// now is one shared check (glib/arguments.ts): options are undefined or a plain object,
// anything else rejects at once with VIR_ERR_INVALID_ARG and leaves libvirt alone.
import assert from 'node:assert/strict'
import { Readable, Writable } from 'node:stream'
import { VirErrorCode, isVirError } from '../../glib/index.js'
import { Connection, type Domain } from '../../gobject/index.js'
import { daemonConnection, domainXml } from './helpers.js'

/** Values users pass by mistake where options go, by what they are. */
function wrongKinds(conn: Connection): [string, unknown][] {
  return [
    ['a Node Readable', Readable.from([])],
    ['a gvir Stream', conn.newStream()],
    ['a string', 'paused'],
    ['a number', 0],
    ['true', true],
    ['null', null],
    ['a function', () => undefined],
    ['an array', [{ signal: undefined }]],
    ['a Date', new Date()],
  ]
}

type Method = [string, (options: never) => Promise<unknown>]

/** Every public method that takes options, called with `options` in their place. */
function methods(conn: Connection, running: Domain, shutoff: Domain): Method[] {
  const c = conn as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>
  const r = running as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>
  const s = shutoff as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>
  const rows: Method[] = []
  for (const name of ['fetchDomains', 'fetchStoragePools', 'fetchNetworks', 'fetchInterfaces', 'listAllDomains', 'getStream',
    'getHypervisorName', 'getVersion', 'getNodeInfo', 'getCapabilities', 'getDomainCapabilities']) {
    rows.push([`Connection.${name}`, (o) => c[name]!.call(conn, o)])
  }
  rows.push(['Connection.createDomain', (o) => conn.createDomain(domainXml(), o)])
  rows.push(['Connection.startDomain', (o) => conn.startDomain(domainXml(), o)])
  rows.push(['Connection.createStoragePool', (o) => conn.createStoragePool("<pool type='dir'><name>kinds</name><target><path>/tmp</path></target></pool>", o)])
  rows.push(['Connection.restoreDomainFromFile', (o) => conn.restoreDomainFromFile('/nonexistent/save', o)])
  rows.push(['Connection.open', (o) => Connection.open('test:///default', o)])
  for (const name of ['getPersistent', 'getSaved', 'resume', 'suspend', 'shutdown', 'reboot', 'stop', 'save', 'wakeup',
    'getInfo', 'getConfig', 'getDevices', 'fetchSnapshots', 'getHasCurrentSnapshot', 'screenshot']) {
    rows.push([`Domain.${name}`, (o) => r[name]!.call(running, o)])
  }
  for (const name of ['start', 'delete']) rows.push([`Domain.${name}`, (o) => s[name]!.call(shutoff, o)])
  rows.push(['Domain.setConfig', (o) => shutoff.setConfig(domainXml(shutoff.name), o)])
  rows.push(['Domain.saveToFile', (o) => running.saveToFile('/nonexistent/save', o)])
  rows.push(['Domain.updateDevice', (o) => running.updateDevice("<disk type='file' device='cdrom'><target dev='hdc'/></disk>", o)])
  rows.push(['Domain.setTime', (o) => running.setTime(undefined, o)])
  rows.push(['Domain.createSnapshot', (o) => running.createSnapshot(undefined, o)])
  rows.push(['Domain.openConsole', (o) => running.openConsole(undefined, o)])
  rows.push(['Domain.openGraphics', (o) => running.openGraphics(0, 0, o)])
  rows.push(['Domain.openGraphicsFd', (o) => running.openGraphicsFd(0, o)])
  return rows
}

/** The methods of a pool, one of its volumes, a network and a snapshot, with `options` in place of their options. */
async function moreMethods(conn: Connection, running: Domain): Promise<Method[]> {
  await conn.fetchStoragePools()
  const pool = conn.findStoragePoolByName('default-pool')!
  await pool.fetchVolumes()
  const vol = pool.getVolume('kinds.img') ?? await pool.createVolume("<volume><name>kinds.img</name><capacity unit='bytes'>1024</capacity></volume>")
  await conn.fetchNetworks()
  const net = conn.findNetworkByName('default')!
  const snapshot = await running.createSnapshot('<domainsnapshot><name>kinds</name></domainsnapshot>')
  const call = (obj: object, name: string) => (o: never) => (obj as Record<string, (...a: unknown[]) => Promise<unknown>>)[name]!.call(obj, o)
  const rows: Method[] = []
  for (const name of ['build', 'start', 'stop', 'undefine', 'delete', 'refresh', 'fetchVolumes', 'getInfo', 'getAutostart', 'getConfig']) rows.push([`StoragePool.${name}`, call(pool, name)])
  rows.push(['StoragePool.setAutostart', (o) => pool.setAutostart(false, o)])
  rows.push(['StoragePool.createVolume', (o) => pool.createVolume("<volume><name>never.img</name><capacity>1</capacity></volume>", o)])
  for (const name of ['getPath', 'getInfo', 'getConfig', 'delete']) rows.push([`StorageVol.${name}`, call(vol, name)])
  rows.push(['StorageVol.resize', (o) => vol.resize(2048, o)])
  rows.push(['StorageVol.upload(stream, …)', (o) => vol.upload(conn.newStream(), o)])
  rows.push(['StorageVol.download(stream, …)', (o) => vol.download(conn.newStream(), o)])
  rows.push(['StorageVol.upload(Readable, …)', (o) => vol.upload(Readable.from([]), o)])
  rows.push(['StorageVol.download(Writable, …)', (o) => vol.download(new Writable({ write(_c, _e, cb) { cb() } }), o)])
  for (const name of ['getConfig', 'getDhcpLeases']) rows.push([`Network.${name}`, call(net, name)])
  for (const name of ['getConfig', 'isCurrent', 'revertTo', 'delete']) rows.push([`DomainSnapshot.${name}`, call(snapshot, name)])
  rows.push(['DomainSnapshot.setConfig', (o) => snapshot.setConfig('<domainsnapshot><name>kinds</name></domainsnapshot>', o)])
  // libvirt's own calls beyond libvirt-glib (gobject/host-objects.ts and friends)
  for (const name of ['listNodeDevices', 'listSecrets', 'listNetworkFilters', 'listAllNetworks', 'getStoragePoolCapabilities', 'getAllDomainStats']) rows.push([`Connection.${name}`, call(conn, name)])
  rows.push(['Connection.findSecretByUuid', (o) => conn.findSecretByUuid('00000000-0000-0000-0000-000000000000', o)])
  rows.push(['Connection.findNetworkFilterByName', (o) => conn.findNetworkFilterByName('none', o)])
  rows.push(['Connection.createNetwork', (o) => conn.createNetwork("<network><name>kinds</name></network>", o)])
  rows.push(['Connection.startStoragePool', (o) => conn.startStoragePool("<pool type='dir'><name>kinds2</name><target><path>/tmp</path></target></pool>", o)])
  for (const name of ['getInterfaceAddresses', 'getMetadata']) rows.push([`Domain.${name}`, call(running, name)])
  for (const name of ['isActive', 'isPersistent', 'getAutostart', 'start', 'stop', 'undefine']) rows.push([`Network.${name}`, call(net, name)])
  rows.push(['Network.setAutostart', (o) => net.setAutostart(false, o)])
  for (const name of ['isActive', 'isPersistent']) rows.push([`StoragePool.${name}`, call(pool, name)])
  for (const name of ['getKey', 'wipe']) rows.push([`StorageVol.${name}`, call(vol, name)])
  for (const name of ['toReadable', 'toWritable', 'toDuplex']) {
    rows.push([`Stream.${name}`, async (o) => (conn.newStream() as unknown as Record<string, (o: unknown) => unknown>)[name]!(o)])
  }
  return rows
}

describe('gobject: options of the wrong kind are refused, never read as options', function () {
  this.timeout(60_000)

  for (const where of ['in-process', 'through a daemon'] as const) {
    describe(where, () => {
      const suite = where === 'through a daemon' ? daemonConnection() : undefined
      let conn: Connection
      let running: Domain
      let shutoff: Domain
      before(async () => {
        conn = suite ? suite.conn : await Connection.open('test:///default')
        await conn.fetchDomains()
        running = conn.findDomainByName('test')!
        shutoff = await conn.createDomain(domainXml())
      })
      after(async () => {
        await shutoff?.delete().catch(() => undefined)
        if (!suite) conn?.close()
      })

      it('rejects every method given a stream, a string, a number, null, a function, an array or a Date as options with VIR_ERR_INVALID_ARG, and does nothing', async () => {
        const failures: string[] = []
        for (const [name, call] of [...methods(conn, running, shutoff), ...await moreMethods(conn, running)]) {
          for (const [kind, value] of wrongKinds(conn)) {
            let outcome: unknown
            try {
              outcome = await call(value as never).then(() => 'resolved', (e: unknown) => e)
            } catch (e) {
              outcome = `threw synchronously: ${String(e)}`
            }
            if (!(isVirError(outcome) && outcome.code === VirErrorCode.VIR_ERR_INVALID_ARG && /options/.test(outcome.message))) failures.push(`${name}(${kind}): ${String(outcome)}`)
          }
        }
        assert.deepEqual(failures, [])
        // nothing happened to the domains
        assert.equal((await running.getInfo()).state, 'running')
        assert.equal((await shutoff.getInfo()).state, 'shutoff')
        await running.fetchSnapshots()
        assert.deepEqual(running.getSnapshots().map((s) => s.name), ['kinds'])
        await running.getSnapshots()[0]!.delete()
        await conn.fetchStoragePools()
        assert.equal((await conn.findStoragePoolByName('default-pool')!.getInfo()).state, 'running')
      })

      it('still takes options made by {…} and Object.create(null)', async () => {
        await conn.fetchDomains({})
        const bare = Object.create(null) as { signal?: AbortSignal }
        await running.suspend(bare)
        assert.equal((await running.getInfo()).state, 'paused')
        await running.resume({ signal: new AbortController().signal })
      })
    })
  }
})
