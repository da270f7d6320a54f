// gobject/domain-extra.ts and host-extra.ts: the libvirt calls libvirt-glib lacks, checked
// against what virsh reads from the same libvirt, in-process (test:///default) and through
// a private libvirtd (the worker thread).
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import {
  Connection, attachDomainDevice, detachDomainDevice, getDomainAutostart, getDomainBlockStats, getDomainInterfaceStats, getDomainMemoryStats,
  getDomainOsType, getDomainSecurityLabel, getDomainState, getDomainVcpus, getHostname, getLibvirtVersions,
  getSecurityModel, getSysinfo, getUri, removeDomainManagedSave, setDomainAutostart, setDomainMemory, setDomainVcpus,
  VirErrorCode, isVirError, type Domain,
} from '../../lib/index.js'
import { Libvirtd } from '../support/libvirtd.js'

const virsh = (uri: string, cmd: string): string => execFileSync('virsh', ['-c', uri, cmd], { encoding: 'utf8' })

async function rejectsWith(p: Promise<unknown>, code: VirErrorCode): Promise<void> {
  await assert.rejects(p, (err: unknown) => isVirError(err) && err.code === code)
}

for (const where of ['in-process', 'daemon'] as const) {
  describe(`gobject domain-extra and host-extra (${where})`, function () {
    this.timeout(60_000)
    let d: Libvirtd | undefined
    let conn: Connection
    let dom: Domain
    let uri: string
    before(async function () {
      this.timeout(60_000)
      if (where === 'daemon') d = await Libvirtd.start()
      uri = d ? d.testUri : 'test:///default'
      conn = await Connection.open(uri)
      await conn.fetchDomains()
      dom = conn.findDomainByName('test')!
    })
    after(async () => {
      conn?.close()
      await d?.stop()
    })

    it('reads the state with its reason, the OS type, vCPUs, memory, block and interface stats', async () => {
      assert.deepEqual(await getDomainState(dom), { state: 'running', reason: 0 })
      assert.equal(await getDomainOsType(dom), 'linux')
      const vcpus = await getDomainVcpus(dom)
      assert.equal(vcpus.length, 2)
      assert.equal(vcpus[0]?.state, 'running')
      assert.equal(typeof vcpus[0]?.cpuTime, 'bigint')
      assert.equal(vcpus[0]?.affinity.length, 8)
      const mem = await getDomainMemoryStats(dom)
      assert.equal(mem.actual, 2097152 * 1024, 'bytes, where libvirt says KiB')
      assert.ok(typeof mem.majorFault === 'number')
      const blk = await getDomainBlockStats(dom, 'vda')
      assert.deepEqual(Object.keys(blk).sort(), ['errs', 'rd_bytes', 'rd_operations', 'wr_bytes', 'wr_operations'])
      const nic = await getDomainInterfaceStats(dom, 'testnet0')
      assert.ok(nic.rxBytes > 0n)
      await rejectsWith(getDomainBlockStats(dom, 'vdz'), VirErrorCode.VIR_ERR_INVALID_ARG)
      await rejectsWith(getDomainInterfaceStats(dom, 'nosuch'), VirErrorCode.VIR_ERR_INVALID_ARG)
      assert.deepEqual(await getDomainSecurityLabel(dom), { label: 'libvirt-test', enforcing: true })
    })

    it('changes memory, vCPUs and autostart as virsh then sees them', async () => {
      await setDomainMemory(dom, 1024 * 1024 * 1024)
      await setDomainVcpus(dom, 1)
      await setDomainAutostart(dom, true)
      // The test driver lives while a connection holds it: virsh sees this connection's changes through the daemon only.
      if (where === 'daemon') {
        const info = virsh(uri, 'dominfo test')
        assert.match(info, /^Used memory:\s+1048576 KiB$/m)
        assert.match(info, /^CPU\(s\):\s+1$/m)
        assert.match(info, /^Autostart:\s+enable$/m)
      }
      assert.equal(await getDomainAutostart(dom), true)
      await setDomainAutostart(dom, false)
      await setDomainVcpus(dom, 2)
      await setDomainMemory(dom, 2097152 * 1024)
      await rejectsWith(setDomainMemory(dom, 1), VirErrorCode.VIR_ERR_INVALID_ARG)
      await rejectsWith(setDomainVcpus(dom, 0), VirErrorCode.VIR_ERR_INVALID_ARG)
    })

    it('attaches and detaches a device (the test driver has no such call; a QEMU config through the daemon does)', async () => {
      const disk = "<disk type='file' device='disk'><source file='/tmp/extra.img'/><target dev='vdb' bus='virtio'/></disk>"
      await rejectsWith(attachDomainDevice(dom, disk, { live: true }), VirErrorCode.VIR_ERR_NO_SUPPORT)
      if (!d) return
      const qemu = await Connection.open(d.qemuUri)
      try {
        const guest = await qemu.createDomain("<domain type='qemu'><name>extra-guest</name><memory>65536</memory><os><type arch='x86_64'>hvm</type></os></domain>")
        await attachDomainDevice(guest, disk, { config: true })
        assert.match(virsh(d.qemuUri, 'domblklist extra-guest'), /^ vdb\s+\/tmp\/extra\.img$/m)
        await detachDomainDevice(guest, disk, { config: true })
        assert.doesNotMatch(virsh(d.qemuUri, 'domblklist extra-guest'), /vdb/)
        await guest.delete()
      } finally {
        qemu.close()
      }
    })

    it('removes a managed save image', async () => {
      await dom.save()
      assert.equal(await dom.getSaved(), true)
      assert.deepEqual(await getDomainState(dom), { state: 'shutoff', reason: 5 })
      await removeDomainManagedSave(dom)
      assert.equal(await dom.getSaved(), false)
      await dom.start()
    })

    it("reads the host's name, sysinfo, URI, versions and security model, as virsh", async () => {
      assert.equal(await getHostname(conn), virsh(uri, 'hostname').trim())
      assert.equal(await getUri(conn), virsh(uri, 'uri').trim())
      assert.match(await getSysinfo(conn), /^<sysinfo type='smbios'>/)
      const v = await getLibvirtVersions(conn)
      assert.match(virsh(uri, 'version'), new RegExp(`Using library: libvirt ${v.library.replace(/\./g, '\\.')}$`, 'm'))
      assert.deepEqual(await getSecurityModel(conn), { model: 'testSecurity', doi: '' })
    })
  })
}
