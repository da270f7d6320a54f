// `gvir trace --server/--qemu` against a private libvirtd: the daemon's side of the same
// messages, QMP of a QEMU TCG guest's start, the daemon's logging set back (also when gvir is
// killed), and a daemon gvir cannot administer.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { QmpMessage, RpcEvent, RpcMessage } from '../../glib/index.js'
import { adminUriFor, redactQmp } from '../../glib/index.js'
import { Libvirtd } from '../support/libvirtd.js'
import { gvir, jsonLines, scratch, start } from '../cli/support.js'

type Traced = RpcEvent | QmpMessage

/** The daemon's logging filters and outputs, as virt-admin prints them. */
function daemonLogging(d: Libvirtd): string {
  const run = spawnSync('virt-admin', ['-c', `libvirtd:///system?socket=${join(d.dir, 'sock', 'libvirt-admin-sock')}`, 'daemon-log-filters ; daemon-log-outputs'], { encoding: 'utf8' })
  assert.equal(run.status, 0, run.stderr)
  return run.stdout
}

describe('gvir trace, daemon side', function () {
  this.timeout(90_000)
  let d: Libvirtd
  let logging: string
  const tmp = scratch()
  before(async () => {
    d = await Libvirtd.start()
    logging = daemonLogging(d)
  })
  after(async () => {
    await d?.stop()
    tmp.remove()
  })

  it("masks QMP secrets: password-like keys anywhere, a secret object's data", () => {
    const addSecret = '{"execute":"object-add","arguments":{"qom-type":"secret","id":"masterKey0","data":"c2VjcmV0","format":"base64"},"id":"libvirt-3"}'
    assert.deepEqual(JSON.parse(redactQmp(addSecret)), { execute: 'object-add', arguments: { 'qom-type': 'secret', id: 'masterKey0', data: '***', format: 'base64' }, id: 'libvirt-3' })
    const event = '{"timestamp":{"seconds":1,"microseconds":2},"event":"STOP","data":{"reason":"x"}}'
    assert.equal(redactQmp(event), event)
    assert.equal(JSON.parse(redactQmp('{"execute":"block_set_io_throttle","arguments":{"auth":{"passphrase":"p","key-secret":"s"}}}')).arguments.auth.passphrase, '***')
  })

  it('derives the admin socket of a daemon from its connection URI', () => {
    assert.equal(adminUriFor(d.testUri), `libvirtd:///system?socket=${join(d.dir, 'sock', 'libvirt-admin-sock')}`)
    assert.equal(adminUriFor('qemu:///session'), 'libvirtd:///session')
    assert.equal(adminUriFor('qemu:///system'), 'libvirtd:///system')
    assert.equal(adminUriFor('test:///default'), undefined)
    assert.equal(adminUriFor('qemu+ssh://root@host/system'), undefined)
  })

  it("`--json trace --server -- list --all`: the daemon's side of every message, same serials, and its logging set back", async () => {
    const run = await gvir('--connect', d.testUri, '--json', 'trace', '--server', '--', 'list', '--all')
    assert.equal(run.status, 0, run.stderr)
    const events = jsonLines<Traced>(run.stderr)
    const messages = events.filter((e): e is RpcMessage => e.kind === 'message')
    const client = messages.filter((m) => m.side === 'client')
    const server = messages.filter((m) => m.side === 'server')
    assert.ok(client.some((m) => m.procedure === 'connect_list_all_domains'))
    // Each client call was received by the daemon, which sent the reply the client received.
    for (const m of client) {
      const twin = server.filter((s) => s.serial === m.serial && s.procedure === m.procedure && s.type === m.type && s.length === m.length)
      assert.equal(twin.length, 1, `${m.procedure}(${m.type}, ${m.serial}) at the daemon`)
      assert.equal((twin[0] as RpcMessage).direction, m.direction === 'tx' ? 'rx' : 'tx')
    }
    assert.equal(server.length, client.length, 'no daemon message of gvir trace\'s own admin connection')
    const serverClients = new Set(server.map((m) => m.client))
    assert.equal(serverClients.size, 1)
    assert.ok(events.some((e) => e.kind === 'open' && e.side === 'server' && serverClients.has(e.client)))
    assert.ok(events.some((e) => e.kind === 'close' && e.side === 'server' && serverClients.has(e.client)))
    assert.equal(daemonLogging(d), logging)
  })

  it("`trace --server -- list` prints rpc-monitor.stp's order: C >, > S, < S, C < for each call", async () => {
    const run = await gvir('--connect', d.testUri, 'trace', '--server', '--', 'list')
    assert.equal(run.status, 0, run.stderr)
    const lines = run.stderr.split('\n').filter((l) => / msg=remote\.1\.connect_list_all_domains\(/.test(l))
    const parsed = lines.map((l) => /^ *\d+\.\d{3} (C >|> S|< S|C <) 0x[0-9a-f]+ +msg=remote\.1\.connect_list_all_domains\((call|reply), ok, (\d+)\) len=\d+$/.exec(l))
    assert.ok(parsed.length > 0 && parsed.every(Boolean), lines.join('\n'))
    // Per call (its serial): the script's order. Calls made at once by two threads interleave.
    for (const serial of new Set(parsed.map((m) => m![3]))) {
      assert.deepEqual(parsed.filter((m) => m![3] === serial).map((m) => `${m![1]} ${m![2]}`), ['C > call', '> S call', '< S reply', 'C < reply'], `serial ${serial}`)
    }
    const order = run.stderr.split('\n').map((l) => /^ *\d+\.\d{3} (C \+|\+ S|C -|- S) /.exec(l)?.[1]).filter(Boolean)
    // The client opens before the daemon accepts; the two closes race (socket EOF against dispose).
    assert.deepEqual(order.slice(0, 2), ['C +', '+ S'])
    assert.deepEqual([...order.slice(2)].sort(), ['- S', 'C -'].filter((p) => order.includes(p)).sort())
    assert.ok(order.includes('- S'))
    // Nothing of libvirt's own log format reaches the app's stderr.
    assert.doesNotMatch(run.stderr, /: (info|debug|warning) : /)
  })

  it('a QEMU TCG guest start traced with --qemu shows qmp_capabilities and cont, each with its reply', async () => {
    const xml = "<domain type='qemu'><name>trace-guest</name><memory unit='KiB'>65536</memory><vcpu>1</vcpu><os><type arch='x86_64' machine='pc'>hvm</type></os><devices><graphics type='vnc' listen='127.0.0.1' passwd='hunter2t'/><memballoon model='none'/></devices></domain>"
    const file = join(tmp.dir, 'guest.xml')
    writeFileSync(file, xml)
    assert.equal((await gvir('--connect', d.qemuUri, 'define', file)).status, 0)
    try {
      const run = await gvir('--connect', d.qemuUri, '--json', 'trace', '--qemu', '--', 'start', 'trace-guest')
      assert.equal(run.status, 0, run.stderr)
      const qmp = jsonLines<Traced>(run.stderr).filter((e): e is QmpMessage => e.kind === 'qmp')
      for (const name of ['qmp_capabilities', 'cont']) {
        const command = qmp.find((m) => m.type === 'command' && m.name === name)
        assert.ok(command, `${name} sent`)
        assert.equal((JSON.parse(command.json) as { execute: string }).execute, name)
        const reply = qmp.find((m) => m.type === 'reply' && m.id === command.id)
        assert.ok(reply && reply.name === name && reply.latency !== undefined && reply.latency >= 0, `${name}'s reply`)
        assert.ok('return' in (JSON.parse(reply.json) as object))
      }
      assert.ok(qmp.some((m) => m.type === 'event' && m.name === 'RESUME'))
      // The VNC password goes to QEMU in a set_password command: the trace shows it masked.
      assert.doesNotMatch(run.stderr, /hunter2t/)
      const setPassword = qmp.find((m) => m.type === 'command' && m.name === 'set_password')
      assert.ok(setPassword, 'set_password sent')
      assert.equal((JSON.parse(setPassword.json) as { arguments: { password: string } }).arguments.password, '***')
      const text = await gvir('--connect', d.qemuUri, 'trace', '--qemu', '--', 'suspend', 'trace-guest')
      assert.match(text.stderr, /^ *\d+\.\d{3} Q > 0x[0-9a-f]+ +\{"execute":"stop","id":"libvirt-\d+"\}$/m)
      assert.match(text.stderr, /^ *\d+\.\d{3} Q ! 0x[0-9a-f]+ +\{.*"event":"STOP".*\}$/m)
    } finally {
      await gvir('--connect', d.qemuUri, 'destroy', 'trace-guest')
      await gvir('--connect', d.qemuUri, 'undefine', 'trace-guest')
    }
    assert.equal(daemonLogging(d), logging)
  })

  it("a daemon gvir cannot administer: says so and traces the client side only", async () => {
    // The daemon's socket seen through another folder, which has no admin socket.
    const dir = join(tmp.dir, 'forwarded')
    mkdirSync(dir)
    symlinkSync(d.socket, join(dir, 'libvirt-sock'))
    const run = await gvir('--connect', `test+unix:///default?socket=${join(dir, 'libvirt-sock')}`, 'trace', '--server', '--', 'list')
    assert.equal(run.status, 0, run.stderr)
    assert.match(run.stderr, /^gvir trace: cannot administer the daemon \(.*libvirt-admin-sock.*\): tracing the client side only$/m)
    assert.match(run.stderr, / C > 0x[0-9a-f]+ +msg=remote\.1\.connect_list_all_domains\(call, ok, \d+\)/)
    assert.doesNotMatch(run.stderr, / > S /)
  })

  it('sets the daemon\'s logging back when gvir is killed mid-trace (its watchdog)', async () => {
    const running = start(['--connect', d.testUri, 'trace', '--server', '--', 'events', '--timeout', '30'])
    // The trace is on once the daemon logs to the trace's file.
    const deadline = Date.now() + 20_000
    while (!daemonLogging(d).includes('gvir-trace-') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100))
    assert.match(daemonLogging(d), /2:file:\S*gvir-trace-\S*daemon\.log/)
    running.child.kill('SIGKILL')
    await running.done
    const back = Date.now() + 20_000
    while (daemonLogging(d) !== logging && Date.now() < back) await new Promise((resolve) => setTimeout(resolve, 100))
    assert.equal(daemonLogging(d), logging)
  })
})
