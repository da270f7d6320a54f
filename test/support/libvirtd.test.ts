import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { promisify } from 'node:util'
import { Libvirtd } from './libvirtd.js'

const exec = promisify(execFile)

async function virsh(uri: string, ...args: string[]): Promise<string> {
  const { stdout } = await exec('virsh', ['-q', '-c', uri, ...args], { timeout: 60_000 })
  return stdout.trim()
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ')
  } catch {
    return false
  }
}

async function waitFor(cond: () => boolean, ms = 5_000): Promise<void> {
  const end = Date.now() + ms
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time')
    await new Promise((r) => setTimeout(r, 20))
  }
}

describe('test harness: a private libvirtd', function () {
  this.timeout(120_000)
  let d: Libvirtd

  before(async () => {
    d = await Libvirtd.start()
  })
  after(async () => {
    await d?.stop()
  })

  it('serves the test driver on its private socket', async () => {
    assert.match(await virsh(d.testUri, 'list', '--all', '--name'), /^test$/m)
  })

  it('serves the QEMU driver on the same socket, with no domain of the host', async () => {
    assert.equal(await virsh(d.qemuUri, 'list', '--all', '--name'), '')
    assert.match(await virsh(d.qemuUri, 'version'), /hypervisor: QEMU/)
  })

  it('refuses writes on the read-only socket', async () => {
    await assert.rejects(virsh(d.uri('test', { readOnly: true }), 'destroy', 'test'), /read.?only|denied/i)
  })

  it('dies on kill -9, refuses connections, and serves again after restart() with its state kept', async () => {
    const dir = d.mkdir('pool-kill')
    await virsh(d.qemuUri, 'pool-define-as', 'keep', 'dir', '--target', dir)
    await d.kill('SIGKILL')
    assert.equal(d.running, false)
    await assert.rejects(virsh(d.qemuUri, 'list'), /connect/i)
    await d.restart()
    assert.equal(d.running, true)
    assert.match(await virsh(d.qemuUri, 'pool-list', '--all', '--name'), /^keep$/m)
    // A directory pool whose folder exists is active again after a restart.
    await virsh(d.qemuUri, 'pool-destroy', 'keep')
    await virsh(d.qemuUri, 'pool-undefine', 'keep')
  })

  it('runs beside a second daemon as a separate host', async () => {
    await using other = await Libvirtd.start()
    assert.notEqual(other.socket, d.socket)
    await virsh(d.qemuUri, 'pool-define-as', 'only-here', 'dir', '--target', d.mkdir('only-here'))
    try {
      assert.equal(await virsh(other.qemuUri, 'pool-list', '--all', '--name'), '')
      assert.match(await virsh(d.qemuUri, 'pool-list', '--all', '--name'), /^only-here$/m)
      // The test driver's state lives as long as a connection holds it: one session.
      assert.equal(await virsh(d.testUri, 'destroy test; list --name'), '')
      assert.match(await virsh(other.testUri, 'list', '--name'), /^test$/m)
    } finally {
      await virsh(d.qemuUri, 'pool-undefine', 'only-here')
    }
  })

  it('starts a TCG guest, keeps it across kill -9 + restart(), and kills it on stop()', async () => {
    await using other = await Libvirtd.start()
    const xml = `<domain type='qemu'><name>g1</name><memory unit='MiB'>64</memory>
      <os><type arch='x86_64' machine='pc'>hvm</type></os>
      <devices><graphics type='vnc' listen='127.0.0.1'/><video><model type='vga'/></video><memballoon model='none'/></devices></domain>`
    const file = `${other.mkdir('xml')}/g1.xml`
    writeFileSync(file, xml)
    await virsh(other.qemuUri, 'define', file)
    await virsh(other.qemuUri, 'start', 'g1')
    const qemuPid = Number(readFileSync(`${other.dir}/run/qemu/g1.pid`, 'utf8'))
    await other.kill('SIGKILL')
    assert.equal(alive(qemuPid), true)
    await other.restart()
    assert.equal(await virsh(other.qemuUri, 'domstate', 'g1'), 'running')
    await other.stop()
    await waitFor(() => !alive(qemuPid))
  })

  it('removes its folder and network namespace on stop()', async () => {
    const other = await Libvirtd.start()
    await other.stop()
    assert.equal(existsSync(other.dir), false)
    assert.equal(readdirSync('/run/netns').includes(other.netns), false)
  })
})
