import assert from 'node:assert/strict'
import { Capabilities } from '../../../gconfig/capabilities/index.js'
import { Domain } from '../../../gconfig/domain/index.js'

/**
 * Values libvirt's C tables format but its 11.3.0 RelaxNG schemas do not list, as real hosts
 * and newer libvirt releases write them (found reading virt-manager's and Nova's test data).
 * Every one used to make its typed getter throw ConfigError on a document libvirt produced.
 */
describe('gconfig: values libvirt emits beyond its schemas', () => {
  it('reads a capabilities document of a vz host, a bhyve host, a libxl host and an armv7b host', () => {
    const caps = Capabilities.fromXml(`<capabilities>
  <host>
    <uuid>11111111-2222-3333-4444-555555555555</uuid>
    <cpu><arch>armv7b</arch></cpu>
    <migration_features><live/><uri_transports><uri_transport>xenmigr</uri_transport></uri_transports></migration_features>
  </host>
  <guest>
    <os_type>xenpvh</os_type>
    <arch name='ppcle'><wordsize>32</wordsize><domain type='vz'/><domain type='bhyve'/><domain type='parallels'/></arch>
  </guest>
</capabilities>`)
    assert.equal(caps.host?.cpu?.arch, 'armv7b')
    assert.deepEqual([...caps.host!.migrationFeatures!.uriTransports!.uriTransports].map((t) => t.value), ['xenmigr'])
    const guest = caps.guests.at(0)!
    assert.equal(guest.osType, 'xenpvh')
    assert.equal(guest.arch?.name, 'ppcle')
    assert.deepEqual([...guest.arch!.domains].map((d) => d.type), ['vz', 'bhyve', 'parallels'])
  })

  it('reads and writes a parallels domain, an NVMe controller and a TDX launch security element', () => {
    const xml = `<domain type='parallels'>
  <name>ct</name>
  <devices>
    <controller type='nvme' index='0'/>
  </devices>
  <launchSecurity type='tdx'><policy>0x10000000</policy></launchSecurity>
</domain>`
    const dom = Domain.fromXml(xml)
    assert.equal(dom.type, 'parallels')
    assert.equal(dom.controllers.at(0)?.type, 'nvme')
    assert.equal(dom.launchSecurity?.type, 'tdx')
    dom.type = 'vz'
    assert.equal(dom.toXml(), xml.replace(`type='parallels'`, `type='vz'`))
  })
})
