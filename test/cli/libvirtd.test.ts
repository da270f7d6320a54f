// `gvir` against a real libvirtd (test/support/libvirtd.ts), each command its own process:
// state seen across processes, events from another process's changes, a QEMU guest's life.
import assert from 'node:assert/strict'
import { gconfig } from '../../lib/index.js'
import { Libvirtd } from '../support/libvirtd.js'
import { gvir, gvirJson, scratch, start } from './support.js'

interface Row { name: string; state: string; id: number }

describe('gvir on a real libvirtd', function () {
  this.timeout(120_000)
  let d: Libvirtd
  const tmp = scratch()
  before(async () => { d = await Libvirtd.start() })
  after(async () => {
    await d?.stop()
    tmp.remove()
  })

  it("events in one process prints what list/destroy/start in others do to the daemon's test driver", async () => {
    // The events process also keeps the daemon's test:///default alive (it lives while a connection holds it).
    const listener = start(['--connect', d.testUri, '--monitor', 'events'])
    await listener.waitForStderr(/Connection\[[^\]]*\] fetchDomains [\d.]+ms ok/)
    const before = await gvirJson<Row[]>('--connect', d.testUri, 'list')
    assert.deepEqual(before.map((r) => [r.name, r.state]), [['test', 'running']])
    const destroyed = await gvir('--connect', d.testUri, 'destroy', 'test')
    assert.equal(destroyed.status, 0, destroyed.stderr)
    const all = await gvirJson<Row[]>('--connect', d.testUri, 'list', '--all')
    // -1 for a domain that is not running, as in gvir's API (virsh prints '-')
    assert.deepEqual(all.map((r) => [r.name, r.state, r.id]), [['test', 'shutoff', -1]])
    const started = await gvir('--connect', d.testUri, 'start', 'test')
    assert.equal(started.status, 0, started.stderr)
    await new Promise((resolve) => setTimeout(resolve, 500))
    listener.child.kill('SIGINT')
    const run = await listener.done
    assert.equal(run.status, 0, run.stderr)
    assert.deepEqual(run.stdout.trim().split('\n'), [
      "event 'lifecycle' for domain 'test': Stopped Destroyed",
      "event 'lifecycle' for domain 'test': Started Booted",
    ])
  })

  it('defines, starts, lists, destroys and undefines a QEMU guest, one process per command', async () => {
    const dom = new gconfig.Domain()
    dom.type = 'qemu'
    dom.name = 'cli-guest'
    dom.memory = 64 * 1024 * 1024
    dom.vcpu = 1
    dom.osType = 'hvm'
    dom.osArch = 'x86_64'
    dom.osMachine = 'pc'
    const xml = dom.toXml().replace('</domain>', "<devices><graphics type='vnc' listen='127.0.0.1'/><memballoon model='none'/></devices></domain>")
    const file = tmp.file('guest.xml', xml)
    const uri = d.qemuUri
    assert.deepEqual(await gvirJson('--connect', uri, 'define', file), { name: 'cli-guest', uuid: (await gvirJson<{ uuid: string }>('--connect', uri, 'info', 'cli-guest')).uuid })
    const startRun = await gvir('--connect', uri, 'start', 'cli-guest')
    assert.equal(startRun.stdout, "Domain 'cli-guest' started\n\n", startRun.stderr)
    const running = await gvirJson<Row[]>('--connect', uri, 'list')
    assert.deepEqual(running.map((r) => [r.name, r.state]), [['cli-guest', 'running']])
    assert.ok((running[0]?.id ?? 0) > 0)
    const xmlRun = await gvir('--connect', uri, 'dumpxml', 'cli-guest')
    assert.equal(gconfig.Domain.fromXml(xmlRun.stdout).name, 'cli-guest')
    const twice = await gvir('--connect', uri, 'start', 'cli-guest')
    assert.equal(twice.status, 1)
    assert.match(twice.stderr, /^error: .*already (running|active).* \(VIR_ERR_OPERATION_INVALID\)\n$/)
    assert.equal((await gvir('--connect', uri, 'destroy', 'cli-guest')).status, 0)
    assert.deepEqual((await gvirJson<Row[]>('--connect', uri, 'list', '--all')).map((r) => [r.name, r.state]), [['cli-guest', 'shutoff']])
    assert.equal((await gvir('--connect', uri, 'undefine', 'cli-guest')).status, 0)
    assert.deepEqual(await gvirJson('--connect', uri, 'list', '--all'), [])
  })

  it("console, piped, copies a TCG guest's serial output (SeaBIOS) to stdout until Ctrl-C", async () => {
    const file = tmp.file('con.xml', `<domain type='qemu'><name>cli-con</name><memory unit='MiB'>64</memory>
      <os><type arch='x86_64' machine='pc'>hvm</type><bios useserial='yes' rebootTimeout='1000'/></os>
      <devices><serial type='pty'/><console type='pty'/><memballoon model='none'/></devices></domain>`)
    const uri = d.qemuUri
    const up = await gvir('--connect', uri, `define ${file}; start cli-con`)
    assert.equal(up.status, 0, up.stderr)
    try {
      const con = start(['--connect', uri, 'console', 'cli-con'])
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no SeaBIOS on the console; stdout: ${con.stdout()}`)), 60_000)
        const check = setInterval(() => {
          if (/SeaBIOS|Booting|No bootable device/.test(con.stdout())) { clearTimeout(timer); clearInterval(check); resolve() }
        }, 100)
      })
      assert.doesNotMatch(con.stdout(), /Escape character/, 'piped: raw output, no banner')
      con.child.kill('SIGINT')
      const run = await con.done
      assert.equal(run.status, 0, run.stderr)
    } finally {
      await gvir('--connect', uri, 'destroy cli-con; undefine cli-con')
    }
  })

  it('monitor shows async calls over the socket with their durations', async () => {
    const run = await gvir('--connect', d.qemuUri, '--json', 'monitor', '--', 'list', '--all')
    assert.equal(run.status, 0, run.stderr)
    const calls = run.stderr.trim().split('\n').map((l) => JSON.parse(l) as { method: string; kind: string; target?: string; ok: boolean })
    const fetch = calls.find((c) => c.method === 'fetchDomains')
    assert.equal(fetch?.kind, 'async')
    assert.equal(fetch?.ok, true)
    assert.match(fetch?.target ?? '', /^qemu\+unix:\/\/\/system\?socket=/)
  })
})
