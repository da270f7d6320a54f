// Every `gvir` command has --help and a --json form; `monitor --` / `--monitor` print the
// libvirt-glib calls a command makes.
import assert from 'node:assert/strict'
import { commands } from '../../cli/registry.js'
import { gvir, jsonLines, scratch } from './support.js'

/** A command line for each command that runs on test:///default ('' where the domain goes). */
function lineFor(name: string, tmp: ReturnType<typeof scratch>): string[][] {
  const domainFile = tmp.file(`${name}.xml`, `<domain type='test'><name>json-${name}</name><memory>65536</memory><os><type>hvm</type></os></domain>`)
  const lines: Record<string, string[][]> = {
    list: [['list', '--all']],
    info: [['info', 'test']],
    start: [['destroy', 'test'], ['start', 'test']],
    shutdown: [['shutdown', 'test']],
    destroy: [['destroy', 'test']],
    suspend: [['suspend', 'test']],
    resume: [['suspend', 'test'], ['resume', 'test']],
    reboot: [['reboot', 'test']],
    define: [['define', domainFile]],
    undefine: [['define', domainFile], ['undefine', `json-${name}`]],
    dumpxml: [['dumpxml', 'test']],
    'snapshot-create': [['snapshot-create', 'test']],
    'snapshot-list': [['snapshot-create', 'test', '--name', 's'], ['snapshot-list', 'test']],
    'snapshot-revert': [['snapshot-create', 'test', '--name', 's'], ['snapshot-revert', 'test', 's']],
    'pool-list': [['pool-list']],
    'vol-list': [['vol-list', 'default-pool']],
    'net-list': [['net-list']],
    capabilities: [['capabilities']],
    events: [['events', '--timeout', '0.3'], ['destroy', 'test']],
    trace: [['trace', '--', 'list', '--all']],
  }
  return lines[name] ?? []
}

/** Commands the test driver cannot serve (no DHCP leases, no volume streams, no screen). */
const needsRealLibvirtd = new Set(['vol-upload', 'vol-download', 'net-dhcp-leases', 'screenshot'])

describe('gvir --help and --json', function () {
  this.timeout(60_000)
  const tmp = scratch()
  after(() => tmp.remove())

  it('gvir --help lists every command and exits 0', async () => {
    const run = await gvir('--help')
    assert.equal(run.status, 0)
    for (const c of commands) assert.match(run.stdout, new RegExp(`^  ${c.name} `, 'm'))
    assert.match(run.stdout, /^  monitor /m)
  })

  for (const c of commands) {
    it(`${c.name} --help prints its usage and options and exits 0`, async () => {
      for (const args of [[c.name, '--help'], ['help', c.name]]) {
        const run = await gvir(...args)
        assert.equal(run.status, 0, run.stderr)
        assert.match(run.stdout, new RegExp(`^Usage: gvir ${c.name}\\b`))
        for (const option of Object.keys(c.options ?? {})) assert.match(run.stdout, new RegExp(`--${option}\\b`))
        assert.match(run.stdout, /--json/)
      }
    })
  }

  it('monitor --help explains the monitor', async () => {
    const run = await gvir('monitor', '--help')
    assert.equal(run.status, 0)
    assert.match(run.stdout, /^Usage: gvir monitor/)
  })

  for (const c of commands.filter((c) => !needsRealLibvirtd.has(c.name))) {
    it(`${c.name} --json prints one JSON document per result`, async () => {
      const batch = lineFor(c.name, tmp)
      assert.ok(batch.length > 0, `no command line for ${c.name}`)
      const run = await gvir('--json', ...batch.flatMap((l, i) => (i === 0 ? l : [';', ...l])))
      assert.equal(run.status, 0, run.stderr)
      const docs = jsonLines<unknown>(run.stdout)
      assert.ok(docs.length >= batch.length)
    })
  }
})

describe('gvir monitor', function () {
  this.timeout(30_000)
  const line = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z) (\w+)(?:\[([^\]]*)\])? (\w+) (\d+\.\d{3})ms (ok|VIR_ERR_\w+|VirError|AbortError)$/

  it('monitor -- COMMAND prints each libvirt-glib call on stderr: time, object, method, duration, outcome', async () => {
    const run = await gvir('monitor', '--', 'suspend', 'test')
    assert.equal(run.status, 0, run.stderr)
    assert.equal(run.stdout, "Domain 'test' suspended\n")
    const calls = run.stderr.trimEnd().split('\n')
    for (const l of calls) assert.match(l, line)
    const parsed = calls.map((l) => l.match(line) ?? [])
    assert.deepEqual(parsed.map((m) => `${m[2]}.${m[4]}`), ['Connection.open', 'Connection.fetchDomains', 'Domain.suspend', 'Domain.getInfo'])
    assert.equal(parsed[0]?.[3], 'test:///default')
    assert.ok(parsed.every((m) => m[6] === 'ok'))
  })

  it('a failing call shows its VirError code, and the command still fails as usual', async () => {
    const run = await gvir('--monitor', 'resume', 'test')
    assert.equal(run.status, 1)
    const resume = run.stderr.split('\n').find((l) => / resume /.test(l))
    assert.match(resume ?? '', /^\S+ Domain\[test\] resume \d+\.\d{3}ms VIR_ERR_INTERNAL_ERROR$/)
    assert.match(run.stderr, /^error: .*not paused \(VIR_ERR_INTERNAL_ERROR\)$/m)
  })

  it('with --json each call is a JSON line with its duration and outcome', async () => {
    const run = await gvir('--json', 'monitor', '--', 'list', ';', 'info', 'ghost')
    assert.equal(run.status, 1)
    const docs = jsonLines<{ object?: string; method?: string; duration?: number; outcome?: string; ok?: boolean; error?: unknown }>(run.stderr)
    const calls = docs.filter((d) => d.method !== undefined)
    assert.ok(calls.length >= 3)
    for (const c of calls) {
      assert.equal(typeof c.duration, 'number')
      assert.ok((c.duration ?? -1) >= 0)
      assert.equal(c.ok, c.outcome === 'ok')
    }
    assert.ok(docs.some((d) => d.error !== undefined && d.method === undefined), 'the final error is a JSON document too')
  })

  it('redacts the password of a URI it fails to open', async () => {
    const run = await gvir('monitor', '--', '--connect', 'x', 'list')
    assert.equal(run.status, 2, 'global options go before monitor')
    const secret = await gvir('--connect', 'test+tcp://alice:Hunter2Pw@127.0.0.1:1/default?password=Hunter3Pw', '--monitor', 'list')
    assert.equal(secret.status, 1)
    const open = secret.stderr.split('\n').find((l) => / open /.test(l)) ?? ''
    assert.match(open, /Connection\[test\+tcp:\/\/\*\*\*@127\.0\.0\.1:1\/default\?password=\*\*\*\] open/)
    assert.doesNotMatch(open, /Hunter/)
  })
})
