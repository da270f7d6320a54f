import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { StoragePool as StoragePoolConfig, StorageVol as StorageVolConfig } from '../../../gconfig/index.js'
import { isVirError } from '../../../glib/index.js'
import { StorageVol } from '../../../gobject/storage-vol.js'
import { rawVolume, startStorageHost, type StorageHost } from './support.js'

describe('StoragePool on a real libvirtd (directory pool)', function () {
  this.timeout(60_000)
  let host: StorageHost

  before(async () => {
    host = await startStorageHost()
  })
  after(async () => {
    await host?.close()
  })

  it('builds, starts, reports running with sizes, stops, deletes its folder and undefines', async () => {
    const { pool, dir } = await host.definePool('life')
    assert.equal(pool.name, 'life')
    assert.match(pool.uuid, /^[0-9a-f-]{36}$/)
    assert.equal(pool.persistent, true)
    assert.equal((await pool.getInfo()).state, 'inactive')
    await pool.build()
    await pool.start()
    assert.equal(pool.active, true)
    const info = await pool.getInfo()
    assert.equal(info.state, 'running')
    assert.ok(info.capacity > 0 && info.available > 0 && info.allocation >= 0)
    await pool.stop()
    assert.equal((await pool.getInfo()).state, 'inactive')
    await pool.delete()
    assert.equal(existsSync(dir), false)
    await pool.undefine()
    await assert.rejects(pool.getInfo(), (err: unknown) => isVirError(err))
  })

  it('gives its config as a gconfig StoragePool', async () => {
    const { pool, dir } = await host.definePool('conf')
    const config = await pool.getConfig({ inactive: true })
    assert.ok(config instanceof StoragePoolConfig)
    assert.equal(config.name, 'conf')
    assert.match(config.toXml(), new RegExp(`<path>${dir}</path>`))
    await pool.undefine()
  })

  it('keeps autostart', async () => {
    const { pool } = await host.definePool('auto')
    assert.equal(await pool.getAutostart(), false)
    await pool.setAutostart(true)
    assert.equal(await pool.getAutostart(), true)
    await pool.undefine()
  })

  it('creates volumes before any refresh, lists them, finds them by name, and === holds', async () => {
    const { pool } = await host.definePool('vols')
    await pool.start()
    const vol = await pool.createVolume(rawVolume('a.img', 1 << 20))
    assert.ok(vol instanceof StorageVol)
    assert.equal(vol.name, 'a.img')
    assert.equal(pool.getVolume('a.img'), vol)
    assert.deepEqual(pool.getVolumes(), [vol])
    await pool.fetchVolumes()
    assert.equal(pool.getVolumes().length, 1)
    assert.equal(pool.getVolume('missing'), undefined)
    await vol.delete()
    await pool.refresh()
    assert.deepEqual(pool.getVolumes(), [])
    await pool.stop()
    await pool.undefine()
  })

  it('rejects a volume config libvirt refuses with a VirError and creates nothing', async () => {
    const { pool } = await host.definePool('bad')
    await pool.start()
    await assert.rejects(pool.createVolume('<volume><name>x</name></volume>'), (err: unknown) => isVirError(err))
    await assert.rejects(pool.createVolume('<volume><name>'), (err: unknown) => isVirError(err))
    await pool.refresh()
    assert.deepEqual(pool.getVolumes(), [])
    await pool.stop()
    await pool.undefine()
  })

  it('rejects start of a pool whose folder is gone with a VirError', async () => {
    const { pool } = await host.definePool('gone')
    await pool.build()
    await pool.delete()
    await assert.rejects(pool.start(), (err: unknown) => isVirError(err) && /Failed to start storage pool/.test(String(err)))
    await pool.undefine()
  })

  it('gives a volume its path, info, config, and resizes it', async () => {
    const { pool, dir } = await host.definePool('vinfo')
    await pool.start()
    const vol = await pool.createVolume(rawVolume('b.img', 1 << 20))
    assert.equal(await vol.getPath(), `${dir}/b.img`)
    const info = await vol.getInfo()
    assert.equal(info.type, 'file')
    assert.equal(info.capacity, 1 << 20)
    const config = await vol.getConfig()
    assert.ok(config instanceof StorageVolConfig)
    assert.equal(config.name, 'b.img')
    await vol.resize(4 << 20)
    assert.equal((await vol.getInfo()).capacity, 4 << 20)
    await vol.resize(1 << 20, { delta: true })
    assert.equal((await vol.getInfo()).capacity, 5 << 20)
    await assert.rejects(vol.resize(1 << 20), (err: unknown) => isVirError(err))
    await vol.resize(1 << 20, { shrink: true })
    assert.equal((await vol.getInfo()).capacity, 1 << 20)
    await assert.rejects(vol.resize(-1), (err: unknown) => isVirError(err))
    await vol.delete()
    await pool.stop()
    await pool.undefine()
  })
})
