// Connection's storage pools, networks, host interfaces and streams on test:///default:
// the caches, lookups, identity, and the in-process rule reaching every object it hands out.
import assert from 'node:assert/strict'
import { StoragePool as StoragePoolConfig } from '../../gconfig/index.js'
import { isVirError, loopStats, VirErrorCode } from '../../glib/index.js'
import { Connection, Interface, Network, StoragePool, StorageVol, Stream } from '../../gobject/index.js'
import { ownerOf } from '../../gobject/owner.js'
import { uniqueName } from './helpers.js'

describe('Connection: storage pools, networks, interfaces and streams (test:///default)', () => {
  let conn: Connection
  beforeEach(async () => { conn = await Connection.open() })
  afterEach(() => conn.close())

  // The test driver's state outlives a spec while any earlier GVir object holds its virConnect,
  // so other specs' pools may be listed too: these specs look for the default ones by name.
  it('lists nothing before a fetch, then the default pool, network and interface, === across lookups', async () => {
    assert.deepEqual([conn.getStoragePools(), conn.getNetworks(), conn.getInterfaces()], [[], [], []])
    assert.equal(conn.findStoragePoolByName('default-pool'), undefined)
    await conn.fetchStoragePools()
    await conn.fetchNetworks()
    await conn.fetchInterfaces()

    const pool = conn.getStoragePools().find((p) => p.name === 'default-pool')
    assert.ok(pool instanceof StoragePool)
    assert.equal(conn.findStoragePoolByName('default-pool'), pool)
    assert.equal(conn.getStoragePool(pool.uuid), pool)
    assert.ok(conn.getStoragePools().includes(pool))

    const net = conn.getNetworks().find((n) => n.name === 'default')
    assert.ok(net instanceof Network)
    assert.equal(conn.findNetworkByName('default'), net)
    assert.equal(conn.getNetwork(net.uuid), net)

    const iface = conn.getInterfaces().find((i) => i.name === 'eth1')
    assert.ok(iface instanceof Interface)
    assert.equal(conn.getInterface(iface.name), iface)
    assert.equal(conn.findInterfaceByMac(iface.mac), iface)
  })

  it('finds nothing for unknown names, UUIDs and MACs, nor for keys C would cut at a NUL', async () => {
    await conn.fetchStoragePools()
    await conn.fetchNetworks()
    await conn.fetchInterfaces()
    const pool = conn.findStoragePoolByName('default-pool')!
    const rows: [string, unknown][] = [
      ['pool by name', conn.findStoragePoolByName('nope')],
      ['pool by name + NUL', conn.findStoragePoolByName('default-pool\0x')],
      ['pool by uuid', conn.getStoragePool('00000000-0000-0000-0000-000000000000')],
      ['pool by uuid + NUL', conn.getStoragePool(`${pool.uuid}\0`)],
      ['network by name', conn.findNetworkByName('')],
      ['network by name + NUL', conn.findNetworkByName('default\0')],
      ['network by uuid', conn.getNetwork('zzz')],
      ['interface by name', conn.getInterface('eth99')],
      ['interface by mac', conn.findInterfaceByMac('00:00:00:00:00:00')],
      ['interface by mac + NUL', conn.findInterfaceByMac(`${conn.getInterfaces()[0]!.mac}\0`)],
    ]
    for (const [what, found] of rows) assert.equal(found, undefined, what)
  })

  it('hands out pools, volumes and networks that call in-process, as the connection does', async () => {
    const name = uniqueName('pool')
    const pool = await conn.createStoragePool(StoragePoolConfig.fromXml(`<pool type='dir'><name>${name}</name><target><path>/${name}</path></target></pool>`))
    assert.ok(pool instanceof StoragePool)
    assert.equal(ownerOf(pool), conn)
    const before = loopStats().iterations
    await pool.start()
    await pool.refresh()
    const vol = await pool.createVolume(`<volume><name>v.img</name><capacity unit='bytes'>1048576</capacity></volume>`)
    assert.ok(vol instanceof StorageVol)
    assert.equal(pool.getVolumes()[0], vol)
    assert.equal((await vol.getInfo()).capacity, 1048576)
    await vol.delete()
    await pool.stop()
    await pool.undefine()
    await conn.fetchNetworks()
    await conn.findNetworkByName('default')!.getConfig()
    assert.equal(loopStats().iterations, before, 'no GLib round trip: the sync forms ran')
  })

  it('rejects a bad pool config with a VirError and defines nothing', async () => {
    const names = async (): Promise<string[]> => {
      await conn.fetchStoragePools()
      return conn.getStoragePools().map((p) => p.name).sort()
    }
    const before = await names()
    await assert.rejects(conn.createStoragePool('<pool'), (err: unknown) => isVirError(err))
    await assert.rejects(conn.createStoragePool(''), (err: unknown) => isVirError(err))
    assert.deepEqual(await names(), before)
  })

  it('gives a fresh Stream per getStream(), and refuses one once closed', async () => {
    const a = await conn.getStream()
    const b = await conn.getStream()
    assert.ok(a instanceof Stream && b instanceof Stream)
    assert.notEqual(a, b)
    assert.equal(a.spent, false)
    conn.close()
    await assert.rejects(conn.getStream(), (err: unknown) => isVirError(err) && /not open/.test(err.message))
  })

  it('rejects a DHCP lease query with a NUL in the MAC as VIR_ERR_INVALID_ARG, without asking libvirt', async () => {
    await conn.fetchNetworks()
    const net = conn.findNetworkByName('default')!
    await assert.rejects(net.getDhcpLeases({ mac: '52:54:00:00:00:01\0' }), (err: unknown) => isVirError(err) && err.code === VirErrorCode.VIR_ERR_INVALID_ARG)
  })
})
