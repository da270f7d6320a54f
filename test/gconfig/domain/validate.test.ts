/**
 * What the setters write is accepted by libvirt 11.3.0's RelaxNG schema: a domain built from
 * nothing, and corpus documents edited through every part of the typed API.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'mocha'
import {
  type Domain, DomainCputune, DomainCputuneVcpusched, DomainDiskIotune, DomainFeatureHyperv, DomainFeatureKvm, DomainFeatures, DomainGraphicsListen,
  DomainInterfaceVlanTag, DomainIothread, DomainKeywrap, DomainKeywrapCipher, DomainMemoryBackingPage, DomainNumatune,
  DomainOsLoader, DomainOsNvram, DomainSeclabel, DomainSysinfo, DomainSysinfoEntry, DomainTimer, DomainBlkiotune,
  DomainBlkiotuneDevice, DomainMemoryBacking, DomainPerf, DomainPerfEvent, DomainIdmap, DomainIdmapUid, DomainIdmapGid, DomainVcpu,
  DomainDiskSourceHost, DomainDiskAuth, DomainDisk, DomainDiskSource, DomainDeviceAddress, DomainThrottleGroup, DomainDiskThrottleFilter,
  DomainHostdev, DomainHostdevSource, DomainCpuNumaSibling, DomainCpu,
} from '../../../gconfig/domain/index.js'
import { buildDomain } from './build.js'
import { corpusDomain, schemaDir } from './fixtures.js'

async function assertValid(d: Domain): Promise<void> {
  const r = await d.validate({ schemaDir })
  assert.deepEqual(r.errors, [], d.toXml())
  assert.equal(r.valid, true)
}

/** A minimal valid KVM domain from the corpus that edits start from. */
const BASE = 'qemuxmlconfdata/q35.x86_64-latest.xml'

const edits: Array<[string, string, (d: Domain) => void]> = [
  ['identity, metadata-free header and memory in new units', BASE, (d) => {
    d.title = 'A title'
    d.description = 'Free text & <markup>'
    d.genid = ''
    d.memory = 3 * 1024 ** 3
    d.maxMemory = 16 * 1024 ** 3
    d.maxMemorySlots = 16
    d.iothreads = 2
    const it = new DomainIothread()
    it.id = 1
    it.pollMax = 32768
    d.iothreadids.add(it)
  }],
  ['cputune with real-time scheduling and emulator pinning', BASE, (d) => {
    const t = new DomainCputune()
    t.shares = 1024
    t.period = 100000
    t.quota = -1
    t.emulatorpinCpuset = '1-3,^2'
    const s = new DomainCputuneVcpusched()
    s.vcpus = '0'
    s.scheduler = 'fifo'
    s.priority = 1
    t.vcpuscheds.add(s)
    d.cputune = t
  }],
  ['numatune, blkiotune and huge pages', BASE, (d) => {
    const n = new DomainNumatune()
    n.memoryMode = 'strict'
    n.memoryNodeset = '0'
    d.numatune = n
    const b = new DomainBlkiotune()
    b.weight = 800
    const dev = new DomainBlkiotuneDevice()
    dev.path = '/dev/sda'
    dev.weight = 500
    b.devices.add(dev)
    d.blkiotune = b
    const mb = new DomainMemoryBacking()
    mb.hugepages = true
    const page = new DomainMemoryBackingPage()
    page.size = 2 * 1024 ** 2
    mb.hugepagesPages.add(page)
    mb.locked = true
    mb.allocationMode = 'immediate'
    d.memoryBacking = mb
  }],
  ['os with UEFI loader and NVRAM template, direct kernel boot and SMBIOS', BASE, (d) => {
    const os = d.os!
    const loader = new DomainOsLoader()
    loader.readonly = true
    loader.type = 'pflash'
    loader.path = '/usr/share/OVMF/OVMF_CODE.fd'
    os.loader = loader
    const nv = new DomainOsNvram()
    nv.template = '/usr/share/OVMF/OVMF_VARS.fd'
    nv.path = '/var/lib/libvirt/qemu/nvram/vm_VARS.fd'
    os.nvram = nv
    os.kernel = '/boot/vmlinuz'
    os.initrd = '/boot/initrd.img'
    os.cmdline = 'console=ttyS0 root=/dev/vda1'
    os.smbiosMode = 'sysinfo'
    os.biosUseserial = true
    os.biosRebootTimeout = 0
    const si = new DomainSysinfo()
    si.type = 'smbios'
    const e = new DomainSysinfoEntry()
    e.name = 'manufacturer'
    e.value = 'gvir'
    si.systemEntries.add(e)
    d.sysinfos.add(si)
  }],
  ['features with Hyper-V enlightenments and KVM options', BASE, (d) => {
    const f = d.features ?? new DomainFeatures()
    f.acpi = true
    const hv = new DomainFeatureHyperv()
    hv.mode = 'custom'
    hv.relaxedState = true
    hv.spinlocksState = true
    hv.spinlocksRetries = 8191
    hv.vendorIdState = true
    hv.vendorIdValue = 'KVMKVMKVM'
    hv.stimerState = true
    hv.stimerDirectState = true
    f.hyperv = hv
    const kvm = new DomainFeatureKvm()
    kvm.hiddenState = true
    kvm.dirtyRingState = true
    kvm.dirtyRingSize = 4096
    f.kvm = kvm
    f.smmState = true
    f.smmTseg = 48 * 1024 ** 2
    f.ioapicDriver = 'kvm'
    f.vmportState = false
    d.features = f
  }],
  ['cpu, clock timers, lifecycle, pm and perf', BASE, (d) => {
    const cpu = d.cpu ?? new DomainCpu()
    cpu.mode = 'host-passthrough'
    cpu.check = 'none'
    cpu.migratable = true
    cpu.maxphysaddrMode = 'passthrough'
    d.cpu = cpu
    const t = new DomainTimer()
    t.name = 'tsc'
    t.present = true
    t.mode = 'native'
    d.clock!.timers.add(t)
    d.onLockfailure = 'pause'
    const perf = new DomainPerf()
    const ev = new DomainPerfEvent()
    ev.name = 'cpu_cycles'
    ev.enabled = true
    perf.events.add(ev)
    d.perf = perf
    const v = new DomainVcpu()
    v.id = 0
    v.enabled = true
    v.hotpluggable = false
    d.vcpus.add(v)
  }],
  ['NUMA distances on a corpus NUMA guest', 'qemuxmlconfdata/numatune-distances.xml', (d) => {
    const s = new DomainCpuNumaSibling()
    s.id = 5
    s.value = 30
    const cell = d.cpu!.numaCells.at(0)!
    cell.siblings.remove(cell.siblings.length - 1)
    cell.siblings.add(s)
  }],
  ['security labels, keywrap and launch security', 'qemuxmlconfdata/launch-security-sev.x86_64-latest+amdsev.xml', (d) => {
    const s = new DomainSeclabel()
    s.type = 'dynamic'
    s.model = 'selinux'
    s.relabel = true
    d.seclabels.add(s)
    d.launchSecurity!.policy = 0x3
    d.launchSecurity!.cbitpos = 51
    d.launchSecurity!.kernelHashes = true
    const kw = new DomainKeywrap()
    const c = new DomainKeywrapCipher()
    c.name = 'aes'
    c.state = false
    kw.ciphers.add(c)
    d.keywrap = kw
  }],
  ['LXC idmap', 'lxcconf2xmldata/lxcconf2xml-idmap.xml', (d) => {
    const m = d.idmap ?? new DomainIdmap()
    m.uids.toArray().forEach((u) => { m.uids.remove(u) })
    m.gids.toArray().forEach((u) => { m.gids.remove(u) })
    const u = new DomainIdmapUid()
    u.start = 0
    u.target = 100000
    u.count = 65536
    m.uids.add(u)
    const g = new DomainIdmapGid()
    g.start = 0
    g.target = 100000
    g.count = 65536
    m.gids.add(g)
    d.idmap = m
  }],
  ['disks: network source with hosts and auth, iotune, throttle groups, addresses', BASE, (d) => {
    const disk = new DomainDisk()
    disk.type = 'network'
    disk.device = 'disk'
    disk.driverName = 'qemu'
    disk.driverType = 'raw'
    const src = new DomainDiskSource()
    src.protocol = 'rbd'
    src.name = 'pool/image'
    const h = new DomainDiskSourceHost()
    h.name = 'mon1.example.org'
    h.port = 6789
    src.hosts.add(h)
    const auth = new DomainDiskAuth()
    auth.username = 'admin'
    auth.secretType = 'ceph'
    auth.secretUuid = '0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f'
    src.auth = auth
    disk.source = src
    disk.targetDev = 'sda'
    disk.targetBus = 'scsi'
    const io = new DomainDiskIotune()
    io.readIopsSec = 500
    io.writeIopsSec = 400
    disk.iotune = io
    const addr = new DomainDeviceAddress()
    addr.type = 'drive'
    addr.controller = 0
    addr.bus = 0
    addr.target = 0
    addr.unit = 1
    disk.address = addr
    disk.bootOrder = 2
    disk.wwn = '0x5000c50015ea71ac'
    d.devices.add(disk)
    const tg = new DomainThrottleGroup()
    tg.groupName = 'limit0'
    tg.totalBytesSec = 1_000_000
    d.throttlegroups.add(tg)
    const vda = d.disks.at(0)
    if (vda !== undefined) {
      const tf = new DomainDiskThrottleFilter()
      tf.group = 'limit0'
      vda.throttleFilters.add(tf)
    }
  }],
  ['interfaces: VLAN tags, bandwidth, driver offloads; graphics listens', 'qemuxmlconfdata/net-virtio-network-portgroup.x86_64-latest.xml', (d) => {
    const nic = d.interfaces.at(0)!
    nic.bandwidthInboundAverage = 1000
    nic.bandwidthInboundPeak = 5000
    nic.bandwidthOutboundAverage = 128
    const tag = new DomainInterfaceVlanTag()
    tag.id = 42
    nic.vlanTags.add(tag)
    nic.driverName = 'vhost'
    nic.driverQueues = 4
    nic.driverHostCsum = false
    nic.driverGuestTso4 = false
    nic.mtuSize = 9000
    nic.romBar = false
    nic.acpiIndex = 7
  }],
  ['graphics listen edits', 'qemuxmlconfdata/graphics-vnc.x86_64-latest.xml', (d) => {
    const g = d.graphics.at(0)!
    g.sharePolicy = 'force-shared'
    const l = new DomainGraphicsListen()
    l.type = 'socket'
    l.socket = '/tmp/vnc.sock'
    g.listens.toArray().forEach((x) => { g.listens.remove(x) })
    g.listen = undefined
    g.port = undefined
    g.autoport = undefined
    g.listens.add(l)
  }],
  ['a USB host device chosen by vendor and product', BASE, (d) => {
    const hd = new DomainHostdev()
    hd.mode = 'subsystem'
    hd.type = 'usb'
    hd.managed = true
    const src = new DomainHostdevSource()
    src.vendorId = 0x046d
    src.productId = 0xc52b
    src.startupPolicy = 'optional'
    hd.source = src
    hd.bootOrder = 3
    d.devices.add(hd)
  }],
]

describe('gconfig/domain setters write schema-valid XML', function () {
  this.timeout(120_000)

  it('builds a Domain with every device kind from nothing that validates', async () => {
    await assertValid(buildDomain())
  })

  it('starts from corpus documents that validate', async () => {
    for (const f of new Set(edits.map(([, file]) => file))) await assertValid(corpusDomain(f))
  })

  for (const [what, file, edit] of edits) {
    it(`keeps ${file.split('/')[1]} valid after editing ${what}`, async () => {
      const d = corpusDomain(file)
      edit(d)
      await assertValid(d)
    })
  }

  it('creates new top-level elements in libvirt order', () => {
    const d = corpusDomain(BASE)
    d.title = 'T'
    d.description = 'D'
    d.maxMemory = 4 * 1024 ** 3
    d.onLockfailure = 'pause'
    const kids = d.node.children.filter((c) => c.kind === 'element').map((c) => (c as { name: string }).name)
    assert.deepEqual(kids.slice(0, 6), ['name', 'uuid', 'title', 'description', 'maxMemory', 'memory'])
    assert.ok(kids.indexOf('on_lockfailure') === kids.indexOf('on_crash') + 1)
  })

  it('writes a size in the element\'s own unit when exact, else in bytes', () => {
    const d = corpusDomain(BASE)
    assert.equal(d.get('memory/@unit'), 'KiB')
    d.memory = 4 * 1024 ** 3
    assert.equal(d.get('memory'), '4194304')
    d.memory = 1000
    assert.equal(d.get('memory/@unit'), 'bytes')
    assert.equal(d.memory, 1000)
  })
})
