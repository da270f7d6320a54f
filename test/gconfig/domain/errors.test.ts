/**
 * Bad values given to domain setters throw ConfigError and leave the document byte-identical.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'mocha'
import { ConfigError, type ConfigObject } from '../../../gconfig/core/index.js'
import {
  Domain, type DomainController, DomainCpu, DomainCputuneVcpupin, DomainDisk, DomainFeatureHyperv, DomainInterface, DomainOs,
} from '../../../gconfig/domain/index.js'
import { corpusDomain } from './fixtures.js'

const FILE = 'qemuxmlconfdata/net-virtio-network-portgroup.x86_64-latest.xml'

/** Asserts that `change` throws ConfigError and that `doc` serialises exactly as before. */
function rejects(doc: Domain, change: () => void): void {
  const before = doc.toXml()
  assert.throws(change, ConfigError)
  assert.equal(doc.toXml(), before)
}

function set(obj: ConfigObject, key: string, value: unknown): () => void {
  return () => {
    ;(obj as unknown as Record<string, unknown>)[key] = value
  }
}

describe('gconfig/domain bad values', () => {
  it('rejects an enum value libvirt does not know', () => {
    const d = corpusDomain(FILE)
    rejects(d, set(d.disks.at(0)!, 'device', 'tape'))
    rejects(d, set(d, 'onCrash', 'explode'))
    rejects(d, set(d.os!, 'type', 'dos'))
  })

  it('rejects a negative, fractional or non-numeric size', () => {
    const d = corpusDomain(FILE)
    rejects(d, set(d, 'memory', -1))
    rejects(d, set(d, 'memory', 1.5))
    rejects(d, set(d, 'currentMemory', Number.NaN))
    rejects(d, set(d, 'maxMemory', '1G'))
  })

  it('rejects a malformed MAC address', () => {
    const d = corpusDomain(FILE)
    const nic = d.interfaces.at(0)!
    rejects(d, set(nic, 'macAddress', '52:54:00:zz:00:01'))
    rejects(d, set(nic, 'macAddress', '52:54:00:00:01'))
    rejects(d, set(nic, 'macAddress', "52:54:00:00:00:01'/><evil"))
  })

  it('rejects a malformed UUID', () => {
    const d = corpusDomain(FILE)
    rejects(d, set(d, 'uuid', 'not-a-uuid'))
    rejects(d, set(d, 'uuid', 'c7a5fdbd-edaf-9455-926a-d65c16db180'))
  })

  it('rejects negative or fractional counts and indexes', () => {
    const d = corpusDomain(FILE)
    rejects(d, set(d, 'vcpu', -2))
    rejects(d, set(d, 'vcpu', 1.5))
    rejects(d, set(d.controllers.at(0)!, 'index', -1))
  })

  it('rejects a malformed cpuset', () => {
    const pin = new DomainCputuneVcpupin()
    assert.throws(() => (pin.cpuset = '0-a'), ConfigError)
    assert.equal(pin.cpuset, undefined)
  })

  it('rejects a domain name that would carry markup or a path', () => {
    const d = corpusDomain(FILE)
    rejects(d, set(d, 'name', '</name><evil/>'))
    rejects(d, set(d, 'name', 'a\nb'))
  })

  it('escapes markup in free text rather than injecting it', () => {
    const d = corpusDomain(FILE)
    d.description = '</description><devices/>&'
    assert.equal(Domain.fromXml(d.toXml()).description, '</description><devices/>&')
    assert.equal(Domain.fromXml(d.toXml()).devices.length, d.devices.length)
  })

  it('rejects a Hyper-V vendor id longer than 12 characters', () => {
    const hv = new DomainFeatureHyperv()
    assert.throws(() => (hv.vendorIdValue = 'ABCDEFGHIJKLM'), ConfigError)
    assert.equal(hv.toXml(), '<hyperv/>')
  })

  it('rejects a child view of the wrong element', () => {
    const d = corpusDomain(FILE)
    rejects(d, set(d, 'os', new DomainCpu()))
    rejects(d, set(d, 'cpu', new DomainOs()))
  })

  it('rejects adding an element of another kind to a typed device list', () => {
    const d = corpusDomain(FILE)
    rejects(d, () => d.interfaces.add(new DomainDisk() as unknown as DomainInterface))
    rejects(d, () => d.controllers.add(new DomainInterface() as unknown as DomainController))
  })

  it('rejects a string that holds characters XML cannot carry', () => {
    const d = corpusDomain(FILE)
    rejects(d, set(d, 'description', 'bell \u0007'))
    rejects(d, set(d.disks.at(0)!.source!, 'file', '/tmp/\u0000'))
  })
})
