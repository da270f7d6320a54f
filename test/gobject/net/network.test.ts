import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { promisify } from 'node:util'
import { Interface as InterfaceConfig, Network as NetworkConfig } from '../../../gconfig/index.js'
import { callAsync, init, isVirError } from '../../../glib/index.js'
import { gi, type LibvirtGObject } from '../../../lib/gi.js'
import { Interface } from '../../../gobject/interface.js'
import { Network } from '../../../gobject/network.js'
import { NetworkDHCPLease } from '../../../gobject/network-dhcp-lease.js'
import { wrapObject } from '../../../gobject/object.js'
import { Libvirtd } from '../../support/libvirtd.js'

const exec = promisify(execFile)

async function open(uri: string): Promise<LibvirtGObject.Connection> {
  init()
  const gconn = gi().LibvirtGObject.Connection.new(uri)
  await callAsync(gconn, 'open', [])
  return gconn
}

describe('Network and Interface on the test driver', () => {
  let gconn: LibvirtGObject.Connection
  before(async () => {
    gconn = await open('test:///default')
    await callAsync(gconn, 'fetchNetworks', [])
    await callAsync(gconn, 'fetchInterfaces', [])
  })
  after(() => gconn.close())

  it('gives the default network its name, uuid and config as a gconfig Network, === per GObject', async () => {
    const net = wrapObject(gconn.findNetworkByName('default'), Network)
    assert.equal(wrapObject(gconn.findNetworkByName('default'), Network), net)
    assert.equal(net.name, 'default')
    assert.match(net.uuid, /^[0-9a-f-]{36}$/)
    const config = await net.getConfig()
    assert.ok(config instanceof NetworkConfig)
    assert.equal(config.name, 'default')
  })

  it('rejects DHCP leases on the test driver with a VirError (it has none)', async () => {
    const net = wrapObject(gconn.findNetworkByName('default'), Network)
    await assert.rejects(net.getDhcpLeases(), (err: unknown) => isVirError(err))
  })

  it('lists host interfaces with name, MAC and config as a gconfig Interface', async () => {
    const ifaces = gconn.getInterfaces().map((i) => wrapObject(i, Interface))
    assert.ok(ifaces.length > 0)
    const eth = ifaces.find((i) => i.name === 'eth1')!
    assert.match(eth.mac, /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/i)
    const config = await eth.getConfig()
    assert.ok(config instanceof InterfaceConfig)
    assert.equal(config.name, 'eth1')
    assert.equal(wrapObject(gconn.findInterfaceByMac(eth.mac), Interface), eth)
  })
})

describe('Network DHCP leases on a real libvirtd with dnsmasq and a TCG guest booting iPXE', function () {
  this.timeout(120_000)
  let daemon: Libvirtd
  let gconn: LibvirtGObject.Connection
  const virsh = (...args: string[]) => exec('virsh', ['-q', '-c', daemon.qemuUri, ...args])

  before(async function () {
    daemon = await Libvirtd.start()
    const dir = daemon.mkdir('net')
    writeFileSync(`${dir}/n.xml`, `<network><name>lan</name><bridge name='gvbr0'/>
      <ip address='192.168.77.1' netmask='255.255.255.0'><dhcp><range start='192.168.77.10' end='192.168.77.20'/></dhcp></ip></network>`)
    writeFileSync(`${dir}/g.xml`, `<domain type='qemu'><name>pxe</name><memory unit='MiB'>64</memory>
      <os><type arch='x86_64' machine='pc'>hvm</type><boot dev='network'/></os>
      <devices><interface type='network'><source network='lan'/><mac address='52:54:00:aa:bb:cc'/><model type='e1000'/></interface>
      <memballoon model='none'/></devices></domain>`)
    await virsh('net-define', `${dir}/n.xml`)
    await virsh('net-start', 'lan')
    await virsh('define', `${dir}/g.xml`)
    await virsh('start', 'pxe')
    gconn = await open(daemon.qemuUri)
    await callAsync(gconn, 'fetchNetworks', [])
  })
  after(async () => {
    gconn?.close()
    await daemon?.stop()
  })

  it('returns the guest\'s lease as a NetworkDHCPLease with its MAC, IPv4 address, prefix and expiry', async () => {
    const net = wrapObject(gconn.findNetworkByName('lan'), Network)
    let leases: NetworkDHCPLease[] = []
    for (let i = 0; i < 120 && leases.length === 0; i++) {
      leases = await net.getDhcpLeases()
      if (leases.length === 0) await new Promise((r) => setTimeout(r, 500))
    }
    assert.equal(leases.length, 1, 'the guest got no lease within 60 s')
    const [lease] = leases
    assert.ok(lease instanceof NetworkDHCPLease)
    assert.equal(lease!.mac, '52:54:00:aa:bb:cc')
    assert.equal(lease!.ipType, 'ipv4')
    assert.match(lease!.ip, /^192\.168\.77\.(1[0-9]|20)$/)
    assert.equal(lease!.prefix, 24)
    assert.equal(lease!.iface, 'gvbr0')
    assert.ok(lease!.expiryTime > Date.now() / 1000)
    assert.deepEqual((await net.getDhcpLeases({ mac: '52:54:00:aa:bb:cc' })).map((l) => l.ip), [lease!.ip])
    assert.deepEqual(await net.getDhcpLeases({ mac: '52:54:00:00:00:01' }), [])
  })
})
