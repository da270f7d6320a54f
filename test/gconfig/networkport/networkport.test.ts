import assert from 'node:assert/strict'
import { NetworkPort } from '../../../gconfig/networkport/index.js'
import { corpus } from '../support/shared.js'
import { assertRejectedUnchanged, assertValid } from '../support/kinds.js'

const file = (f: string) => NetworkPort.fromXml(corpus('networkport', `virnetworkportxml2xmldata/${f}`))

describe('gconfig NetworkPort', () => {
  it('reads owner, group, MAC, bandwidth, rxfilters and a bridge plug', () => {
    const p = file('plug-bridge.xml')
    assert.equal(p.uuid, '5d744f21-ba4a-4d6e-bdb2-30a35ff3207d')
    assert.equal(p.owner?.name, 'memtest')
    assert.equal(p.owner?.uuid, 'd54df46f-1ab5-4a22-8618-4560ef5fac2c')
    assert.equal(p.group, 'web1')
    assert.equal(p.macAddress, '52:54:00:7b:35:93')
    assert.equal(p.bandwidth?.classID, 1729)
    assert.equal(p.bandwidth?.inboundFloor, 2000)
    assert.equal(p.bandwidth?.outboundBurst, 32768)
    assert.equal(p.rxfiltersTrustGuest, true)
    assert.equal(p.plug?.type, 'bridge')
    assert.equal(p.plug?.bridge, 'virbr0')
  })

  it('reads a PCI host device plug address as numbers', () => {
    const plug = file('plug-hostdev-pci-unmanaged.xml').plug!
    assert.equal(plug.type, 'hostdev-pci')
    assert.equal(plug.managed, false)
    assert.deepEqual([plug.addressDomain, plug.addressBus, plug.addressSlot, plug.addressFunction], [1, 2, 3, 4])
  })

  it('writes a valid port, and refuses a bad plug type or MAC without changing it', () => {
    const p = file('plug-bridge.xml')
    p.plug!.type = 'network'
    p.bandwidth!.inboundPeak = 5000
    assertValid(p.toXml(), 'networkport.rng')
    assertRejectedUnchanged(p, () => (p.plug!.type = 'tap' as never))
    assertRejectedUnchanged(p, () => (p.macAddress = '52:54:00:7b:35'))
  })
})
