// `gvir` storage, network and screenshot commands, each its own process: on test:///default
// where its driver has them, on a real libvirtd for volume transfers (a directory pool under
// the daemon's temporary folder), screenshots of a TCG guest and dnsmasq's DHCP leases.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { Connection } from '../../lib/index.js'
import { Libvirtd } from '../support/libvirtd.js'
import { gvir, gvirJson, scratch } from './support.js'

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

describe('gvir storage, network and screenshot commands (test:///default)', function () {
  this.timeout(60_000)
  const tmp = scratch()
  after(() => tmp.remove())

  it('pool-list shows the default pool as virsh does, and its sizes with --json', async () => {
    const run = await gvir('pool-list')
    assert.equal(run.status, 0, run.stderr)
    const [header, rule, row] = run.stdout.trimEnd().split('\n')
    assert.match(header!, /^ Name\s+State\s+Autostart$/)
    assert.match(rule!, /^-+$/)
    assert.match(row!, /^ default-pool\s+active\s+(yes|no)$/)
    const [json] = await gvirJson<{ name: string; state: string; capacity: number; available: number }[]>('pool-list')
    assert.equal(json?.name, 'default-pool')
    assert.equal(json?.state, 'running')
    assert.ok(json!.capacity > 0 && json!.available <= json!.capacity)
  })

  it('vol-list lists a pool\'s volumes, and names an unknown pool VIR_ERR_NO_STORAGE_POOL', async () => {
    assert.ok(Array.isArray(await gvirJson('vol-list', 'default-pool')))
    const run = await gvir('vol-list', 'no-such-pool')
    assert.equal(run.status, 1)
    assert.match(run.stderr, /^error: failed to get pool 'no-such-pool'\nerror: .*no-such-pool.* \(VIR_ERR_NO_STORAGE_POOL\)\n$/)
  })

  it('net-list shows the default network; net-dhcp-leases fails as the test driver has no leases', async () => {
    const nets = await gvirJson<{ name: string; uuid: string }[]>('net-list')
    assert.deepEqual(nets.map((n) => n.name), ['default'])
    assert.match(nets[0]!.uuid, /^[0-9a-f-]{36}$/)
    const run = await gvir('net-dhcp-leases', 'default')
    assert.equal(run.status, 1)
    assert.match(run.stderr, /^error: .* \(VIR_ERR_NO_SUPPORT\)\n$/)
    const unknown = await gvir('net-dhcp-leases', 'nope')
    assert.match(unknown.stderr, /\(VIR_ERR_NO_NETWORK\)\n$/)
  })

  it("screenshot saves the test driver's PNG and says so", async () => {
    const file = `${tmp.dir}/test.png`
    const run = await gvir('screenshot', 'test', file)
    assert.equal(run.status, 0, run.stderr)
    assert.equal(run.stdout, `Screenshot saved to ${file}, with type of image/png\n\n`)
    assert.deepEqual([...readFileSync(file).subarray(0, 8)], PNG)
    const json = await gvirJson<{ mimeType: string; bytes: number }>('screenshot', 'test', file)
    assert.equal(json.mimeType, 'image/png')
    assert.equal(json.bytes, readFileSync(file).length)
  })
})

describe('gvir storage, network and screenshot commands on a real libvirtd', function () {
  this.timeout(120_000)
  let d: Libvirtd
  let conn: Connection
  let poolDir: string
  const tmp = scratch()

  before(async () => {
    d = await Libvirtd.start()
    conn = await Connection.open(d.qemuUri)
    poolDir = d.mkdir('pools/cli')
    const pool = await conn.createStoragePool(`<pool type='dir'><name>cli</name><target><path>${poolDir}</path></target></pool>`)
    await pool.start()
    await pool.createVolume(`<volume><name>disk.img</name><capacity unit='bytes'>${4 << 20}</capacity><target><format type='raw'/></target></volume>`)
  })
  after(async () => {
    conn?.close()
    await d?.stop()
    tmp.remove()
  })

  it('vol-upload writes a file into a volume with progress lines, vol-download reads it back byte-exact', async () => {
    const data = randomBytes(4 << 20)
    const src = tmp.file('in.bin', '')
    writeFileSync(src, data)
    const up = await gvir('--connect', d.qemuUri, 'vol-upload', 'cli', 'disk.img', src)
    assert.equal(up.status, 0, up.stderr)
    const lines = up.stdout.trimEnd().split('\n')
    // Piped, the progress is plain lines every 10 %, ending at 100 %, then the summary.
    assert.ok(lines.some((l) => /^vol-upload: \d+\/4194304 bytes \(\d+%\)$/.test(l) && !l.endsWith('(100%)')), up.stdout)
    assert.ok(lines.includes('vol-upload: 4194304/4194304 bytes (100%)'), up.stdout)
    assert.equal(lines.at(-1), `Uploaded 4194304 bytes from ${src} to cli/disk.img`)
    assert.ok(readFileSync(`${poolDir}/disk.img`).equals(data))

    const dst = `${tmp.dir}/out.bin`
    const down = await gvir('--connect', d.qemuUri, 'vol-download', 'cli', 'disk.img', dst)
    assert.equal(down.status, 0, down.stderr)
    assert.ok(down.stdout.includes('vol-download: 4194304/4194304 bytes (100%)'), down.stdout)
    assert.ok(readFileSync(dst).equals(data))

    const listed = await gvirJson<{ name: string; path: string; type: string; capacity: number; allocation: number }[]>('--connect', d.qemuUri, 'vol-list', 'cli')
    assert.deepEqual(listed, [{ name: 'disk.img', path: `${poolDir}/disk.img`, type: 'file', capacity: 4 << 20, allocation: listed[0]!.allocation }])
    const json = await gvirJson<{ bytes: number }>('--connect', d.qemuUri, 'vol-download', 'cli', 'disk.img', dst)
    assert.equal(json.bytes, 4 << 20)
  })

  it('vol-upload of a missing file or to a missing volume fails with the reason and exits 1', async () => {
    const noFile = await gvir('--connect', d.qemuUri, 'vol-upload', 'cli', 'disk.img', `${tmp.dir}/missing`)
    assert.equal(noFile.status, 1)
    assert.match(noFile.stderr, /^error: Failed to open file '.*missing': No such file or directory\n$/)
    const noVol = await gvir('--connect', d.qemuUri, 'vol-download', 'cli', 'nope.img', `${tmp.dir}/x`)
    assert.equal(noVol.status, 1)
    assert.match(noVol.stderr, /\(VIR_ERR_NO_STORAGE_VOL\)\n$/)
  })

  describe('with a TCG guest on a dnsmasq network', () => {
    before(async () => {
      const net = `<network><name>lan</name><bridge name='gvcli0'/>
        <ip address='192.168.78.1' netmask='255.255.255.0'><dhcp><range start='192.168.78.10' end='192.168.78.20'/></dhcp></ip></network>`
      // libvirt-glib cannot define networks: virsh does.
      execFileSync('virsh', ['-q', '-c', d.qemuUri, 'net-define', tmp.file('net.xml', net)])
      execFileSync('virsh', ['-q', '-c', d.qemuUri, 'net-start', 'lan'])
      const dom = await conn.createDomain(`<domain type='qemu'><name>pxe</name><memory unit='MiB'>64</memory>
        <os><type arch='x86_64' machine='pc'>hvm</type><boot dev='network'/></os>
        <devices><interface type='network'><source network='lan'/><mac address='52:54:00:cc:dd:ee'/><model type='e1000'/></interface>
        <graphics type='vnc' listen='127.0.0.1'/><video><model type='vga'/></video><memballoon model='none'/></devices></domain>`)
      await dom.start()
    })

    it('screenshot saves the guest\'s screen as a PNG', async () => {
      const file = `${tmp.dir}/guest.png`
      const run = await gvir('--connect', d.qemuUri, 'screenshot', 'pxe', file)
      assert.equal(run.status, 0, run.stderr)
      assert.equal(run.stdout, `Screenshot saved to ${file}, with type of image/png\n\n`)
      const png = readFileSync(file)
      assert.deepEqual([...png.subarray(0, 8)], PNG)
      assert.equal(png.subarray(png.length - 8, png.length - 4).toString('latin1'), 'IEND')
    })

    it("net-dhcp-leases shows the lease dnsmasq gave the guest's iPXE, as virsh does", async () => {
      let rows: { mac: string; ip: string; prefix: number; type: string; expiry: string }[] = []
      for (let i = 0; i < 120 && rows.length === 0; i++) {
        rows = await gvirJson('--connect', d.qemuUri, 'net-dhcp-leases', 'lan')
        if (rows.length === 0) await new Promise((r) => setTimeout(r, 500))
      }
      assert.equal(rows.length, 1, 'no lease within 60 s')
      assert.equal(rows[0]!.mac, '52:54:00:cc:dd:ee')
      assert.equal(rows[0]!.type, 'ipv4')
      assert.match(rows[0]!.ip, /^192\.168\.78\.(1\d|20)$/)
      assert.equal(rows[0]!.prefix, 24)
      assert.ok(Date.parse(rows[0]!.expiry) > Date.now())
      const text = await gvir('--connect', d.qemuUri, 'net-dhcp-leases', 'lan', '--mac', '52:54:00:CC:DD:EE')
      assert.equal(text.status, 0, text.stderr)
      const lines = text.stdout.trimEnd().split('\n')
      assert.match(lines[0]!, /^ Expiry Time\s+MAC address\s+Protocol\s+IP address\s+Hostname\s+Client ID or DUID$/)
      assert.match(lines[2]!, new RegExp(`52:54:00:cc:dd:ee\\s+ipv4\\s+${rows[0]!.ip.replace(/\./g, '\\.')}/24`))
      assert.deepEqual(await gvirJson('--connect', d.qemuUri, 'net-dhcp-leases', 'lan', '--mac', '52:54:00:00:00:01'), [])
    })
  })
})
