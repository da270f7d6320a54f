import assert from 'node:assert/strict'
import { DomainCheckpoint, DomainCheckpointDisk } from '../../../gconfig/checkpoint/index.js'
import { corpus } from '../support/shared.js'
import { assertRejectedUnchanged, assertValid } from '../support/kinds.js'

describe('gconfig DomainCheckpoint', () => {
  it('reads the description and per-disk checkpoint modes', () => {
    const c = DomainCheckpoint.fromXml(corpus('checkpoint', 'qemudomaincheckpointxml2xmlin/sample.xml'))
    assert.equal(c.description, 'Completion of updates after OS install')
    assert.deepEqual([...c.disks!.disks].map((d) => [d.name, d.checkpoint]), [['vda', 'bitmap'], ['vdb', 'no']])
  })

  it('adds a disk, stays valid, and refuses a bad checkpoint mode unchanged', () => {
    const c = DomainCheckpoint.fromXml(corpus('checkpoint', 'qemudomaincheckpointxml2xmlin/sample.xml'))
    c.name = '1525889631'
    const d = c.disks!.disks.add(new DomainCheckpointDisk())
    d.name = 'vdc'
    d.checkpoint = 'bitmap'
    d.bitmap = 'b1'
    assertValid(c.toXml(), 'domaincheckpoint.rng')
    assertRejectedUnchanged(c, () => (d.checkpoint = 'full' as never))
  })
})
