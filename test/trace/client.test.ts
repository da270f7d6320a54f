// `gvir trace` and rpc$ on the client side, against a private libvirtd (test/support/libvirtd.ts):
// the messages of a real command, calls matched to replies, the error reply, and libvirt's own
// log outputs left exactly as they were.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { flushRpc, rpc$, rpcNamesLibvirtVersion, type RpcEvent, type RpcMessage } from '../../glib/index.js'
import { Connection } from '../../gobject/index.js'
import { Libvirtd } from '../support/libvirtd.js'
import { gvir, jsonLines, scratch, start } from '../cli/support.js'

const messagesOf = (events: readonly RpcEvent[]): RpcMessage[] => events.filter((e): e is RpcMessage => e.kind === 'message')

/** Every call has exactly one reply of the same procedure and serial, after it, with its latency. */
function assertPaired(messages: readonly RpcMessage[]): void {
  const calls = messages.filter((m) => m.type === 'call')
  assert.ok(calls.length > 0)
  for (const call of calls) {
    const replies = messages.filter((m) => m.type === 'reply' && m.serial === call.serial && m.client === call.client && m.program === call.program)
    assert.equal(replies.length, 1, `one reply to ${call.procedure} serial ${call.serial}`)
    const reply = replies[0] as RpcMessage
    assert.equal(reply.procedure, call.procedure)
    assert.equal(reply.direction, 'rx')
    assert.equal(call.direction, 'tx')
    assert.ok(reply.time >= call.time)
    assert.ok(reply.latency !== undefined && Math.abs(reply.latency - (reply.time - call.time)) < 1e-6)
  }
}

describe('gvir trace, client side', function () {
  this.timeout(60_000)
  let d: Libvirtd
  const tmp = scratch()
  before(async () => { d = await Libvirtd.start() })
  after(async () => {
    await d?.stop()
    tmp.remove()
  })

  it('`--json trace -- list --all` shows the open, connect_list_all_domains and the close, every call with its reply', async () => {
    const run = await gvir('--connect', d.testUri, '--json', 'trace', '--', 'list', '--all')
    assert.equal(run.status, 0, run.stderr)
    assert.deepEqual((JSON.parse(run.stdout) as { name: string }[]).map((r) => r.name), ['test'])
    const events = jsonLines<RpcEvent>(run.stderr)
    const messages = messagesOf(events)
    assert.ok(events.every((e) => e.side === 'client'))
    const procedures = [...new Set(messages.map((m) => `${m.program}.${m.procedure}`))]
    for (const p of ['remote.connect_open', 'remote.connect_list_all_domains', 'remote.connect_close']) assert.ok(procedures.includes(p), `${p} in ${procedures.join(' ')}`)
    assert.equal(events[0]?.kind, 'open')
    assert.equal(events[events.length - 1]?.kind, 'close')
    assert.equal(events[0]?.client, events[events.length - 1]?.client)
    assert.ok(procedures.indexOf('remote.connect_open') < procedures.indexOf('remote.connect_list_all_domains'))
    assert.equal(procedures[procedures.length - 1], 'remote.connect_close')
    assertPaired(messages)
    // Serials count up from 0 on a connection, one per call; two threads' calls (gvir's event
    // registrations beside the command's own) may reach the wire in either order.
    const serials = messages.filter((m) => m.type === 'call').map((m) => m.serial)
    assert.deepEqual([...serials].sort((a, b) => a - b), serials.map((_s, i) => i))
    assert.ok(messages.every((m) => m.status === 'ok' && m.length >= 28 && m.version === 1 && m.programNumber === 0x20008086))
  })

  it("an error reply in rpc-monitor.stp's layout: `start` of a running domain; `info nosuch` fails in gvir, not on the wire", async () => {
    const run = await gvir('--connect', d.testUri, 'trace', '--summary', '--', 'start', 'test')
    assert.equal(run.status, 1)
    const lines = run.stderr.split('\n')
    assert.match(lines[0] ?? '', /^ {2}0\.000 begin$/)
    const call = lines.find((l) => /msg=remote\.1\.domain_create\(call, /.test(l))
    const reply = lines.find((l) => /msg=remote\.1\.domain_create\(reply, /.test(l))
    assert.match(call ?? '', /^ *\d+\.\d{3} C > 0x[0-9a-f]+ +msg=remote\.1\.domain_create\(call, ok, (\d+)\) len=\d+$/)
    assert.match(reply ?? '', /^ *\d+\.\d{3} C < 0x[0-9a-f]+ +msg=remote\.1\.domain_create\(reply, error, (\d+)\) len=\d+$/)
    assert.equal(/\(call, ok, (\d+)\)/.exec(call ?? '')?.[1], /\(reply, error, (\d+)\)/.exec(reply ?? '')?.[1])
    assert.match(run.stderr, /^ *\d+\.\d{3} C \+ 0x[0-9a-f]+ +local=\S* remote=\S*$/m)
    assert.match(run.stderr, /^ C +remote\.domain_create +1 +1 +[\d.]+ +[\d.]+$/m)
    assert.match(run.stderr, /^error: .*already running \(VIR_ERR_INTERNAL_ERROR\)$/m)
    // libvirt logs errors only while the app has log outputs: the trace's own output must not
    // make it print them. Untraced, stderr is gvir's error line alone; traced, that plus the trace.
    const plain = await gvir('--connect', d.testUri, 'start', 'test')
    const own = run.stderr.split('\n').filter((l) => !/^ *\d+\.\d{3} /.test(l) && !/^ (Side|C ) /.test(l) && !/^-+$/.test(l))
    assert.deepEqual(own, plain.stderr.split('\n'))
    assert.doesNotMatch(run.stderr, /^\d{4}-\d\d-\d\d .*: (error|warning|info|debug) : /m)
    // gvir finds a domain by name in its listing: the listing succeeds, the error is gvir's.
    const info = await gvir('--connect', d.testUri, '--json', 'trace', '--', 'info', 'nosuch')
    assert.equal(info.status, 1)
    const events = jsonLines<RpcEvent | { error: { codeName: string } }>(info.stderr)
    const messages = events.filter((e): e is RpcMessage => 'kind' in e && e.kind === 'message')
    assert.ok(messages.some((m) => m.procedure === 'connect_list_all_domains' && m.type === 'reply' && m.status === 'ok'))
    assert.ok(messages.every((m) => m.status === 'ok'))
    assert.deepEqual(events.filter((e) => 'error' in e).map((e) => 'error' in e && e.error.codeName), ['VIR_ERR_NO_DOMAIN'])
  })

  it("leaves the app's log outputs as they were: its file gets each probe line once, its stderr none", async () => {
    // The app logs rpc.netclient at debug to a file of its own: the trace must neither take
    // those lines from it nor add any, and write nothing of libvirt's to stderr.
    const file = join(tmp.dir, 'app.log')
    const run = await start(['--connect', d.testUri, '--json', 'trace', '--', 'list', '--all'], {
      env: { LIBVIRT_LOG_FILTERS: '1:rpc.netclient 3:*', LIBVIRT_LOG_OUTPUTS: `1:file:${file}` },
    }).done
    assert.equal(run.status, 0, run.stderr)
    const traced = messagesOf(jsonLines<RpcEvent>(run.stderr))
    const logged = readFileSync(file, 'utf8').split('\n').filter((l) => /: RPC_CLIENT_MSG_(TX_QUEUE|RX): /.test(l))
    assert.equal(logged.length, traced.length)
    assert.deepEqual(logged.map((l) => Number(/ serial=(\d+)/.exec(l)?.[1])), traced.map((m) => m.serial))
    assert.ok(readFileSync(file, 'utf8').includes('virNetClientSendInternal'), 'debug lines still reach the file')
    // Without a trace the same command logs as many probe lines: none were lost or added.
    const plainFile = join(tmp.dir, 'plain.log')
    const plain = await start(['--connect', d.testUri, '--json', 'list', '--all'], {
      env: { LIBVIRT_LOG_FILTERS: '1:rpc.netclient 3:*', LIBVIRT_LOG_OUTPUTS: `1:file:${plainFile}` },
    }).done
    assert.equal(plain.status, 0, plain.stderr)
    assert.equal(plain.stderr, '')
    // The traced run closes its connection explicitly (connect_close): two messages more.
    const plainLogged = readFileSync(plainFile, 'utf8').split('\n').filter((l) => /: RPC_CLIENT_MSG_(TX_QUEUE|RX): /.test(l))
    assert.ok(Math.abs(plainLogged.length - logged.length) <= 2, `${plainLogged.length} vs ${logged.length}`)
    // The default: no outputs, libvirt's stderr fallback; a traced run prints no libvirt line there.
    const quiet = await gvir('--connect', d.testUri, '--json', 'trace', '--', 'list', '--all')
    assert.ok(quiet.stderr.split('\n').filter(Boolean).every((l) => l.startsWith('{"kind":')), quiet.stderr)
  })

  it('rpc$ in process: records a connection from open to close, then leaves libvirt as it found it', async () => {
    const events: RpcEvent[] = []
    const sub = rpc$.subscribe((e) => events.push(e))
    const conn = await Connection.open(d.testUri)
    await conn.fetchDomains()
    conn.close()
    await new Promise((resolve) => setTimeout(resolve, 200))
    flushRpc()
    sub.unsubscribe()
    const messages = messagesOf(events)
    assertPaired(messages)
    assert.ok(messages.some((m) => m.procedure === 'connect_list_all_domains'))
    assert.equal(rpcNamesLibvirtVersion, '9.0.0')
    // Captured again after the last subscriber left, and while one of two subscribers stays.
    const a: RpcEvent[] = []
    const b: RpcEvent[] = []
    const subA = rpc$.subscribe((e) => a.push(e))
    const subB = rpc$.subscribe((e) => b.push(e))
    const conn2 = await Connection.open(d.testUri)
    flushRpc()
    subA.unsubscribe()
    await conn2.fetchDomains()
    conn2.close()
    await new Promise((resolve) => setTimeout(resolve, 200))
    flushRpc()
    subB.unsubscribe()
    assert.ok(messagesOf(a).some((m) => m.procedure === 'connect_open'))
    assert.ok(!messagesOf(a).some((m) => m.procedure === 'connect_list_all_domains'))
    assert.ok(messagesOf(b).some((m) => m.procedure === 'connect_list_all_domains'))
  })
})
