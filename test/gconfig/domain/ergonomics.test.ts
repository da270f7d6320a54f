/**
 * The names a new user guesses for the common things, on a real corpus document and on a
 * document built from scratch.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'mocha'
import { ConfigError, Domain, DomainDisk, DomainGraphics, DomainGraphicsListen, DomainInterface } from '../../../gconfig/index.js'
import { corpusDomain, corpusText } from './fixtures.js'

const FILE = 'domainschemadata/domain-qemu-interface-filterref.xml'

describe('gconfig Domain: the accessors a new user guesses', () => {
  it('reads identity, memory in bytes, vCPUs and the OS from a corpus document', () => {
    const d = corpusDomain(FILE)
    assert.equal(d.type, 'kvm')
    assert.equal(d.name, 'gentoo')
    assert.equal(d.uuid, 'a75aca4b-a02f-2bcb-4a91-c93cd848c34b')
    assert.equal(d.memory, 4 * 1024 ** 3)
    assert.equal(d.currentMemory, 4 * 1024 ** 3)
    assert.equal(d.vcpu, 4)
    assert.equal(d.vcpuPlacement, 'static')
    assert.deepEqual([d.osType, d.osArch, d.osMachine], ['hvm', 'x86_64', 'pc-i440fx-1.4'])
    assert.deepEqual([d.os?.type, d.os?.arch, d.os?.machine], ['hvm', 'x86_64', 'pc-i440fx-1.4'])
    assert.deepEqual(d.bootDevices, ['hd', 'cdrom'])
  })

  it('reads disks (source file, target dev and bus, format), interfaces (MAC, network, bridge, model) and graphics', () => {
    const d = corpusDomain(FILE)
    const disk = d.disks.at(1)!
    assert.deepEqual([disk.device, disk.sourceFile, disk.source?.file, disk.targetDev, disk.targetBus, disk.driverType], [
      'disk', '/var/lib/libvirt/images/gentoo.qcow2', '/var/lib/libvirt/images/gentoo.qcow2', 'vda', 'virtio', 'qcow2',
    ])
    assert.equal(d.disks.at(3)!.readonly, true)
    const [net, bridge] = d.interfaces.toArray()
    assert.deepEqual([net!.type, net!.macAddress, net!.sourceNetwork, net!.source?.network, net!.modelType], ['network', '52:54:00:d6:c0:0b', 'default', 'default', 'virtio'])
    assert.deepEqual([bridge!.type, bridge!.sourceBridge, bridge!.modelType], ['bridge', 'br0', 'rtl8139'])
    const g = d.graphics.at(0)!
    assert.deepEqual([g.type, g.port, g.autoport], ['vnc', -1, true])
  })

  it('edits the common things and changes nothing else in the text', () => {
    const src = corpusText(FILE)
    const d = Domain.fromXml(src)
    d.name = 'gentoo2'
    d.memory = 8 * 1024 ** 3
    d.disks.at(1)!.sourceFile = '/srv/gentoo.qcow2'
    d.interfaces.at(0)!.sourceNetwork = 'lab'
    const expected = src
      .replace('<name>gentoo</name>', '<name>gentoo2</name>')
      .replace("<memory unit='KiB'>4194304</memory>", "<memory unit='KiB'>8388608</memory>")
      .replace("<source file='/var/lib/libvirt/images/gentoo.qcow2'/>", "<source file='/srv/gentoo.qcow2'/>")
      .replace("<source network='default'/>", "<source network='lab'/>")
    assert.equal(d.toXml(), expected)
  })

  it('builds a readable domain from scratch with the same names, valid against domain.rng', async () => {
    const d = new Domain()
    d.type = 'kvm'
    d.name = 'vm1'
    d.title = 'Build server'
    d.uuid = '4dea22b3-1d52-d8f3-2516-782e98ab3fa0'
    d.memory = 2 * 1024 ** 3
    d.currentMemory = 1024 ** 3
    d.vcpu = 2
    d.osType = 'hvm'
    d.osArch = 'x86_64'
    d.osMachine = 'q35'
    d.bootDevices = ['cdrom', 'hd']
    const disk = d.disks.add(new DomainDisk())
    disk.type = 'file'
    disk.device = 'disk'
    disk.driverName = 'qemu'
    disk.driverType = 'qcow2'
    disk.sourceFile = '/var/lib/libvirt/images/vm1.qcow2'
    disk.targetDev = 'vda'
    disk.targetBus = 'virtio'
    const nic = d.interfaces.add(new DomainInterface())
    nic.type = 'network'
    nic.macAddress = '52:54:00:12:34:56'
    nic.sourceNetwork = 'default'
    nic.modelType = 'virtio'
    const g = d.graphics.add(new DomainGraphics())
    g.type = 'vnc'
    g.port = 5901
    const listen = g.listens.add(new DomainGraphicsListen())
    listen.type = 'address'
    listen.address = '127.0.0.1'
    assert.equal(
      d.toXml(),
      `<domain type='kvm'>
  <name>vm1</name>
  <uuid>4dea22b3-1d52-d8f3-2516-782e98ab3fa0</uuid>
  <title>Build server</title>
  <memory unit='KiB'>2097152</memory>
  <currentMemory unit='KiB'>1048576</currentMemory>
  <vcpu>2</vcpu>
  <os>
    <type arch='x86_64' machine='q35'>hvm</type>
    <boot dev='cdrom'/>
    <boot dev='hd'/>
  </os>
  <devices>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2'/>
      <source file='/var/lib/libvirt/images/vm1.qcow2'/>
      <target dev='vda' bus='virtio'/>
    </disk>
    <interface type='network'>
      <mac address='52:54:00:12:34:56'/>
      <source network='default'/>
      <model type='virtio'/>
    </interface>
    <graphics type='vnc' port='5901'>
      <listen type='address' address='127.0.0.1'/>
    </graphics>
  </devices>
</domain>`,
    )
    assert.deepEqual(await d.validate(), { valid: true, errors: [] })
  })

  it('replaces the boot order, and refuses a bad boot device without changing anything', () => {
    const d = corpusDomain(FILE)
    d.bootDevices = ['network']
    assert.deepEqual(d.bootDevices, ['network'])
    const before = d.toXml()
    assert.throws(() => (d.bootDevices = ['hd', 'usb' as 'hd']), ConfigError)
    assert.equal(d.toXml(), before)
    const fresh = new Domain()
    assert.throws(() => (fresh.bootDevices = ['floppy' as 'fd']), ConfigError)
    assert.equal(fresh.toXml(), '<domain/>')
    fresh.bootDevices = []
    assert.equal(fresh.toXml(), '<domain/>')
  })

  it('keeps namespaced extensions (qemu:commandline) through edits, readable with prefixed paths', () => {
    const file = 'qemuxmlconfdata/qemu-ns-domain-commandline.xml'
    const src = corpusText(file)
    const d = Domain.fromXml(src)
    assert.equal(d.get('qemu:commandline/qemu:arg/@value'), 'ARGUMENT')
    d.name = 'renamed'
    d.disks.at(0)!.targetBus = 'sata'
    d.bootDevices = ['cdrom']
    const out = d.toXml()
    const block = (s: string): string => s.slice(s.indexOf('  <qemu:commandline'))
    assert.equal(block(out), block(src))
    assert.match(out, /^<domain type='qemu' xmlns:qemu='urn:dummy'>/)
    d.set('qemu:commandline/qemu:arg/@value', '-no-reboot')
    assert.equal(Domain.fromXml(d.toXml()).get('qemu:commandline/qemu:arg/@value'), '-no-reboot')
  })
})
