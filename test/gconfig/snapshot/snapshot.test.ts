import assert from 'node:assert/strict'
import { Domain } from '../../../gconfig/domain/index.js'
import { DomainSnapshot } from '../../../gconfig/snapshot/index.js'
import { corpus } from '../support/shared.js'
import { assertRejectedUnchanged, assertValid } from '../support/kinds.js'

const full = () => DomainSnapshot.fromXml(corpus('snapshot', 'qemudomainsnapshotxml2xmlout/full_domain.xml'))

describe('gconfig DomainSnapshot', () => {
  it('reads name, state, parent, memory mode, disks, and the embedded <domain> as a Domain view', () => {
    const s = full()
    assert.equal(s.name, 'my snap name')
    assert.equal(s.parentName, 'earlier_snap')
    assert.equal(s.memorySnapshot, 'internal')
    assert.ok(s.domain instanceof Domain)
    assert.equal(s.domain?.name, 'QEMUGuest1')
    const disk = DomainSnapshot.fromXml(corpus('snapshot', 'qemudomainsnapshotxml2xmlout/disk_snapshot_redefine.xml'))
    assert.equal(disk.state, 'disk-snapshot')
    assert.equal(disk.creationTime, '1272917631')
    assert.deepEqual([...disk.disks!.disks].slice(0, 2).map((d) => [d.name, d.snapshot]), [['hda', 'no'], ['hdb', 'no']])
  })

  it('edits through the embedded domain view and stays valid', () => {
    const s = full()
    s.description = 'before upgrade'
    s.domain!.name = 'QEMUGuest2'
    const xml = s.toXml()
    assert.match(xml, /<name>QEMUGuest2<\/name>/)
    assertValid(xml, 'domainsnapshot.rng')
  })

  it('refuses a bad state or memory mode without changing the document', () => {
    const s = full()
    assertRejectedUnchanged(s, () => (s.state = 'sleeping' as never))
    assertRejectedUnchanged(s, () => (s.memorySnapshot = 'yes' as never))
  })
})
