import assert from 'node:assert/strict'
import { Network, NetworkDhcpHost, NetworkIp, NetworkPortgroup } from '../../../gconfig/network/index.js'
import { corpus } from '../support/shared.js'
import { assertRejectedUnchanged, assertValid, virsh } from '../support/kinds.js'

const nat = () => Network.fromXml(corpus('network', 'networkxml2xmlin/nat-network.xml'))

describe('gconfig Network', () => {
  it('reads name, uuid, bridge, forward and every <ip> with its DHCP ranges and hosts', () => {
    const n = nat()
    assert.equal(n.name, 'default')
    assert.equal(n.uuid, '81ff0d90-c91e-6742-64da-4a736edb9a9b')
    assert.equal(n.bridgeName, 'virbr0')
    assert.equal(n.forward?.mode, 'nat')
    assert.equal(n.forward?.dev, 'eth1')
    assert.equal(n.ips.length, 5)
    const ip = n.ips.at(0)!
    assert.equal(ip.address, '192.168.122.1')
    assert.equal(ip.netmask, '255.255.255.0')
    assert.equal(ip.dhcp?.ranges.at(0)?.start, '192.168.122.2')
    assert.equal(ip.dhcp?.ranges.at(0)?.end, '192.168.122.254')
    assert.deepEqual([...ip.dhcp!.hosts].map((h) => [h.mac, h.name, h.ip]), [
      ['00:16:3e:77:e2:ed', 'a.example.com', '192.168.122.10'],
      ['00:16:3e:3e:a9:1a', 'b.example.com', '192.168.122.11'],
    ])
    assert.equal(n.ips.at(2)?.family, 'ipv6')
    assert.equal(n.ips.at(2)?.prefix, 64)
  })

  it('reads DNS records, port groups with bandwidth and virtual ports, and dnsmasq options', () => {
    const dns = Network.fromXml(corpus('network', 'networkxml2xmlin/nat-network-dns-hosts.xml'))
    assert.equal(dns.dns?.forwardPlainNames, false)
    assert.equal(dns.dns?.hosts.length, 4)
    assert.deepEqual([...dns.dns!.hosts.at(1)!.hostnames].map((h) => h.value), ['host', 'gateway'])
    assert.equal(dns.bridgeStp, true)
    assert.equal(dns.bridgeDelay, 0)
    const pg = Network.fromXml(corpus('network', 'networkxml2xmlin/openvswitch-net.xml'))
    assert.equal(pg.virtualport?.type, 'openvswitch')
    const groups = [...pg.portgroups]
    assert.deepEqual(groups.map((g) => g.name), ['bob', 'alice', 'native'])
    assert.ok(groups[0] instanceof NetworkPortgroup)
    assert.equal(groups[0]!.default, true)
    assert.equal(groups[1]!.vlan?.trunk, 'yes')
    assert.deepEqual([...groups[1]!.vlan!.tags].map((t) => t.id), [777, 888, 999])
    assert.equal(groups[2]!.vlan?.tags.at(0)?.nativeMode, 'tagged')
    assert.equal(groups[0]!.virtualport?.parametersProfileid, 'bob-profile')
    const opts = Network.fromXml(corpus('network', 'networkxml2xmlin/dnsmasq-options.xml'))
    assert.deepEqual([...opts.dnsmasqOptions!.options].map((o) => o.value), ['foo=bar', 'cname=*.cloudapps.example.com,master.example.com'])
  })

  it('writes setters into the tree in libvirt order, and the result is schema-valid', () => {
    const n = nat()
    n.forward!.mode = 'route'
    n.bridgeStp = false
    n.bridgeDelay = 2
    n.mtuSize = 9000
    n.domainName = 'example.com'
    const host = n.ips.at(0)!.dhcp!.hosts.add(new NetworkDhcpHost())
    host.mac = '52:54:00:00:00:01'
    host.ip = '192.168.122.12'
    const xml = n.toXml()
    assert.match(xml, /<bridge name="virbr0" stp='off' delay='2'\/>\s*<mtu size='9000'\/>/)
    assert.match(xml, /<forward mode="route" dev="eth1"\/>/)
    assert.match(xml, /<host mac='52:54:00:00:00:01' ip='192.168.122.12'\/>/)
    assert.ok(xml.indexOf('<domain') > xml.indexOf('<forward') && xml.indexOf('<domain') < xml.indexOf('<ip'))
    assertValid(xml, 'network.rng')
  })

  it('removes a property and prunes the emptied element when set to undefined', () => {
    const n = nat()
    n.bridgeName = undefined
    assert.doesNotMatch(n.toXml(), /<bridge/)
  })

  it('rejects a bad MAC, UUID, enum value, number or markup with ConfigError and changes nothing', () => {
    const n = nat()
    const host = n.ips.at(0)!.dhcp!.hosts.at(0)!
    assertRejectedUnchanged(n, () => (host.mac = 'not-a-mac'))
    assertRejectedUnchanged(n, () => (n.uuid = '1234'))
    assertRejectedUnchanged(n, () => (n.forward!.mode = 'tunnel' as never))
    assertRejectedUnchanged(n, () => (n.mtuSize = 1.5))
    assertRejectedUnchanged(n, () => (n.bridgeDelay = -1))
    assertRejectedUnchanged(n, () => (n.name = 'a\u0000b'))
    n.name = 'x"/><evil/>'
    assert.equal(Network.fromXml(n.toXml()).name, 'x"/><evil/>')
  })

  it('builds a network from scratch that libvirt (test:///default) defines and reads back', () => {
    const n = new Network()
    n.name = 'gvir-net'
    n.uuid = 'b2d5cd3f-8d2e-4b4c-9a6e-1e0c3a8a4f11'
    n.bridgeName = 'gvirbr0'
    n.bridgeStp = true
    n.macAddress = '52:54:00:12:34:56'
    const ip = n.ips.add(new NetworkIp())
    ip.address = '192.168.200.1'
    ip.prefix = 24
    assertValid(n.toXml(), 'network.rng')
    const dumped = virsh(n.toXml(), 'net-define', 'net-dumpxml gvir-net')
    const back = Network.fromXml(dumped)
    assert.equal(back.name, 'gvir-net')
    assert.equal(back.uuid, n.uuid)
    assert.equal(back.bridgeName, 'gvirbr0')
    assert.equal(back.macAddress, '52:54:00:12:34:56')
    assert.equal(back.ips.at(0)?.address, '192.168.200.1')
    assert.equal(back.ips.at(0)?.prefix, 24)
  })
})
