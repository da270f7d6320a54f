// Devices of real QEMU guests (TCG) under a private libvirtd, through gvir: a qcow2 disk from a
// directory storage pool (stats, live resize), an IDE CD-ROM whose media changes live
// (updateDevice), NICs on a bridge and on user-mode networking (stats), the guest agent
// channel (setTime), and ACPI S3 (wakeup).
//
// There is no guest OS on these machines (no image, no network), so every byte of guest
// activity comes from firmware: SeaBIOS reads the disk's boot sector, iPXE (Debian's
// ipxe-qemu ROM, booted second) sends DHCP requests on the bridged NIC, and a second guest
// boots a 10-byte boot sector that puts the machine into S3 through the PIIX4 power
// management port. A successful setTime needs qemu-guest-agent running inside a guest OS,
// which these machines cannot provide: only libvirt's refusals are tested.
import assert from 'node:assert/strict'
import { execFileSync, spawn } from 'node:child_process'
import { openSync, readSync, closeSync, existsSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  type Domain as DomainConfig, DomainChannel, DomainDisk as DiskConfig, DomainFeatures, DomainInterface as NicConfig, DomainPm,
} from '../../gconfig/domain/index.js'
import { VirError, VirErrorCode } from '../../glib/index.js'
import {
  Connection, DomainDisk, DomainInterface, type Domain, type DomainDevice, type DomainEvent, type StoragePool,
} from '../../gobject/index.js'
import { Libvirtd } from '../support/libvirtd.js'
import { awaitFirst, poll, smallGuest } from './guest-support.js'
import { figure, uniqueName, waitFor } from './helpers.js'

const MiB = 2 ** 20
/** The bridge the guest's NIC joins, created in the daemon's network namespace. */
const BRIDGE = 'gvbr0'
const AGENT_CHANNEL = 'org.qemu.guest_agent.0'

/**
 * A boot sector that enters ACPI S3: `mov dx, 0x604; mov ax, 0x2400; out dx, ax; hlt; jmp $-1`.
 * SeaBIOS puts the PIIX4 PM registers at 0x600, PM1a_CNT is at +4, and 0x2400 is SLP_EN with
 * SLP_TYP 1 (S3 in QEMU's tables). After a wakeup SeaBIOS finds no resume vector and boots
 * it again, so the guest goes back to sleep.
 */
function s3BootSector(): Buffer {
  const sector = Buffer.alloc(512)
  Buffer.from([0xba, 0x04, 0x06, 0xb8, 0x00, 0x24, 0xef, 0xf4, 0xeb, 0xfd]).copy(sector)
  sector[510] = 0x55
  sector[511] = 0xaa
  return sector
}

/** A file disk built with gconfig. */
function disk(device: 'disk' | 'cdrom', format: 'raw' | 'qcow2', target: string, bus: 'ide' | 'virtio', source?: string): DiskConfig {
  const d = new DiskConfig()
  d.type = 'file'
  d.device = device
  d.driverName = 'qemu'
  d.driverType = format
  if (source !== undefined) d.sourceFile = source
  d.targetDev = target
  d.targetBus = bus
  if (device === 'cdrom') d.readonly = true
  return d
}

function nic(type: 'bridge' | 'user'): NicConfig {
  const n = new NicConfig()
  n.type = type
  if (type === 'bridge') n.sourceBridge = BRIDGE
  n.modelType = 'e1000'
  return n
}

/** The devices guest: qcow2 disk (boots first), empty CD-ROM, bridged NIC (boots second), user-mode NIC, agent channel. */
function devicesGuest(name: string, diskPath: string): DomainConfig {
  const c = smallGuest(name)
  const vda = disk('disk', 'qcow2', 'vda', 'virtio', diskPath)
  vda.bootOrder = 1
  c.devices.add(vda)
  c.devices.add(disk('cdrom', 'raw', 'hdc', 'ide'))
  const bridged = nic('bridge')
  bridged.bootOrder = 2
  c.devices.add(bridged)
  c.devices.add(nic('user'))
  const agent = new DomainChannel()
  agent.type = 'unix'
  agent.targetType = 'virtio'
  agent.targetName = AGENT_CHANNEL
  c.devices.add(agent)
  return c
}

/** The sleeper: ACPI with S3 allowed, booting the S3 boot sector. */
function sleeperGuest(name: string, diskPath: string): DomainConfig {
  const c = smallGuest(name)
  const features = new DomainFeatures()
  features.acpi = true
  c.features = features
  const pm = new DomainPm()
  pm.suspendToMem = true
  c.pm = pm
  c.devices.add(disk('disk', 'raw', 'hda', 'ide', diskPath))
  return c
}

/** The virtual size a qcow2 image declares in its header (big-endian u64 at byte 24). */
function qcow2Size(path: string): bigint {
  const header = Buffer.alloc(32)
  const fd = openSync(path, 'r')
  try {
    readSync(fd, header, 0, 32, 0)
  } finally {
    closeSync(fd)
  }
  assert.equal(header.toString('latin1', 0, 4), 'QFI\xfb', 'a qcow2 image')
  return header.readBigUInt64BE(24)
}

/** The live (or inactive) `<disk>` of `dom` whose target is `dev`. */
async function diskConfig(dom: Domain, dev: string, inactive = false): Promise<DiskConfig> {
  const config = await dom.getConfig({ inactive })
  const found = config.disks.toArray().find((d) => d.targetDev === dev)
  assert.ok(found, `disk ${dev} in the config`)
  return found
}

function virError(code?: VirErrorCode, message?: RegExp): (err: unknown) => boolean {
  return (err) => {
    assert.ok(err instanceof VirError, `a VirError, got ${String(err)}`)
    if (code !== undefined) assert.equal(err.codeName, VirErrorCode[code], err.message)
    if (message) assert.match(err.message, message)
    return true
  }
}

describe('reliability: devices of real QEMU guests (TCG) through gvir', function () {
  this.timeout(60_000)
  let d: Libvirtd
  let conn: Connection
  let pool: StoragePool
  let guest: Domain
  let sleeper: Domain
  /** The small guest, running, with no agent channel. */
  let plain: Domain
  let devices: DomainDevice[]
  let media: string
  let diskPath: string
  const sleeperEvents: DomainEvent[] = []
  let unsubscribe = () => {}
  const since = performance.now()
  const diskName = 'disk.qcow2'

  const vda = () => devices.find((x): x is DomainDisk => x instanceof DomainDisk && DiskConfig.fromXml(x.getConfigXml()).targetDev === 'vda')!
  const nicOf = (type: 'bridge' | 'user') =>
    devices.find((x): x is DomainInterface => x instanceof DomainInterface && NicConfig.fromXml(x.getConfigXml()).type === type)!
  const capacity = async () => {
    await pool.refresh()
    return (await pool.getVolume(diskName)!.getInfo()).capacity
  }

  before(async () => {
    d = await Libvirtd.start()
    execFileSync('ip', ['netns', 'exec', d.netns, 'sh', '-c', `ip link add ${BRIDGE} type bridge && ip link set ${BRIDGE} up`])
    conn = await Connection.open(d.qemuUri)
    const dir = d.mkdir('pool')
    pool = await conn.createStoragePool(`<pool type='dir'><name>devices</name><target><path>${dir}</path></target></pool>`)
    await pool.start()
    const vol = await pool.createVolume(`<volume><name>${diskName}</name><capacity unit='bytes'>${MiB}</capacity><target><format type='qcow2'/></target></volume>`)
    diskPath = await vol.getPath()
    const bootVol = await pool.createVolume(`<volume><name>s3.img</name><capacity unit='bytes'>${MiB}</capacity><target><format type='raw'/></target></volume>`)
    const bootPath = await bootVol.getPath()
    writeFileSync(bootPath, s3BootSector(), { flag: 'r+' })
    media = join(d.mkdir('media'), 'media.iso')
    writeFileSync(media, Buffer.alloc(64 * 1024, 0x5a))

    guest = await conn.createDomain(devicesGuest(uniqueName('devices'), diskPath))
    sleeper = await conn.createDomain(sleeperGuest(uniqueName('sleeper'), bootPath))
    plain = await conn.createDomain(smallGuest(uniqueName('no-agent')))
    const sub = sleeper.events$.subscribe((e) => sleeperEvents.push(e))
    unsubscribe = () => sub.unsubscribe()
    const t = performance.now()
    await Promise.all([guest.start(), sleeper.start(), plain.start()])
    devices = await guest.getDevices()
    figure('guest-devices: three guests started', `${(performance.now() - t).toFixed(0)} ms`)
  })

  after(async () => {
    unsubscribe()
    await Promise.all([guest, sleeper, plain].map(async (dom) => {
      if (!dom) return
      if ((await dom.getInfo()).state !== 'shutoff') await dom.stop()
      await dom.delete()
    }))
    conn?.close()
    await d?.stop()
    figure('guest-devices: spec total', `${(performance.now() - since).toFixed(0)} ms`)
  })

  it('lists the disks and the NICs libvirt-glib can parse (bridge and user) as DomainDisk and DomainInterface', () => {
    const disks = devices.filter((x) => x instanceof DomainDisk).map((x) => DiskConfig.fromXml(x.getConfigXml()).targetDev)
    const nics = devices.filter((x) => x instanceof DomainInterface).map((x) => NicConfig.fromXml(x.getConfigXml()).type)
    assert.deepEqual(disks.sort(), ['hdc', 'vda'])
    assert.deepEqual(nics.sort(), ['bridge', 'user'])
    assert.ok(devices.every((x) => x.domain === guest))
  })

  describe('disk statistics and resize', () => {
    it('counts the boot sector SeaBIOS reads from the qcow2 volume as read requests and bytes, and no writes', async () => {
      const stats = await poll(() => vda().getStats(), (s) => s.rdReq > 0n, 10_000, 'SeaBIOS reading the disk')
      assert.ok(stats.rdBytes >= 512n && stats.rdBytes % 512n === 0n, `whole sectors read: ${stats.rdBytes}`)
      assert.equal(stats.wrReq, 0n, 'firmware writes nothing')
      assert.equal(stats.wrBytes, 0n)
      // QEMU keeps no error count for a disk; libvirt reports -1 for "unknown".
      assert.equal(stats.errs, -1n)
      const cdrom = devices.find((x): x is DomainDisk => x instanceof DomainDisk && x !== vda())!
      const empty = await cdrom.getStats()
      assert.equal(empty.rdReq, 0n, 'nothing read from the empty CD-ROM')
    })

    it('resizes the running guest\'s disk in bytes, and in KiB when asked, as the pool\'s volume and the image header see it', async () => {
      assert.equal(await capacity(), MiB)
      await vda().resize(2 * MiB)
      assert.equal(await capacity(), 2 * MiB)
      assert.equal(qcow2Size(diskPath), BigInt(2 * MiB))
      await vda().resize(3072, { bytes: false })
      assert.equal(await capacity(), 3 * MiB)
      assert.equal(qcow2Size(diskPath), BigInt(3 * MiB))
      assert.equal((await guest.getInfo()).state, 'running')
    })

    it('resizes and deletes a volume of the pool through the daemon (on gvir\'s worker thread), as the file on disk sees it', async () => {
      const vol = await pool.createVolume(`<volume><name>grow.img</name><capacity unit='bytes'>${MiB}</capacity><target><format type='raw'/></target></volume>`)
      const path = await vol.getPath()
      await vol.resize(4 * MiB)
      assert.deepEqual(await vol.getInfo(), { type: 'file', capacity: 4 * MiB, allocation: (await vol.getInfo()).allocation })
      assert.equal(statSync(path).size, 4 * MiB)
      await vol.delete()
      assert.equal(existsSync(path), false)
    })

    it('refuses a negative, fractional, non-finite or over-64-bit size with VIR_ERR_INVALID_ARG and leaves the disk as it was', async () => {
      const before = await capacity()
      // node-gtk wraps -1 and 2^64 around to other guint64 sizes: before the check, both shrank the disk.
      for (const size of [-1, -1n, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 64, 2n ** 64n, '5' as unknown as number]) {
        await assert.rejects(vda().resize(size), virError(VirErrorCode.VIR_ERR_INVALID_ARG, /size must be a whole number/), `resize(${String(size)})`)
      }
      assert.equal(await capacity(), before)
      assert.equal(qcow2Size(diskPath), BigInt(before))
    })
  })

  describe('updateDevice', () => {
    it('inserts media into the empty IDE CD-ROM of the running guest and ejects it, live only', async () => {
      assert.equal((await diskConfig(guest, 'hdc')).sourceFile, undefined, 'empty at boot')
      await guest.updateDevice(disk('cdrom', 'raw', 'hdc', 'ide', media), { live: true })
      assert.equal((await diskConfig(guest, 'hdc')).sourceFile, media)
      assert.equal((await diskConfig(guest, 'hdc', true)).sourceFile, undefined, 'the persistent config keeps no media')
      await guest.updateDevice(disk('cdrom', 'raw', 'hdc', 'ide'), { live: true })
      assert.equal((await diskConfig(guest, 'hdc')).sourceFile, undefined, 'ejected')
    })

    it('tells the tray opening and closing of a CD-ROM swap on trayChange$, as virsh event --all sees it (issue 15)', async () => {
      const seen: string[] = []
      const sub = guest.trayChange$.subscribe((e) => seen.push(e.reason ?? '?'))
      await conn.whenEventsRegistered()
      const virsh = spawn('virsh', ['-c', d.qemuUri, 'event', '--domain', guest.name, '--event', 'tray-change', '--loop'], { stdio: ['ignore', 'pipe', 'ignore'] })
      let out = ''
      virsh.stdout.on('data', (b: Buffer) => { out += b.toString() })
      try {
        await new Promise((r) => setTimeout(r, 500))
        await guest.updateDevice(disk('cdrom', 'raw', 'hdc', 'ide', media), { live: true })
        await guest.updateDevice(disk('cdrom', 'raw', 'hdc', 'ide'), { live: true })
        const reasons = () => [...out.matchAll(/tray-change' for domain '[^']+' disk \S+: (opened|closed)/g)].map((m) => m[1] === 'opened' ? 'open' : 'close')
        await waitFor(() => seen.length >= 2 && reasons().length >= seen.length, 10_000)
        assert.ok(seen.length >= 2, `tray events: ${seen.join()}`)
        assert.deepEqual(seen, reasons())
      } finally {
        virsh.kill()
        sub.unsubscribe()
      }
    })

    it('rejects media that does not exist with a VirError naming the file, and the drive keeps its media', async () => {
      await guest.updateDevice(disk('cdrom', 'raw', 'hdc', 'ide', media), { live: true })
      const before = (await guest.getConfig()).toXml()
      const missing = join(d.dir, 'no-such.iso')
      // libvirt reports a system error (errno) here; libvirt-glib keeps only its text.
      await assert.rejects(guest.updateDevice(disk('cdrom', 'raw', 'hdc', 'ide', missing), { live: true }),
        virError(undefined, /^Failed to update device: Cannot access storage file '.*no-such\.iso': No such file or directory$/))
      assert.equal((await guest.getConfig()).toXml(), before, 'the live config is unchanged')
      await guest.updateDevice(disk('cdrom', 'raw', 'hdc', 'ide'), { live: true })
    })

    it('rejects a new source for a non-removable disk with VIR_ERR_CONFIG_UNSUPPORTED and keeps the disk', async () => {
      const before = (await guest.getConfig()).toXml()
      await assert.rejects(guest.updateDevice(disk('disk', 'qcow2', 'vda', 'virtio', media), { live: true }),
        virError(VirErrorCode.VIR_ERR_CONFIG_UNSUPPORTED, /disk source can be changed only in removable drives/))
      assert.equal((await guest.getConfig()).toXml(), before)
      assert.equal((await diskConfig(guest, 'vda')).sourceFile, diskPath)
    })

    it('rejects a CD-ROM the guest does not have with VIR_ERR_INTERNAL_ERROR', async () => {
      const before = (await guest.getConfig()).toXml()
      await assert.rejects(guest.updateDevice(disk('cdrom', 'raw', 'hdd', 'ide', media), { live: true }),
        virError(VirErrorCode.VIR_ERR_INTERNAL_ERROR, /disk 'hdd' not found/))
      assert.equal((await guest.getConfig()).toXml(), before)
    })
  })

  describe('interface statistics', () => {
    it('counts the DHCP packets iPXE sends on the bridged NIC, read from the host tap and seen from the guest', async () => {
      const t = performance.now()
      const stats = await poll(() => nicOf('bridge').getStats(), (s) => s.txPackets > 0n, 30_000, 'iPXE sending on the bridged NIC')
      figure('guest-devices: first packet from iPXE', `${(performance.now() - since).toFixed(0)} ms after the spec began (${(performance.now() - t).toFixed(0)} ms of polling)`)
      // The smallest Ethernet frame is 60 bytes (without FCS): a DHCP discover is larger.
      assert.ok(stats.txBytes >= 60n * stats.txPackets, `tx ${stats.txBytes} bytes in ${stats.txPackets} packets`)
      assert.equal(stats.txErrs, 0n)
      // What the guest receives is whatever the host sends into the bridge (IPv6 multicast,
      // when the host has IPv6): counted or not, the two counters agree.
      assert.equal(stats.rxPackets === 0n, stats.rxBytes === 0n)
    })

    it('rejects stats of the user-mode NIC, which has no host device, with VIR_ERR_OPERATION_UNSUPPORTED instead of libvirt-glib\'s zeros', async () => {
      assert.equal(NicConfig.fromXml(nicOf('user').getConfigXml()).targetDev, undefined)
      await assert.rejects(nicOf('user').getStats(), virError(VirErrorCode.VIR_ERR_OPERATION_UNSUPPORTED, /no host device/))
    })
  })

  describe('setTime', () => {
    it('rejects with VIR_ERR_AGENT_UNRESPONSIVE when the agent channel exists but no agent runs in the guest', async () => {
      // libvirt's text, "QEMU guest agent is not connected", once read as a lost libvirtd
      // and closed the connection: it must stay open.
      const closed: unknown[] = []
      const sub = conn.closed$.subscribe((v) => closed.push(v))
      try {
        for (const date of [undefined, new Date()]) {
          await assert.rejects(guest.setTime(date), virError(VirErrorCode.VIR_ERR_AGENT_UNRESPONSIVE, /QEMU guest agent is not connected/))
        }
        assert.equal(conn.isOpen, true)
        assert.deepEqual(closed, [])
        assert.ok((await conn.getVersion()).number > 0)
      } finally {
        sub.unsubscribe()
      }
      const channel = (await guest.getConfig()).channels.at(0)
      assert.equal(channel?.targetName, AGENT_CHANNEL)
      assert.equal(channel?.targetState, 'disconnected')
    })

    it('rejects with VIR_ERR_ARGUMENT_UNSUPPORTED on a running guest with no agent channel', async () => {
      await assert.rejects(plain.setTime(new Date()), virError(VirErrorCode.VIR_ERR_ARGUMENT_UNSUPPORTED, /QEMU guest agent is not configured/))
      assert.equal((await plain.getInfo()).state, 'running')
    })
  })

  describe('wakeup', () => {
    it('wakes a guest that entered S3 by itself: pmsuspended:memory, then started:wakeup, then asleep again', async () => {
      const seen = (type: string, detail: string) => sleeperEvents.filter((e) => e.type === type && e.detail === detail).length
      await waitFor(() => seen('pmsuspended', 'memory') > 0, 15_000, 'the sleeper entering S3')
      assert.equal((await sleeper.getInfo()).state, 'pmsuspended')
      // A suspended guest has no agent to talk to, and libvirt says so before looking.
      await assert.rejects(sleeper.setTime(new Date()), virError(VirErrorCode.VIR_ERR_OPERATION_INVALID, /domain is not running/))
      const t = performance.now()
      const woke = awaitFirst(sleeper.events$, (e) => e.type === 'started' && e.detail === 'wakeup')
      await sleeper.wakeup()
      await woke
      const wokeMs = performance.now() - t
      await waitFor(() => seen('pmsuspended', 'memory') > 1, 15_000, 'the sleeper going back to S3')
      figure('guest-devices: wakeup', `started:wakeup ${wokeMs.toFixed(0)} ms after wakeup(), asleep again ${(performance.now() - t).toFixed(0)} ms after`)
    })

    it('rejects wakeup of a running guest without ACPI S3 with VIR_ERR_INTERNAL_ERROR from QEMU, and the guest keeps running', async () => {
      await assert.rejects(guest.wakeup(), virError(VirErrorCode.VIR_ERR_INTERNAL_ERROR, /wake-up from suspend is not supported by this guest/))
      assert.equal((await guest.getInfo()).state, 'running')
    })
  })

  describe('once the guest is shut off', () => {
    it('rejects disk and NIC stats and resize with VIR_ERR_OPERATION_INVALID', async () => {
      await guest.stop()
      const notRunning = virError(VirErrorCode.VIR_ERR_OPERATION_INVALID, /domain is not running/)
      await assert.rejects(vda().getStats(), notRunning)
      await assert.rejects(vda().resize(4 * MiB), notRunning)
      await assert.rejects(nicOf('bridge').getStats(), notRunning)
      await assert.rejects(nicOf('user').getStats(), notRunning)
      assert.equal(await capacity(), 3 * MiB)
    })
  })
})
