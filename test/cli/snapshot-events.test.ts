// `gvir` snapshots and `events` on test:///default. The test driver's state lives in one
// process, so the state changes `events` must see run in the same invocation: a `;` batch,
// where `events` listens while the commands after it run.
import assert from 'node:assert/strict'
import { gvir, jsonLines, scratch } from './support.js'

describe('gvir snapshot commands (test:///default)', function () {
  this.timeout(30_000)
  const tmp = scratch()
  after(() => tmp.remove())

  it('snapshot-create, snapshot-list and snapshot-revert bring a destroyed domain back running', async () => {
    const run = await gvir('--json', 'snapshot-create', 'test', '--name', 'before', '--description', 'first', ';',
      'snapshot-list', 'test', ';', 'destroy', 'test', ';', 'snapshot-revert', 'test', 'before', ';', 'info', 'test')
    assert.equal(run.status, 0, run.stderr)
    const [created, list, destroyed, reverted, info] = jsonLines(run.stdout)
    assert.deepEqual(created, { domain: 'test', name: 'before' })
    assert.deepEqual((list as unknown as { name: string; state: string; current: boolean }[]).map((s) => [s.name, s.state, s.current]), [['before', 'running', true]])
    assert.equal(destroyed?.state, 'shutoff')
    assert.deepEqual(reverted, { domain: 'test', snapshot: 'before', state: 'running' })
    assert.equal(info?.state, 'running')
  })

  it('snapshot-create takes a snapshot XML file, and prints virsh-like text', async () => {
    const file = tmp.file('snap.xml', '<domainsnapshot><name>from-file</name><description>made from a file</description></domainsnapshot>')
    const run = await gvir('snapshot-create', 'test', file, ';', 'snapshot-list', 'test')
    assert.equal(run.status, 0, run.stderr)
    const lines = run.stdout.trimEnd().split('\n').filter(Boolean)
    assert.equal(lines[0], 'Domain snapshot from-file created')
    assert.match(lines[1] ?? '', /^ Name\s+Creation Time\s+State$/)
    assert.match(lines[3] ?? '', /^ from-file\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4}\s+running$/)
  })

  it('reverting to an unknown snapshot is VIR_ERR_NO_DOMAIN_SNAPSHOT', async () => {
    const run = await gvir('snapshot-revert', 'test', 'never-taken')
    assert.equal(run.status, 1)
    assert.match(run.stderr, /^error: .*never-taken.* \(VIR_ERR_NO_DOMAIN_SNAPSHOT\)\n$/)
  })
})

describe('gvir events (test:///default)', function () {
  this.timeout(30_000)

  it('prints the lifecycle events of the commands run after it, like virsh event --loop', async () => {
    const run = await gvir('events', '--timeout', '1', ';', 'suspend', 'test', ';', 'resume', 'test', ';', 'destroy', 'test', ';', 'start', 'test')
    assert.equal(run.status, 0, run.stderr)
    const events = run.stdout.split('\n').filter((l) => l.startsWith('event '))
    assert.deepEqual(events, [
      "event 'lifecycle' for domain 'test': Suspended Paused",
      "event 'lifecycle' for domain 'test': Resumed Unpaused",
      "event 'lifecycle' for domain 'test': Stopped Destroyed",
      "event 'lifecycle' for domain 'test': Started Booted",
    ])
  })

  it('sees domains defined and undefined while it listens, and --domain keeps only one', async () => {
    const xml = '<domain type="test"><name>ev-new</name><memory>65536</memory><os><type>hvm</type></os></domain>'
    const tmp = scratch()
    try {
      const file = tmp.file('ev.xml', xml)
      const run = await gvir('--json', 'events', '--timeout', '1', '--domain', 'ev-new', ';', 'destroy', 'test', ';',
        'define', file, ';', 'start', 'ev-new', ';', 'destroy', 'ev-new', ';', 'undefine', 'ev-new')
      assert.equal(run.status, 0, run.stderr)
      const events = jsonLines<{ domain: string; event: string; detail: string | null; time: string }>(run.stdout).filter((d) => 'event' in d)
      assert.ok(events.every((e) => e.domain === 'ev-new' && !Number.isNaN(Date.parse(e.time))))
      assert.deepEqual(events.map((e) => `${e.event}/${e.detail}`), ['defined/added', 'started/booted', 'stopped/destroyed', 'undefined/removed'])
    } finally {
      tmp.remove()
    }
  })

  it('--timeout ends a quiet listener with status 0 and no output', async () => {
    const t0 = Date.now()
    const run = await gvir('events', '--timeout', '0.5')
    assert.equal(run.status, 0, run.stderr)
    assert.equal(run.stdout, '')
    assert.ok(Date.now() - t0 >= 500)
  })
})
