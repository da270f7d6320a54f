import assert from 'node:assert/strict'
import { DomainCapabilities } from '../../../gconfig/domaincaps/index.js'
import { corpus, corpusFiles } from '../support/shared.js'
import { assertRejectedUnchanged, assertValid } from '../support/kinds.js'

const bhyve = () => DomainCapabilities.fromXml(corpus('domaincaps', 'domaincapsdata/bhyve_basic.x86_64.xml'))

describe('gconfig DomainCapabilities', () => {
  it('reads path, domain type, arch, CPU modes, device enums and features', () => {
    const c = bhyve()
    assert.equal(c.path, '/usr/sbin/bhyve')
    assert.equal(c.domain, 'bhyve')
    assert.equal(c.arch, 'x86_64')
    assert.equal(c.iothreadsSupported, false)
    assert.equal(c.os?.supported, true)
    assert.deepEqual([...c.cpu!.modes].map((m) => [m.name, m.supported]), [
      ['host-passthrough', false], ['maximum', false], ['host-model', false], ['custom', false],
    ])
    const disk = c.devices!.disk!
    assert.equal(disk.supported, true)
    assert.deepEqual([...disk.enums].map((e) => [e.name, [...e.values].map((v) => v.value)]), [
      ['diskDevice', ['disk', 'cdrom']], ['bus', ['virtio', 'sata']], ['model', []],
    ])
    assert.equal(c.features?.sev?.supported, false)
  })

  it('reads a QEMU document: vcpu max, loader enums and host-model CPU', () => {
    const file = corpusFiles('domaincaps').find((f) => f.includes('qemu_') && f.endsWith('x86_64.xml'))!
    const q = DomainCapabilities.fromXml(corpus('domaincaps', file))
    assert.ok((q.vcpuMax ?? 0) > 1)
    assert.ok(q.os!.loader!.enums.length > 0)
    assert.ok(q.cpu!.modes.toArray().some((m) => m.name === 'host-model'))
  })

  it('writes valid capabilities and refuses a bad supported flag unchanged', () => {
    const c = bhyve()
    c.devices!.disk!.supported = false
    assertValid(c.toXml(), 'domaincaps.rng')
    assertRejectedUnchanged(c, () => (c.vcpuMax = -1))
    assertRejectedUnchanged(c, () => (c.devices!.disk!.supported = 'on' as never))
  })
})
