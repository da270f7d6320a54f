import assert from 'node:assert/strict'
import { NetworkFilter, NetworkFilterRule, NetworkFilterRuleTcp } from '../../../gconfig/nwfilter/index.js'
import { corpus } from '../support/shared.js'
import { assertRejectedUnchanged, assertValid } from '../support/kinds.js'

const example = () => NetworkFilter.fromXml(corpus('nwfilter', 'nwfilterxml2xmlin/example-1.xml'))

describe('gconfig NetworkFilter', () => {
  it('reads the filter name, UUID and each rule with its protocol match', () => {
    const f = example()
    assert.equal(f.name, 'testcase')
    assert.equal(f.uuid, '01a992d2-f8c8-7c27-f69b-ab0a9d377379')
    const rules = [...f.rules]
    assert.deepEqual(rules.map((r) => [r.action, r.direction, r.priority]).slice(0, 4), [
      ['accept', 'in', 100], ['accept', 'in', 200], ['accept', 'in', 300], ['drop', 'inout', 1000],
    ])
    assert.equal(rules[0]!.tcp?.dstportstart, '22')
    assert.ok(rules[1]!.icmp !== undefined)
    assert.ok(rules[2]!.all !== undefined)
  })

  it('adds a rule with a TCP match, stays valid, and refuses a bad action unchanged', () => {
    const f = example()
    const r = f.rules.add(new NetworkFilterRule())
    r.action = 'accept'
    r.direction = 'in'
    r.priority = 400
    r.tcp = new NetworkFilterRuleTcp()
    r.tcp.dstportstart = '443'
    assertValid(f.toXml(), 'nwfilter.rng')
    assertRejectedUnchanged(f, () => (r.action = 'allow' as never))
    assertRejectedUnchanged(f, () => (f.uuid = 'not-a-uuid'))
  })
})
