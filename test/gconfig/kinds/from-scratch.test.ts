import assert from 'node:assert/strict'
import { inspect } from 'node:util'
import { ConfigError, type ConfigObject } from '../../../gconfig/core/index.js'
import { Domain, DomainDisk } from '../../../gconfig/domain/index.js'
import { Network, NetworkDhcpRange, NetworkIp } from '../../../gconfig/network/index.js'
import { StoragePool } from '../../../gconfig/storagepool/index.js'
import { StorageVol } from '../../../gconfig/storagevol/index.js'
import { allClasses } from '../fuzz/classes.js'
import { assertValid, virsh } from '../support/kinds.js'

const bag = (o: ConfigObject): Record<string, unknown> => o as unknown as Record<string, unknown>

describe('gconfig: building a document from nothing works the way editing one does', function () {
  this.timeout(60_000)

  it("ensure() creates a missing child in libvirt's order and returns it; reading never creates anything", () => {
    const pool = new StoragePool()
    assert.equal(pool.target, undefined)
    assert.equal(pool.toXml(), '<pool/>')
    pool.ensure('target').path = '/tmp/p'
    pool.name = 'p'
    pool.type = 'dir'
    assert.equal(pool.toXml(), "<pool type='dir'>\n  <name>p</name>\n  <target>\n    <path>/tmp/p</path>\n  </target>\n</pool>")
    assert.equal(pool.ensure('target'), pool.target) // present: the same view, nothing added
  })

  it('ensure() refuses a key that is not a child element, with the element path', () => {
    const pool = new StoragePool()
    assert.throws(
      () => pool.ensure('name' as never),
      (e: unknown) => e instanceof ConfigError && e.message === "/pool: 'name' is not a child element of StoragePool",
    )
    assert.equal(pool.toXml(), '<pool/>')
  })

  it('applies to every child view of every class: ensure(key) on a new element gives an attached view of the declared class, once', () => {
    let ensured = 0
    for (const cls of allClasses) {
      for (const [key, s] of Object.entries(cls.spec)) {
        if (s.kind !== 'prop' || s.childClass === undefined) continue
        const obj = new cls()
        const got = obj.ensure(key as never) as unknown
        assert.ok(got instanceof s.childClass, `${cls.name}.ensure('${key}') gave ${String(got)}`)
        assert.equal(bag(obj)[key], got, `${cls.name}.${key} does not read the ensured child`)
        assert.equal(obj.ensure(key as never), got, `${cls.name}.ensure('${key}') twice made a second child`)
        assert.notEqual(obj.get(s.path), undefined, `${cls.name}.ensure('${key}') left ${s.path} absent`)
        assert.equal(cls.fromXml(obj.toXml()).toXml(), obj.toXml())
        ensured++
      }
    }
    assert.ok(ensured > 200, `${ensured} child declarations`)
  })

  it('builds a pool, a volume and a network from nothing that libvirt (test:///default) defines as written', () => {
    const pool = new StoragePool()
    pool.type = 'dir'
    pool.name = 'scratch'
    pool.ensure('target').path = '/var/lib/gvir-scratch'
    assertValid(pool.toXml(), 'storagepool.rng')
    const poolBack = StoragePool.fromXml(virsh(pool.toXml(), 'pool-define', 'pool-dumpxml scratch'))
    assert.equal(poolBack.type, 'dir')
    assert.equal(poolBack.target?.path, '/var/lib/gvir-scratch')

    const vol = new StorageVol()
    vol.name = 'disk.qcow2'
    vol.capacity = 1024 ** 3
    vol.ensure('target').formatType = 'qcow2'
    assertValid(vol.toXml(), 'storagevol.rng')
    const volBack = StorageVol.fromXml(virsh(vol.toXml(), 'vol-create default-pool', 'vol-dumpxml --pool default-pool disk.qcow2'))
    assert.equal(volBack.capacity, 1024 ** 3)
    assert.equal(volBack.target?.formatType, 'qcow2')

    const net = new Network()
    net.name = 'lab'
    net.ensure('forward').mode = 'nat'
    net.bridgeName = 'virbr9'
    const ip = new NetworkIp()
    ip.address = '192.168.150.1'
    ip.netmask = '255.255.255.0'
    const range = new NetworkDhcpRange()
    range.start = '192.168.150.2'
    range.end = '192.168.150.254'
    ip.ensure('dhcp').ranges.add(range)
    net.ips.add(ip)
    assertValid(net.toXml(), 'network.rng')
    const netBack = Network.fromXml(virsh(net.toXml(), 'net-define', 'net-dumpxml lab'))
    assert.equal(netBack.forward?.mode, 'nat')
    assert.equal(netBack.bridgeName, 'virbr9')
    assert.equal(netBack.ips.at(0)?.dhcp?.ranges.at(0)?.end, '192.168.150.254')
  })

  it('names the element path in ConfigError: /domain/devices/disk[2]/target/@bus', () => {
    const dom = Domain.fromXml(`<domain type='kvm'><name>d</name><devices><disk type='file' device='disk'/><disk type='file' device='disk'/></devices></domain>`)
    const disk = dom.disks.at(1)!
    assert.throws(
      () => (disk.targetBus = 'nvme-of-the-future'),
      (e: unknown) => e instanceof ConfigError && e.path === '/domain/devices/disk[2]/target/@bus' && e.message.startsWith('/domain/devices/disk[2]/target/@bus: '),
    )
    assert.throws(() => disk.set('target/@bus', 'a\u0000'), (e: unknown) => e instanceof ConfigError && e.path === '/domain/devices/disk[2]/target/@bus')
    assert.throws(() => dom.disks.remove(7), (e: unknown) => e instanceof ConfigError && e.message.startsWith('/domain/devices/disk: no such item'))
    // A detached element names its own top.
    assert.throws(() => (new DomainDisk().targetBus = 'x'), (e: unknown) => e instanceof ConfigError && e.path === '/disk/target/@bus')
  })

  it('console.log / util.inspect shows the class and the document, not the parser internals', () => {
    const pool = new StoragePool()
    pool.type = 'dir'
    pool.name = 'p'
    assert.equal(inspect(pool), "StoragePool <pool type='dir'>\n  <name>p</name>\n</pool>")
    const dom = Domain.fromXml(`<domain type='kvm'><name>d</name><devices><disk type='file'/></devices></domain>`)
    assert.equal(inspect(dom), `Domain <domain type='kvm'><name>d</name><devices><disk type='file'/></devices></domain>`)
    assert.equal(inspect(dom.disks), `ConfigList(1) [ DomainDisk <disk type='file'/> ]`)
    assert.doesNotMatch(inspect({ dom }), /XmlElement|parent|dirty/)
  })
})
