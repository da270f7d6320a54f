// Beyond libvirt-glib on a real QEMU TCG guest under a private libvirtd: guest addresses
// from dnsmasq's lease (a network gvir defines and starts), and stats$ with CPU %, disk and
// NIC rates from a guest whose iPXE keeps reading its disk and asking for DHCP, compared
// with virsh domifaddr and python-libvirt's getAllDomainStats on the same daemon.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { promisify } from 'node:util'
import { firstValueFrom, take, toArray } from 'rxjs'
import { Connection, type Domain } from '../../../gobject/index.js'
import { Libvirtd } from '../../support/libvirtd.js'

const exec = promisify(execFile)

describe('beyond libvirt-glib on a TCG guest through a private libvirtd', function () {
  this.timeout(120_000)
  let daemon: Libvirtd
  let conn: Connection
  let dom: Domain
  const virsh = async (...args: string[]): Promise<string> => (await exec('virsh', ['-c', daemon.qemuUri, ...args])).stdout

  before(async () => {
    daemon = await Libvirtd.start()
    conn = await Connection.open(daemon.qemuUri)
    const net = await conn.createNetwork(`<network><name>lan</name><bridge name='gvbr3'/>
      <ip address='192.168.78.1' netmask='255.255.255.0'><dhcp><range start='192.168.78.10' end='192.168.78.20'/></dhcp></ip></network>`)
    await net.start()
    const dir = daemon.mkdir('guest')
    writeFileSync(`${dir}/disk.raw`, Buffer.alloc(1 << 20))
    dom = await conn.startDomain(`<domain type='qemu'><name>stats</name><memory unit='MiB'>64</memory><vcpu>1</vcpu>
      <os><type arch='x86_64' machine='pc'>hvm</type><boot dev='hd'/><boot dev='network'/></os>
      <devices><disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='${dir}/disk.raw'/><target dev='hda' bus='ide'/></disk>
      <interface type='network'><source network='lan'/><mac address='52:54:00:aa:bb:cd'/><model type='e1000'/></interface>
      <memballoon model='virtio'/></devices></domain>`)
  })
  after(async () => {
    await dom?.stop().catch(() => undefined)
    conn?.close()
    await daemon?.stop()
  })

  it('gives the guest\'s lease address as virsh domifaddr does', async () => {
    let ifaces = await dom.getInterfaceAddresses({ source: 'lease' })
    for (let i = 0; i < 120 && ifaces.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 500))
      ifaces = await dom.getInterfaceAddresses({ source: 'lease' })
    }
    assert.equal(ifaces.length, 1, 'no lease within 60 s')
    const [iface] = ifaces
    assert.equal(iface!.hwaddr, '52:54:00:aa:bb:cd')
    assert.match(iface!.addrs[0]!.addr, /^192\.168\.78\.(1\d|20)$/)
    const theirs = (await virsh('domifaddr', 'stats', '--source', 'lease')).trim().split('\n').slice(2).map((l) => l.trim().split(/\s+/))
    assert.deepEqual(theirs, [[iface!.name, iface!.hwaddr, 'ipv4', `${iface!.addrs[0]!.addr}/${iface!.addrs[0]!.prefix}`]])
    // The agent source needs a guest agent this guest does not run: libvirt's own error.
    await assert.rejects(dom.getInterfaceAddresses({ source: 'agent' }), (e: unknown) => e instanceof Error && 'code' in e)
  })

  it('sets a running guest\'s title live without redefining it, as virsh desc --title reads it', async () => {
    await dom.setMetadata({ type: 'title', value: 'stats guest', live: true })
    assert.equal((await virsh('desc', 'stats', '--title')).trim(), 'stats guest')
    assert.equal(await dom.getMetadata({ type: 'title' }), 'stats guest')
  })

  it('samples CPU %, balloon, vCPUs and disk and NIC rates with stats$, fields and kinds as python-libvirt gives them', async () => {
    const samples = await firstValueFrom(dom.stats$({ intervalMs: 1000 }).pipe(take(3), toArray()))
    const [first, , last] = samples
    assert.equal(first!.cpuPercent, null)
    assert.equal(first!.state, 1)
    assert.ok(last!.cpuPercent! > 0 && last!.cpuPercent! < 400, `cpu ${last!.cpuPercent}%`)
    assert.deepEqual(last!.vcpu, { current: 1, maximum: 1 })
    assert.equal(last!.balloon?.maximumKiB, 65536)
    assert.deepEqual(last!.disks.map((d) => d.name), ['hda'])
    assert.ok(last!.disks[0]!.rdReqsPerSec !== null && last!.disks[0]!.rdReqsPerSec >= 0)
    assert.deepEqual(last!.nics.map((n) => n.name), ['vnet0'])
    assert.ok(last!.nics[0]!.rxBytesPerSec !== null)
    assert.equal(typeof last!.stats['cpu.time'], 'bigint')
    assert.equal(typeof last!.stats['state.state'], 'number')
    const script = `import json, libvirt\nc = libvirt.open('${daemon.qemuUri}')\nprint(json.dumps([sorted(s) for d, s in c.getAllDomainStats()]))`
    const theirs = JSON.parse((await exec('/usr/bin/python3', ['-c', script])).stdout) as string[][]
    const [ours] = await conn.getAllDomainStats()
    assert.deepEqual(Object.keys(ours!.stats).sort(), theirs[0])
    assert.equal(ours!.domain, dom)
  })
})
