/**
 * A domain built from nothing through the typed API, with one device of every kind libvirt's
 * test driver accepts; shared by the validation and libvirt tests.
 * @module
 */
import {
  Domain, DomainChannel, DomainConsole, DomainController, DomainDisk, DomainDiskSource, DomainFeatures, DomainGraphics, DomainGraphicsListen,
  DomainInput, DomainInterface, DomainInterfaceSource, DomainMemballoon, DomainOs, DomainOsBoot, DomainClock, DomainTimer, DomainCpu,
  DomainCpuFeature, DomainCpuNumaCell, DomainRng, DomainSerial, DomainSound, DomainVideo, DomainWatchdog, DomainChardevSource, DomainTpm, DomainPanic,
  DomainFilesys, DomainHostdev, DomainHostdevSource, DomainDeviceAddress, DomainVsock, DomainIommu, DomainMemory, DomainRedirdev,
  DomainSmartcard, DomainShmem, DomainHub, DomainAudio, DomainParallel, DomainCputune, DomainCputuneVcpupin, DomainMemtune, DomainPm,
  DomainMemoryBacking, DomainDiskIotune, DomainCrypto, DomainPstore, DomainLease,
} from '../../../gconfig/domain/index.js'

/** A new Domain, every part set through typed setters. */
export function buildDomain(name = 'gvir-built'): Domain {
  const d = new Domain()
  d.type = 'test'
  d.name = name
  d.uuid = '6f4bc3c4-9b5d-4c4b-a5d5-1e5c4f3d2a10'
  d.title = 'Built by gvir'
  d.description = 'A domain made from scratch <with> markup & quotes "\''
  d.maxMemory = 8 * 1024 ** 3
  d.maxMemorySlots = 4
  d.memory = 2 * 1024 ** 3
  d.currentMemory = 1024 ** 3
  d.vcpu = 4
  d.vcpuPlacement = 'static'
  d.vcpuCurrent = 2
  d.iothreads = 2

  const mt = new DomainMemtune()
  mt.hardLimit = 4 * 1024 ** 3
  d.memtune = mt
  const mb = new DomainMemoryBacking()
  mb.nosharepages = true
  d.memoryBacking = mb

  const ct = new DomainCputune()
  ct.shares = 2048
  const pin = new DomainCputuneVcpupin()
  pin.vcpu = 0
  pin.cpuset = '0-1'
  ct.vcpupins.add(pin)
  d.cputune = ct

  const os = new DomainOs()
  os.type = 'hvm'
  os.arch = 'x86_64'
  os.machine = 'pc'
  for (const dev of ['hd', 'cdrom'] as const) {
    const b = new DomainOsBoot()
    b.dev = dev
    os.boots.add(b)
  }
  os.bootmenuEnable = true
  d.os = os

  const f = new DomainFeatures()
  f.acpi = true
  f.apic = true
  f.pae = true
  d.features = f

  const cpu = new DomainCpu()
  cpu.mode = 'custom'
  cpu.match = 'exact'
  cpu.model = 'qemu64'
  cpu.topologySockets = 1
  cpu.topologyCores = 2
  cpu.topologyThreads = 2
  const feat = new DomainCpuFeature()
  feat.name = 'vmx'
  feat.policy = 'disable'
  cpu.features.add(feat)
  const cell = new DomainCpuNumaCell()
  cell.id = 0
  cell.cpus = '0-3'
  cell.memory = 2 * 1024 ** 3
  cpu.numaCells.add(cell)
  d.cpu = cpu

  const clock = new DomainClock()
  clock.offset = 'utc'
  const rtc = new DomainTimer()
  rtc.name = 'rtc'
  rtc.tickpolicy = 'catchup'
  clock.timers.add(rtc)
  d.clock = clock

  d.onPoweroff = 'destroy'
  d.onReboot = 'restart'
  d.onCrash = 'coredump-destroy'
  const pm = new DomainPm()
  pm.suspendToMem = false
  d.pm = pm

  d.emulator = '/usr/bin/qemu-system-x86_64'

  const disk = new DomainDisk()
  disk.type = 'file'
  disk.device = 'disk'
  disk.driverName = 'qemu'
  disk.driverType = 'qcow2'
  disk.driverCache = 'none'
  const src = new DomainDiskSource()
  src.file = '/var/lib/libvirt/images/built.qcow2'
  disk.source = src
  disk.targetDev = 'vda'
  disk.targetBus = 'virtio'
  const io = new DomainDiskIotune()
  io.totalBytesSec = 10_000_000
  disk.iotune = io
  disk.serial = 'GVIR0001'
  d.devices.add(disk)

  const cd = new DomainDisk()
  cd.type = 'file'
  cd.device = 'cdrom'
  cd.targetDev = 'hdc'
  cd.targetBus = 'ide'
  cd.readonly = true
  d.devices.add(cd)

  const ctl = new DomainController()
  ctl.type = 'usb'
  ctl.index = 0
  ctl.model = 'qemu-xhci'
  d.devices.add(ctl)

  const nic = new DomainInterface()
  nic.type = 'network'
  nic.macAddress = '52:54:00:AB:CD:EF'
  const nsrc = new DomainInterfaceSource()
  nsrc.network = 'default'
  nic.source = nsrc
  nic.modelType = 'virtio'
  nic.linkState = 'up'
  d.devices.add(nic)

  const fs = new DomainFilesys()
  fs.type = 'mount'
  fs.accessmode = 'passthrough'
  fs.sourceDir = '/srv/share'
  fs.targetDir = 'share'
  d.devices.add(fs)

  const serial = new DomainSerial()
  serial.type = 'pty'
  serial.targetPort = 0
  d.devices.add(serial)
  const console = new DomainConsole()
  console.type = 'pty'
  console.targetType = 'serial'
  console.targetPort = 0
  d.devices.add(console)
  const par = new DomainParallel()
  par.type = 'null'
  par.targetPort = 0
  d.devices.add(par)
  const chan = new DomainChannel()
  chan.type = 'unix'
  const csrc = new DomainChardevSource()
  csrc.mode = 'bind'
  chan.sources.add(csrc)
  chan.targetType = 'virtio'
  chan.targetName = 'org.qemu.guest_agent.0'
  d.devices.add(chan)

  const input = new DomainInput()
  input.type = 'tablet'
  input.bus = 'usb'
  d.devices.add(input)

  const tpm = new DomainTpm()
  tpm.model = 'tpm-crb'
  tpm.backendType = 'emulator'
  tpm.backendVersion = '2.0'
  d.devices.add(tpm)

  const g = new DomainGraphics()
  g.type = 'vnc'
  g.port = -1
  g.autoport = true
  const l = new DomainGraphicsListen()
  l.type = 'address'
  l.address = '127.0.0.1'
  g.listens.add(l)
  d.devices.add(g)

  const audio = new DomainAudio()
  audio.id = 1
  audio.type = 'none'
  d.devices.add(audio)
  const sound = new DomainSound()
  sound.model = 'ich9'
  sound.audioId = 1
  d.devices.add(sound)

  const video = new DomainVideo()
  video.modelType = 'virtio'
  video.modelHeads = 1
  video.modelPrimary = true
  d.devices.add(video)

  const hd = new DomainHostdev()
  hd.mode = 'subsystem'
  hd.type = 'pci'
  hd.managed = true
  const hsrc = new DomainHostdevSource()
  const haddr = new DomainDeviceAddress()
  haddr.domain = 0
  haddr.bus = 6
  haddr.slot = 0x12
  haddr.function = 5
  hsrc.address = haddr
  hd.source = hsrc
  d.devices.add(hd)

  const redir = new DomainRedirdev()
  redir.bus = 'usb'
  redir.type = 'spicevmc'
  d.devices.add(redir)

  const sc = new DomainSmartcard()
  sc.mode = 'passthrough'
  sc.type = 'spicevmc'
  d.devices.add(sc)

  const hub = new DomainHub()
  hub.type = 'usb'
  d.devices.add(hub)

  const wd = new DomainWatchdog()
  wd.model = 'i6300esb'
  wd.action = 'reset'
  d.devices.add(wd)

  const balloon = new DomainMemballoon()
  balloon.model = 'virtio'
  balloon.statsPeriod = 10
  d.devices.add(balloon)

  const rng = new DomainRng()
  rng.model = 'virtio'
  rng.backendModel = 'random'
  rng.backendDevice = '/dev/urandom'
  rng.rateBytes = 1024
  rng.ratePeriod = 1000
  d.devices.add(rng)

  const panic = new DomainPanic()
  panic.model = 'isa'
  d.devices.add(panic)

  const shmem = new DomainShmem()
  shmem.name = 'shm0'
  shmem.modelType = 'ivshmem-plain'
  shmem.size = 4 * 1024 ** 2
  d.devices.add(shmem)

  const mem = new DomainMemory()
  mem.model = 'dimm'
  mem.targetSize = 512 * 1024 ** 2
  mem.targetNode = 0
  d.devices.add(mem)

  const iommu = new DomainIommu()
  iommu.model = 'intel'
  iommu.driverIntremap = false
  d.devices.add(iommu)

  const vsock = new DomainVsock()
  vsock.model = 'virtio'
  vsock.cidAuto = true
  d.devices.add(vsock)

  const crypto = new DomainCrypto()
  crypto.model = 'virtio'
  crypto.type = 'qemu'
  crypto.backendModel = 'builtin'
  crypto.backendQueues = 1
  d.devices.add(crypto)

  const pstore = new DomainPstore()
  pstore.backend = 'acpi-erst'
  pstore.path = '/tmp/pstore'
  pstore.size = 8 * 1024
  d.devices.add(pstore)

  const lease = new DomainLease()
  lease.lockspace = 'space'
  lease.key = 'key'
  lease.targetPath = '/var/lib/lease'
  lease.targetOffset = 0
  d.devices.add(lease)
  return d
}
