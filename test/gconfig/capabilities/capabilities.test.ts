import assert from 'node:assert/strict'
import { Capabilities } from '../../../gconfig/capabilities/index.js'
import { corpus } from '../support/shared.js'
import { assertRejectedUnchanged, assertValid } from '../support/kinds.js'

const caps = () => Capabilities.fromXml(corpus('capabilities', 'capabilityschemadata/caps-test.xml'))

describe('gconfig Capabilities', () => {
  it('reads the host CPU, its NUMA topology with cells and CPUs, and each guest', () => {
    const c = caps()
    const cpu = c.host!.cpu!
    assert.equal(cpu.arch, 'i686')
    assert.equal(cpu.vendor, 'Intel')
    assert.equal(cpu.maxphysaddrMode, 'emulate')
    assert.equal(cpu.maxphysaddrBits, 46)
    assert.equal(cpu.features?.pae, true)
    assert.equal(cpu.features?.vmx, false)
    const cells = c.host!.topology!.cells!
    assert.equal(cells.num, 2)
    assert.equal(cells.cells.length, 2)
    assert.equal(cells.cells.at(0)?.cpus?.num, 8)
    assert.deepEqual([...cells.cells.at(1)!.cpus!.cpus].slice(0, 2).map((x) => x.id), [1, 3])
    const guest = c.guests.at(0)!
    assert.equal(guest.osType, 'hvm')
    assert.equal(guest.arch?.name, 'i686')
    assert.equal(guest.arch?.wordsize, '32')
    assert.equal(guest.arch?.emulator, '/usr/bin/test-hv')
    assert.equal(guest.arch?.domains.at(0)?.type, 'test')
  })

  it('reads guest machines and host security models of a QEMU capabilities document', () => {
    const q = Capabilities.fromXml(corpus('capabilities', 'capabilityschemadata/caps-qemu-kvm.xml'))
    const machines = q.guests.toArray().flatMap((g) => g.arch?.machines.toArray() ?? [])
    assert.ok(machines.length > 0)
    assert.ok(machines.every((m) => typeof m.value === 'string' && m.value.length > 0))
    assert.ok(q.host!.secmodels.length > 0)
  })

  it('writes valid capabilities and refuses a bad architecture unchanged', () => {
    const c = caps()
    c.host!.cpu!.arch = 'x86_64'
    c.host!.cpu!.features!.vmx = true
    assertValid(c.toXml(), 'capability.rng')
    assertRejectedUnchanged(c, () => (c.host!.cpu!.arch = 'z80' as never))
    assertRejectedUnchanged(c, () => (c.host!.topology!.cells!.num = -2))
  })
})
