import assert from 'node:assert/strict'
import { StoragePool, StoragePoolSourceHost } from '../../../gconfig/storagepool/index.js'
import { corpus } from '../support/shared.js'
import { assertRejectedUnchanged, assertValid } from '../support/kinds.js'
import { libvirt, withTestConnection } from '../support/libvirt.js'

describe('gconfig StoragePool', () => {
  it('reads an iSCSI pool: source host, device, CHAP auth with its secret, target permissions', () => {
    const p = StoragePool.fromXml(corpus('storagepool', 'storagepoolxml2xmlin/pool-iscsi-auth.xml'))
    assert.equal(p.type, 'iscsi')
    assert.equal(p.name, 'virtimages')
    assert.equal(p.uuid, 'e9392370-2917-565e-692b-d057f46512d6')
    assert.equal(p.source?.hosts.at(0)?.name, 'iscsi.example.com')
    assert.equal(p.source?.devices.at(0)?.path, 'demo-target')
    assert.equal(p.source?.auth?.type, 'chap')
    assert.equal(p.source?.auth?.username, 'admin')
    assert.equal(p.source?.auth?.secretUuid, '2ec115d7-3a88-3ceb-bc12-0ac909a6fd87')
    assert.equal(p.target?.path, '/dev/disk/by-path')
    assert.equal(p.target?.permissions?.mode, '0700')
    assert.equal(p.target?.permissions?.owner, '0')
  })

  it('reads sizes in bytes whatever their unit, and the fc_host adapter and namespaced mount options', () => {
    const out = StoragePool.fromXml(corpus('storagepool', 'storagepoolxml2xmlout/pool-dir.xml'))
    assert.equal(out.capacity, 0)
    const fc = StoragePool.fromXml(corpus('storagepool', 'storagepoolxml2xmlin/pool-scsi-type-fc-host-managed.xml'))
    assert.equal(fc.source?.adapter?.type, 'fc_host')
    assert.equal(fc.source?.adapter?.managed, true)
    assert.match(fc.source?.adapter?.wwnn ?? '', /^[0-9a-f]{16}$/)
    const ns = StoragePool.fromXml(corpus('storagepool', 'storagepoolxml2xmlin/pool-netfs-ns-mountopts.xml'))
    assert.ok(ns.fsMountOpts!.options.length > 0)
    assert.ok([...ns.fsMountOpts!.options].every((o) => typeof o.name === 'string'))
  })

  it('writes sizes, hosts and permissions that validate against storagepool.rng', () => {
    const p = StoragePool.fromXml(corpus('storagepool', 'storagepoolxml2xmlin/pool-iscsi-auth.xml'))
    p.capacity = 10 * 1024 ** 3
    const host = p.source!.hosts.add(new StoragePoolSourceHost())
    host.name = 'iscsi2.example.com'
    host.port = 3260
    p.target!.permissions!.mode = '0755'
    assert.match(p.toXml(), /<capacity unit='bytes'>10737418240<\/capacity>|<capacity>10737418240<\/capacity>/)
    assertValid(p.toXml(), 'storagepool.rng')
  })

  it('rejects a bad pool type, octal mode, UUID or negative size with ConfigError and changes nothing', () => {
    const p = StoragePool.fromXml(corpus('storagepool', 'storagepoolxml2xmlin/pool-iscsi-auth.xml'))
    assertRejectedUnchanged(p, () => (p.type = 'tape' as never))
    assertRejectedUnchanged(p, () => (p.target!.permissions!.mode = '0999'))
    assertRejectedUnchanged(p, () => (p.uuid = 'e9392370'))
    assertRejectedUnchanged(p, () => (p.capacity = -1))
  })

  it('builds a dir pool from scratch that libvirt (test:///default) defines, and reads its config back', () => {
    const p = new StoragePool()
    p.type = 'dir'
    p.name = 'gvir-pool'
    p.uuid = '3f5b8f4e-1c2d-4e6f-8a9b-0c1d2e3f4a5b'
    p.set('target/path', '/var/lib/gvir-pool')
    assertValid(p.toXml(), 'storagepool.rng')
    const { LibvirtGConfig } = libvirt()
    const back = withTestConnection((conn) => {
      const pool = conn.createStoragePool(LibvirtGConfig.StoragePool.newFromXml(p.toXml()), 0)
      return StoragePool.fromXml(pool.getConfig(0).toXml())
    })
    assert.equal(back.name, 'gvir-pool')
    assert.equal(back.uuid, p.uuid)
    assert.equal(back.type, 'dir')
    assert.equal(back.target?.path, '/var/lib/gvir-pool')
    assert.equal(typeof back.capacity, 'number')
  })
})
