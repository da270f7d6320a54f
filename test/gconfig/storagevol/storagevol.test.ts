import assert from 'node:assert/strict'
import { StoragePool } from '../../../gconfig/storagepool/index.js'
import { StorageVol, StorageVolTarget } from '../../../gconfig/storagevol/index.js'
import { corpus } from '../support/shared.js'
import { assertRejectedUnchanged, assertValid } from '../support/kinds.js'
import { libvirt, withTestConnection } from '../support/libvirt.js'

describe('gconfig StorageVol', () => {
  it('reads a qcow2 volume: sizes in bytes, target format and permissions, backing store', () => {
    const v = StorageVol.fromXml(corpus('storagevol', 'storagevolxml2xmlin/vol-qcow2.xml'))
    assert.equal(v.name, 'OtherDemo.img')
    assert.equal(v.key, '/var/lib/libvirt/images/OtherDemo.img')
    assert.equal(v.capacity, 5 * 1024 ** 3)
    assert.equal(v.allocation, 294912)
    assert.equal(v.target?.formatType, 'qcow2')
    assert.equal(v.target?.permissions?.mode, '0644')
    assert.equal(v.target?.permissions?.label, 'unconfined_u:object_r:virt_image_t:s0')
    assert.equal(v.backingStore?.path, '/dev/null')
    assert.equal(v.backingStore?.formatType, 'raw')
  })

  it('reads LUKS encryption with its secret and the qcow2 feature flags', () => {
    const luks = StorageVol.fromXml(corpus('storagevol', 'storagevolxml2xmlin/vol-qcow2-luks.xml'))
    assert.equal(luks.target?.encryption?.format, 'luks')
    assert.equal(luks.target?.encryption?.secrets.at(0)?.type, 'passphrase')
    assert.equal(luks.target?.encryption?.secrets.at(0)?.uuid, 'e78d4b51-a2af-485f-b0f5-afca709a80f4')
    const lazy = StorageVol.fromXml(corpus('storagevol', 'storagevolxml2xmlin/vol-qcow2-lazy.xml'))
    assert.equal(lazy.target?.features?.lazyRefcounts, true)
    assert.equal(lazy.target?.compat, '1.1')
  })

  it('writes capacity in the element\'s own unit when exact, and the result validates', () => {
    const v = StorageVol.fromXml(corpus('storagevol', 'storagevolxml2xmlin/vol-qcow2.xml'))
    v.capacity = 7 * 1024 ** 3
    assert.match(v.toXml(), /<capacity unit="G">7<\/capacity>/)
    v.target!.features = undefined
    v.target!.nocow = true
    const secret = v.target!.encryption
    assert.equal(secret, undefined)
    assertValid(v.toXml(), 'storagevol.rng')
  })

  it('rejects a bad format, UUID or fractional size with ConfigError and changes nothing', () => {
    const v = StorageVol.fromXml(corpus('storagevol', 'storagevolxml2xmlin/vol-qcow2-luks.xml'))
    assertRejectedUnchanged(v, () => (v.target!.formatType = 'qcow3' as never))
    assertRejectedUnchanged(v, () => (v.target!.encryption!.secrets.at(0)!.uuid = 'nope'))
    assertRejectedUnchanged(v, () => (v.capacity = 1.5))
    assertRejectedUnchanged(v, () => (v.target!.encryption!.format = 'luks3' as never))
    assertRejectedUnchanged(v, () => (v.target!.encryption!.secrets.at(0)!.type = 'key' as never))
  })

  it('builds a volume from scratch that libvirt (test:///default) creates in a running pool', () => {
    const v = new StorageVol()
    v.name = 'gvir.img'
    v.capacity = 64 * 1024 ** 2
    v.target = new StorageVolTarget()
    v.target.formatType = 'raw'
    assertValid(v.toXml(), 'storagevol.rng')
    const pool = new StoragePool()
    pool.type = 'dir'
    pool.name = 'gvir-vols'
    pool.set('target/path', '/var/lib/gvir-vols')
    const { LibvirtGConfig } = libvirt()
    const back = withTestConnection((conn) => {
      const p = conn.createStoragePool(LibvirtGConfig.StoragePool.newFromXml(pool.toXml()), 0)
      p.start(0)
      p.refresh(null) // LibvirtGObject's createVolume needs the pool's volume list fetched
      const vol = p.createVolume(LibvirtGConfig.StorageVol.newFromXml(v.toXml()))
      return StorageVol.fromXml(vol.getConfig(0).toXml())
    })
    assert.equal(back.name, 'gvir.img')
    assert.equal(back.capacity, 64 * 1024 ** 2)
    assert.equal(back.target?.path, '/var/lib/gvir-vols/gvir.img')
  })
})
