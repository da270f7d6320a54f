// gobject/domain-extra.ts and host-extra.ts: the libvirt calls libvirt-glib lacks, checked
// against what virsh reads from the same libvirt, in-process (test:///default) and through
// a private libvirtd (the worker thread).
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { Connection, VirErrorCode, isVirError, type Domain } from '../../lib/index.js'
import { Libvirtd } from '../support/libvirtd.js'

const virsh = (uri: string, cmd: string): string => execFileSync('virsh', ['-c', uri, cmd], { encoding: 'utf8' })

async function rejectsWith(p: Promise<unknown>, code: VirErrorCode): Promise<void> {
  await assert.rejects(p, (err: unknown) => isVirError(err) && err.code === code)
}

for (const where of ['in-process', 'daemon'] as const) {
  describe(`gobject Domain/Connection calls libvirt-glib lacks (domain-extra, host-extra) (${where})`, function () {
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
      // test:///default is one driver per process, which earlier specs stop and start: start
      // it afresh here, so its state reason is libvirt's VIR_DOMAIN_RUNNING_BOOTED (1) wherever
      // this spec runs in the suite.
      if ((await dom.getInfo()).state === 'running') await dom.stop()
      await dom.start()
    })
    after(async () => {
      conn?.close()
      await d?.stop()
    })

    it('reads the state with its reason, the OS type, vCPUs, memory, block and interface stats', async () => {
      assert.deepEqual(await dom.getState(), { state: 'running', reason: 1 })
      assert.equal(await dom.getOsType(), 'linux')
      const vcpus = await dom.getVcpus()
      assert.equal(vcpus.length, 2)
      assert.equal(vcpus[0]?.state, 'running')
      assert.equal(typeof vcpus[0]?.cpuTime, 'bigint')
      assert.equal(vcpus[0]?.affinity.length, 8)
      const mem = await dom.getMemoryStats()
      assert.equal(mem.actual, 2097152 * 1024, 'bytes, where libvirt says KiB')
      assert.ok(typeof mem.majorFault === 'number')
      const blk = await dom.getBlockStats('vda')
      assert.deepEqual(Object.keys(blk).sort(), ['errs', 'rd_bytes', 'rd_operations', 'wr_bytes', 'wr_operations'])
      const nic = await dom.getInterfaceStats('testnet0')
      assert.ok(nic.rxBytes > 0n)
      await rejectsWith(dom.getBlockStats('vdz'), VirErrorCode.VIR_ERR_INVALID_ARG)
      await rejectsWith(dom.getInterfaceStats('nosuch'), VirErrorCode.VIR_ERR_INVALID_ARG)
      assert.deepEqual(await dom.getSecurityLabel(), { label: 'libvirt-test', enforcing: true })
    })

    it('changes memory, vCPUs and autostart as virsh then sees them', async () => {
      await dom.setMemory(1024 * 1024 * 1024)
      await dom.setVcpus(1)
      await dom.setAutostart(true)
      // The test driver lives while a connection holds it: virsh sees this connection's changes through the daemon only.
      if (where === 'daemon') {
        const info = virsh(uri, 'dominfo test')
        assert.match(info, /^Used memory:\s+1048576 KiB$/m)
        assert.match(info, /^CPU\(s\):\s+1$/m)
        assert.match(info, /^Autostart:\s+enable$/m)
      }
      assert.equal(await dom.getAutostart(), true)
      await dom.setAutostart(false)
      await dom.setVcpus(2)
      await dom.setMemory(2097152 * 1024)
      await rejectsWith(dom.setMemory(1), VirErrorCode.VIR_ERR_INVALID_ARG)
      await rejectsWith(dom.setVcpus(0), VirErrorCode.VIR_ERR_INVALID_ARG)
    })

    it('attaches and detaches a device (the test driver has no such call; a QEMU config through the daemon does)', async () => {
      const disk = "<disk type='file' device='disk'><source file='/tmp/extra.img'/><target dev='vdb' bus='virtio'/></disk>"
      await rejectsWith(dom.attachDevice(disk, { live: true }), VirErrorCode.VIR_ERR_NO_SUPPORT)
      if (!d) return
      const qemu = await Connection.open(d.qemuUri)
      try {
        const guest = await qemu.createDomain("<domain type='qemu'><name>extra-guest</name><memory>65536</memory><os><type arch='x86_64'>hvm</type></os></domain>")
        await guest.attachDevice(disk, { config: true })
        assert.match(virsh(d.qemuUri, 'domblklist extra-guest'), /^ vdb\s+\/tmp\/extra\.img$/m)
        await guest.detachDevice(disk, { config: true })
        assert.doesNotMatch(virsh(d.qemuUri, 'domblklist extra-guest'), /vdb/)
        await guest.delete()
      } finally {
        qemu.close()
      }
    })

    it('removes a managed save image', async () => {
      await dom.save()
      assert.equal(await dom.getSaved(), true)
      assert.deepEqual(await dom.getState(), { state: 'shutoff', reason: 5 })
      await dom.managedSaveRemove()
      assert.equal(await dom.getSaved(), false)
      await dom.start()
    })

    it("reads the host's name, sysinfo, URI, versions and security model, as virsh", async () => {
      assert.equal(await conn.getHostname(), virsh(uri, 'hostname').trim())
      assert.equal(await conn.getUri(), virsh(uri, 'uri').trim())
      assert.match(await conn.getSysinfo(), /^<sysinfo type='smbios'>/)
      const v = await conn.getLibVersion()
      assert.match(virsh(uri, 'version'), new RegExp(`Using library: libvirt ${v.library.text.replace(/\./g, '\\.')}$`, 'm'))
      assert.deepEqual(await conn.getSecurityModel(), { model: 'testSecurity', doi: '' })
    })
  })
}
