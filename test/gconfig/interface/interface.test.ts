import assert from 'node:assert/strict'
import { Interface } from '../../../gconfig/interface/index.js'
import { corpus } from '../support/shared.js'
import { assertRejectedUnchanged, assertValid } from '../support/kinds.js'

const bridge = () => Interface.fromXml(corpus('interface', 'interfaceschemadata/bridge-bond.xml'))

describe('gconfig Interface', () => {
  it('reads a bridge with a bond: start mode, MTU, STP, member interfaces and bond miimon', () => {
    const i = bridge()
    assert.equal(i.type, 'bridge')
    assert.equal(i.name, 'br0')
    assert.equal(i.startMode, 'onboot')
    assert.equal(i.mtuSize, 1500)
    assert.equal(i.bridge?.stp, false)
    const members = i.bridge!.interfaces
    assert.deepEqual([...members].map((m) => [m.type, m.name]), [['ethernet', 'eth2'], ['bond', 'bond0']])
    const bond = members.at(1)!.bond!
    assert.equal(bond.mode, 'active-backup')
    assert.equal(bond.miimonFreq, 100)
    assert.equal(bond.miimonUpdelay, 10)
    assert.equal(bond.miimonCarrier, 'ioctl')
    assert.deepEqual([...bond.interfaces].map((s) => s.name), ['eth1', 'eth0'])
  })

  it('writes a valid interface and refuses a bad start mode or MTU unchanged', () => {
    const i = bridge()
    i.bridge!.delay = 0.5
    i.startMode = 'hotplug'
    assertValid(i.toXml(), 'interface.rng')
    assertRejectedUnchanged(i, () => (i.startMode = 'always' as never))
    assertRejectedUnchanged(i, () => (i.mtuSize = -1500))
  })
})
