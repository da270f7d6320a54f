import assert from 'node:assert/strict'
import { ConfigError, GenericElement } from '../../../gconfig/core/index.js'
import { DOMAIN_XML, TestDisk, TestDomain, TestHost, TestInterface, TestSource } from './fixtures.js'

/** Asserts that `act` throws ConfigError and that `doc` is exactly as before. */
function rejectsUnchanged(doc: { toXml(): string }, act: () => void): void {
  const before = doc.toXml()
  assert.throws(act, ConfigError)
  assert.equal(doc.toXml(), before)
}

describe('gconfig declared properties', function () {
  describe('reading', function () {
    it('reads attributes, element text, nested paths, flags and sizes through typed accessors', function () {
      const d = TestDomain.fromXml(DOMAIN_XML)
      assert.equal(d.type, 'kvm')
      assert.equal(d.name, 'vm1')
      assert.equal(d.memory, 1024 ** 3)
      assert.equal(d.vcpu, 2)
      assert.equal(d.vcpuPlacement, 'static')
      assert.equal(d.arch, 'x86_64')
      assert.equal(d.osType, 'hvm')
      assert.equal(d.uuid, undefined)
      assert.equal(d.acpi, false)
      const disk = d.disks.at(0)!
      assert.equal(disk.source?.file, '/var/lib/a.qcow2')
      assert.equal(d.disks.at(1)!.readonly, true)
      assert.equal(d.disks.at(1)!.source, undefined)
    })

    it('gives the same view object for the same element on every read', function () {
      const d = TestDomain.fromXml(DOMAIN_XML)
      assert.equal(d.disks.at(0), d.disks.at(0))
      assert.equal(d.disks.at(0)!.source, d.disks.at(0)!.source)
      assert.equal(d.devices.at(0), d.disks.at(0))
      assert.equal(d.disks, d.disks)
    })

    it('throws ConfigError naming the path when stored text does not decode, while get() still gives the raw text', function () {
      const d = TestDomain.fromXml(`<domain><vcpu>two</vcpu><memory unit='lots'>1</memory></domain>`)
      assert.throws(() => d.vcpu, (e: unknown) => e instanceof ConfigError && e.path === '/domain/vcpu' && e.message.startsWith('/domain/vcpu: '))
      assert.throws(() => d.memory, /unknown unit 'lots'/)
      assert.equal(d.get('vcpu'), 'two')
    })

    it('rejects a document whose root is not the class element, with line and column', function () {
      assert.throws(
        () => TestDomain.fromXml(`<?xml version='1.0'?>\n<network/>`),
        (e: unknown) => e instanceof ConfigError && e.line === 2 && e.column === 1 && /expected a <domain>/.test(e.message),
      )
      assert.throws(() => TestDisk.fromXml(`<domain/>`), ConfigError)
      assert.equal(TestDisk.fromXml(`<disk type='file'/>`).type, 'file')
    })
  })

  describe('writing', function () {
    it('changes only the attribute set, keeping the rest of the text', function () {
      const d = TestDomain.fromXml(DOMAIN_XML)
      d.type = 'qemu'
      assert.equal(d.toXml(), DOMAIN_XML.replace("type='kvm'", "type='qemu'"))
      d.disks.at(0)!.source!.file = '/b.img'
      assert.equal(d.toXml(), DOMAIN_XML.replace("type='kvm'", "type='qemu'").replace('/var/lib/a.qcow2', '/b.img'))
    })

    it('creates missing parents in libvirt order with matching indentation', function () {
      const d = TestDomain.fromXml(DOMAIN_XML)
      d.uuid = 'c7a5fdbd-edaf-9455-926a-d65c16db1809'
      d.acpi = true
      d.loader = '/usr/share/OVMF.fd'
      d.loaderReadonly = true
      d.onReboot = 'restart'
      const expected = DOMAIN_XML.replace('<name>vm1</name>\n', "<name>vm1</name>\n  <uuid>c7a5fdbd-edaf-9455-926a-d65c16db1809</uuid>\n")
        .replace("hvm</type>\n", "hvm</type>\n    <loader readonly='yes'>/usr/share/OVMF.fd</loader>\n")
        .replace('  </os>\n', '  </os>\n  <features>\n    <acpi/>\n  </features>\n  <on_reboot>restart</on_reboot>\n')
      assert.equal(d.toXml(), expected)
    })

    it('places new attributes in declared order', function () {
      const disk = TestDisk.fromXml(`<disk><driver type='raw'/></disk>`)
      disk.driverName = 'qemu'
      assert.equal(disk.toXml(), `<disk><driver name='qemu' type='raw'/></disk>`)
    })

    it('removes the node on undefined and prunes emptied parents, up to the object itself', function () {
      const d = TestDomain.fromXml(DOMAIN_XML)
      d.arch = undefined
      assert.match(d.toXml(), /<type machine='pc'>hvm<\/type>/)
      d.osType = undefined
      assert.doesNotMatch(d.toXml(), /<os>/)
      const disk = d.disks.at(1)!
      disk.targetDev = undefined
      disk.targetBus = undefined
      disk.readonly = false
      assert.equal(disk.toXml(), `<disk type='file' device='cdrom'/>`)
      d.acpi = true
      d.acpi = false
      assert.doesNotMatch(d.toXml(), /features/)
    })

    it('restores the exact input after a set and its inverse', function () {
      const d = TestDomain.fromXml(DOMAIN_XML)
      d.uuid = '00000000-0000-0000-0000-000000000001'
      d.pae = true
      d.disks.at(0)!.bootOrder = 1
      d.memory = 3 * 1024 ** 3
      d.uuid = undefined
      d.pae = false
      d.disks.at(0)!.bootOrder = undefined
      d.memory = 1024 ** 3
      assert.equal(d.toXml(), DOMAIN_XML)
    })

    it('escapes markup in strings rather than injecting it', function () {
      const d = TestDomain.fromXml(DOMAIN_XML)
      d.name = `</name><evil a="1"/><name>`
      d.disks.at(0)!.source!.file = `' injected='1`
      const again = TestDomain.fromXml(d.toXml())
      assert.equal(again.name, `</name><evil a="1"/><name>`)
      assert.equal(again.disks.at(0)!.source!.file, `' injected='1`)
      assert.equal(again.get('evil/@a'), undefined)
      assert.equal(again.disks.at(0)!.source!.node.attributes.length, 1)
    })

    it('writes tabs, newlines and CR in attributes as character references so they read back unchanged', function () {
      const d = TestDomain.fromXml(DOMAIN_XML)
      d.disks.at(0)!.source!.file = 'a\tb\nc\rd'
      assert.match(d.toXml(), /file='a&#9;b&#10;c&#13;d'/)
      assert.equal(TestDomain.fromXml(d.toXml()).disks.at(0)!.source!.file, 'a\tb\nc\rd')
      d.description = 'line1\r\nline2 & <3'
      assert.equal(TestDomain.fromXml(d.toXml()).description, 'line1\r\nline2 & <3')
    })

    it('builds a new document from scratch in libvirt layout', function () {
      const d = new TestDomain()
      d.type = 'test'
      d.name = 'fresh'
      d.memory = 512 * 1024 ** 2
      d.osType = 'hvm'
      const disk = new TestDisk()
      disk.type = 'file'
      disk.source = new TestSource()
      disk.source.file = '/x.img'
      disk.targetDev = 'vda'
      d.disks.add(disk)
      assert.equal(
        d.toXml(),
        [
          `<domain type='test'>`,
          `  <name>fresh</name>`,
          `  <memory unit='KiB'>524288</memory>`,
          `  <os>`,
          `    <type>hvm</type>`,
          `  </os>`,
          `  <devices>`,
          `    <disk type='file'>`,
          `      <source file='/x.img'/>`,
          `      <target dev='vda'/>`,
          `    </disk>`,
          `  </devices>`,
          `</domain>`,
        ].join('\n'),
      )
    })

    it('re-indents a subtree built on its own when it is inserted deeper, and removes cleanly', function () {
      const disk = new TestDisk()
      disk.type = 'file'
      disk.source = new TestSource()
      disk.source.file = '/x.img'
      disk.targetDev = 'vda'
      assert.equal(disk.toXml(), `<disk type='file'>\n  <source file='/x.img'/>\n  <target dev='vda'/>\n</disk>`)
      const d = new TestDomain()
      d.name = 'n'
      d.disks.add(disk)
      assert.equal(d.toXml(), `<domain>\n  <name>n</name>\n  <devices>\n    <disk type='file'>\n      <source file='/x.img'/>\n      <target dev='vda'/>\n    </disk>\n  </devices>\n</domain>`)
      d.disks.remove(0)
      assert.equal(d.toXml(), `<domain>\n  <name>n</name>\n</domain>`)
    })

    it('keeps a parsed one-line document on one line, including a subtree built indented', function () {
      const src = `<domain type='test'><name>a</name></domain>`
      const d = TestDomain.fromXml(src)
      assert.equal(d.toXml(), src)
      const disk = new TestDisk()
      disk.type = 'file'
      disk.targetDev = 'vda'
      disk.source = new TestSource()
      disk.source.file = '/y'
      d.disks.add(disk)
      assert.equal(d.toXml(), `<domain type='test'><name>a</name><devices><disk type='file'><source file='/y'/><target dev='vda'/></disk></devices></domain>`)
    })
  })

  describe('bad values throw ConfigError and leave the document unchanged', function () {
    const d = TestDomain.fromXml(DOMAIN_XML)
    const disk = (): TestDisk => d.disks.at(0)!
    const cases: [string, () => void][] = [
      ['a malformed UUID', () => (d.uuid = 'c7a5fdbd-edaf-9455-926a')],
      ['a MAC with a bad octet', () => ((d.devices.at(1) as TestInterface).mac = '52:54:00:zz:bb:cc')],
      ['an enum value outside the list', () => (d.type = 'xen' as 'kvm')],
      ['a negative size', () => (d.memory = -1)],
      ['a fractional size', () => (d.memory = 1.5)],
      ['NaN for an integer', () => (d.vcpu = Number.NaN)],
      ['a negative unsigned integer', () => (d.vcpu = -2)],
      ['an integer beyond 2^53', () => (d.vcpu = 2 ** 60)],
      ['a string holding U+0000', () => (d.name = 'a\0b')],
      ['a string holding U+FFFE', () => (d.name = 'a\uFFFEb')],
      ['a lone surrogate', () => (d.name = 'a\uD800b')],
      ['a number for a string property', () => (d.name = 5 as unknown as string)],
      ['a string for a flag', () => (d.acpi = 'yes' as unknown as boolean)],
      ['a negative hex number', () => (disk().pciBus = -1)],
      ['an element of the wrong tag for a child', () => (disk().source = new TestHost() as unknown as TestSource)],
      ['a bad path to set()', () => d.set('os/<x>', '1')],
      ['a non-string to set()', () => d.set('name', 1 as unknown as string)],
      ['U+0001 through set()', () => d.set('@x', '\u0001')],
    ]
    for (const [what, act] of cases) it(`rejects ${what}`, () => rejectsUnchanged(d, act))
  })

  describe('sizes', function () {
    it('reads every libvirt unit in bytes', function () {
      const units: [string, number][] = [
        ['b', 1], ['bytes', 1], ['KB', 1e3], ['k', 1024], ['KiB', 1024], ['MB', 1e6], ['M', 1024 ** 2], ['MiB', 1024 ** 2],
        ['GB', 1e9], ['G', 1024 ** 3], ['GiB', 1024 ** 3], ['TB', 1e12], ['T', 1024 ** 4], ['TiB', 1024 ** 4], ['PiB', 1024 ** 5], ['PB', 1e15],
      ]
      for (const [unit, scale] of units) {
        assert.equal(TestDomain.fromXml(`<domain><memory unit='${unit}'>3</memory></domain>`).memory, 3 * scale, unit)
      }
      assert.equal(TestDomain.fromXml(`<domain><memory>3</memory></domain>`).memory, 3 * 1024)
    })

    it('writes in the existing unit when exact, else in bytes', function () {
      const d = TestDomain.fromXml(`<domain><memory unit='GiB'>2</memory><currentMemory>4</currentMemory></domain>`)
      d.memory = 4 * 1024 ** 3
      assert.match(d.toXml(), /<memory unit='GiB'>4<\/memory>/)
      d.memory = 4 * 1024 ** 3 + 512
      assert.match(d.toXml(), /<memory unit='bytes'>4294967808<\/memory>/)
      d.currentMemory = 8192
      assert.match(d.toXml(), /<currentMemory>8<\/currentMemory>/)
      d.currentMemory = 100
      assert.match(d.toXml(), /<currentMemory unit='bytes'>100<\/currentMemory>/)
    })

    it('reads a size beyond 2^53 bytes exactly when a number holds it, and refuses to round one', function () {
      assert.equal(TestDomain.fromXml(`<domain><memory unit='EiB'>9</memory></domain>`).memory, 9 * 2 ** 60)
      assert.throws(() => TestDomain.fromXml(`<domain><memory unit='EiB'>16</memory></domain>`).memory, /more than 2\^64 - 1 bytes/)
      assert.throws(() => TestDomain.fromXml(`<domain><memory unit='b'>9007199254740993</memory></domain>`).memory, /no exact number form/)
    })
  })

  describe('child views and lists', function () {
    it('shares the tree: a change through a child shows in the parent, and the reverse', function () {
      const d = TestDomain.fromXml(DOMAIN_XML)
      const src = d.disks.at(0)!.source!
      src.file = '/new.img'
      assert.match(d.toXml(), /<source file='\/new.img'\/>/)
      d.set('devices/disk/source/@file', '/other.img')
      assert.equal(src.file, '/other.img')
    })

    it('adds, removes and moves devices without touching the devices in between', function () {
      const d = TestDomain.fromXml(DOMAIN_XML)
      const iface = DOMAIN_XML.slice(DOMAIN_XML.indexOf('<interface'), DOMAIN_XML.indexOf('</interface>') + 12)
      const cdrom = DOMAIN_XML.slice(DOMAIN_XML.indexOf("<disk type='file' device='cdrom'>"), DOMAIN_XML.lastIndexOf('</disk>') + 7)
      assert.equal(d.devices.length, 4)
      const added = TestDisk.fromXml(`<disk type='block'>\n  <target dev='vdb'/>\n</disk>`)
      d.devices.add(added, 1)
      assert.deepEqual(d.devices.toArray().map((x) => x.node.name), ['disk', 'disk', 'interface', 'disk', 'console'])
      assert.equal(d.disks.at(1), added)
      assert.ok(d.toXml().includes(iface) && d.toXml().includes(cdrom))
      d.devices.move(0, 3)
      assert.deepEqual(d.disks.toArray().map((x) => x.targetDev), ['vdb', 'sda', 'vda'])
      assert.ok(d.toXml().includes(iface) && d.toXml().includes(cdrom))
      d.devices.remove(added)
      d.devices.move(2, 0)
      assert.equal(d.toXml(), DOMAIN_XML)
    })

    it('types items by tag and keeps unmodelled devices as generic views', function () {
      const d = TestDomain.fromXml(DOMAIN_XML)
      assert.equal(d.devices.ofType(TestDisk).length, 2)
      assert.equal(d.devices.ofType(TestInterface)[0]!.mac, '52:54:00:aa:bb:cc')
      assert.ok(d.devices.at(-1) instanceof GenericElement)
      assert.equal(d.devices.at(-1)!.get('@type'), 'pty')
    })

    it('puts the first item of an empty list where the declared order says', function () {
      const s = TestSource.fromXml(`<source protocol='nbd'><auth><secret uuid='c7a5fdbd-edaf-9455-926a-d65c16db1809'/></auth></source>`)
      const h = new TestHost()
      h.name = 'example.org'
      h.port = 10809
      s.hosts.add(h)
      assert.equal(s.toXml(), `<source protocol='nbd'><host name='example.org' port='10809'/><auth><secret uuid='c7a5fdbd-edaf-9455-926a-d65c16db1809'/></auth></source>`)
    })

    it('rejects items of the wrong element, an item inside itself and bad indices', function () {
      const d = TestDomain.fromXml(DOMAIN_XML)
      rejectsUnchanged(d, () => d.disks.add(new TestInterface() as unknown as TestDisk))
      const disk = d.disks.at(0)!
      const src = disk.source!
      rejectsUnchanged(d, () => src.hosts.add(disk as unknown as TestHost))
      rejectsUnchanged(d, () => d.devices.move(0, 9))
      rejectsUnchanged(d, () => d.devices.remove(17))
      rejectsUnchanged(d, () => d.disks.remove(TestDisk.fromXml('<disk/>')))
    })

    it('removes and clones objects; a removed view stays usable', function () {
      const d = TestDomain.fromXml(DOMAIN_XML)
      const copy = d.disks.at(0)!.clone()
      const gone = d.disks.remove(0)
      assert.equal(d.disks.length, 1)
      assert.equal(gone.targetDev, 'vda')
      gone.targetDev = 'vdz'
      assert.equal(copy.targetDev, 'vda')
      d.devices.add(copy, 0)
      assert.equal(d.toXml(), DOMAIN_XML)
    })

    it('replaces a child view in place when one is assigned', function () {
      const disk = TestDisk.fromXml(`<disk><source file='/a'/><target dev='vda'/></disk>`)
      const s = new TestSource()
      s.file = '/b'
      disk.source = s
      assert.equal(disk.toXml(), `<disk><source file='/b'/><target dev='vda'/></disk>`)
      s.file = '/c'
      assert.equal(disk.source.file, '/c')
      disk.source = undefined
      assert.equal(disk.toXml(), `<disk><target dev='vda'/></disk>`)
    })
  })
})
