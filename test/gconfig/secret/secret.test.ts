import assert from 'node:assert/strict'
import { Secret, SecretUsage } from '../../../gconfig/secret/index.js'
import { corpus, corpusFiles } from '../support/shared.js'
import { assertRejectedUnchanged, assertValid } from '../support/kinds.js'
import { libvirt } from '../support/libvirt.js'

describe('gconfig Secret', () => {
  it('reads ephemeral/private flags, UUID, description and the usage of each corpus secret', () => {
    const ceph = Secret.fromXml(corpus('secret', 'secretxml2xmlin/usage-ceph.xml'))
    assert.equal(ceph.ephemeral, false)
    assert.equal(ceph.private, true)
    assert.equal(ceph.uuid, 'f52a81b2-424e-490c-823d-6bd4235bc572')
    assert.equal(ceph.description, 'Ceph secret')
    assert.equal(ceph.usage?.type, 'ceph')
    assert.equal(ceph.usage?.name, 'CephCephCephCeph')
    const types = corpusFiles('secret').map((f) => Secret.fromXml(corpus('secret', f)).usage?.type)
    assert.deepEqual([...new Set(types)].sort(), ['ceph', 'iscsi', 'tls', 'volume', 'vtpm'])
  })

  it('rejects a bad UUID, usage type or boolean with ConfigError and changes nothing', () => {
    const s = Secret.fromXml(corpus('secret', 'secretxml2xmlin/usage-ceph.xml'))
    assertRejectedUnchanged(s, () => (s.uuid = 'f52a81b2-424e-490c-823d-6bd4235bc57'))
    assertRejectedUnchanged(s, () => (s.usage!.type = 'kerberos' as never))
    assertRejectedUnchanged(s, () => (s.private = 'yes' as never))
  })

  // test:///default has no secret driver ("virSecretDefineXML not supported", measured with
  // virsh and LibvirtGObject alike), so libvirt's acceptance is LibvirtGConfig's: libvirt-glib
  // parses the document and validates it against the host's installed libvirt schema.
  it('builds a volume secret from scratch that validates and that LibvirtGConfig parses and validates', () => {
    const s = new Secret()
    s.ephemeral = false
    s.private = true
    s.uuid = '0a81f5b2-7e6d-4c3b-9a8f-1e2d3c4b5a69'
    s.description = 'gvir test <secret> & co'
    s.usage = new SecretUsage()
    s.usage.type = 'volume'
    s.usage.volume = '/var/lib/libvirt/images/gvir.img'
    assertValid(s.toXml(), 'secret.rng')
    const { LibvirtGConfig } = libvirt()
    const native = LibvirtGConfig.Secret.newFromXml(s.toXml())
    native.validate()
    const back = Secret.fromXml(native.toXml())
    assert.equal(back.uuid, s.uuid)
    assert.equal(back.private, true)
    assert.equal(back.description, 'gvir test <secret> & co')
    assert.equal(back.usage?.type, 'volume')
    assert.equal(back.usage?.volume, '/var/lib/libvirt/images/gvir.img')
  })
})
