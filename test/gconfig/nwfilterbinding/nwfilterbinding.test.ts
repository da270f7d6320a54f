import assert from 'node:assert/strict'
import { NetworkFilterBinding } from '../../../gconfig/nwfilterbinding/index.js'
import { corpus } from '../support/shared.js'
import { assertRejectedUnchanged, assertValid } from '../support/kinds.js'

describe('gconfig NetworkFilterBinding', () => {
  it('reads the owner, port device, MAC and the filter reference with its parameters', () => {
    const b = NetworkFilterBinding.fromXml(corpus('nwfilterbinding', 'virnwfilterbindingxml2xmldata/filter-vars.xml'))
    assert.equal(b.owner?.name, 'memtest')
    assert.equal(b.owner?.uuid, 'd54df46f-1ab5-4a22-8618-4560ef5fac2c')
    assert.equal(b.portdevName, 'vnet0')
    assert.equal(b.macAddress, '52:54:00:7b:35:93')
    assert.equal(b.filterref?.filter, 'clean-traffic')
    assert.deepEqual([...b.filterref!.parameters].map((p) => [p.name, p.value]), [['MAC', '52:54:00:7b:35:93']])
  })

  it('writes a valid binding and refuses a bad MAC unchanged', () => {
    const b = NetworkFilterBinding.fromXml(corpus('nwfilterbinding', 'virnwfilterbindingxml2xmldata/simple.xml'))
    b.portdevName = 'vnet1'
    assertValid(b.toXml(), 'nwfilterbinding.rng')
    assertRejectedUnchanged(b, () => (b.macAddress = '52:54:00:7b:35:9'))
  })
})
