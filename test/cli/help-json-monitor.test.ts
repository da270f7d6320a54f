// Every `gvir` command has --help and a --json form; `monitor --` / `--monitor` print the
// libvirt-glib calls a command makes.
import assert from 'node:assert/strict'
import { commands } from '../../cli/registry.js'
import { virshGroups } from '../../cli/groups.js'
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
    autostart: [['autostart', 'test']],
    setmem: [['setmem', 'test', '1G']],
    setmaxmem: [['destroy', 'test'], ['setmaxmem', 'test', '4G']],
    setvcpus: [['setvcpus', 'test', '1']],
    managedsave: [['managedsave', 'test']],
    'managedsave-remove': [['managedsave', 'test'], ['managedsave-remove', 'test']],
    save: [['save', 'test', `${tmp.dir}/${name}.save`]],
    restore: [['save', 'test', `${tmp.dir}/${name}.save`], ['restore', `${tmp.dir}/${name}.save`]],
    metadata: [['metadata', 'test', 'http://example.org/', '--key', 'x', '--set', '<a/>'], ['metadata', 'test', 'http://example.org/']],
    'attach-disk': [['attach-disk', 'test', '/tmp/x.img', 'vdb', '--print-xml']],
    echo: [['echo', 'x']],
    trace: [['trace', '--', 'list', '--all']],
    domstats: [['domstats']],
    domifaddr: [['domifaddr', 'test']],
    'nodedev-list': [['nodedev-list']],
    desc: [['desc', 'test', 'json'], ['desc', 'test']],
    'net-start': [['net-destroy', 'default'], ['net-start', 'default']],
    'net-destroy': [['net-destroy', 'default']],
    'net-define': [['net-define', tmp.file('net.xml', "<network><name>json-net</name><bridge name='jsonbr0'/></network>")]],
    'net-undefine': [['net-define', tmp.file('net2.xml', "<network><name>json-net2</name><bridge name='jsonbr1'/></network>")], ['net-undefine', 'json-net2']],
    'net-autostart': [['net-autostart', 'default']],
  }
  return lines[name] ?? []
}

/** Command lines that change nothing on test:///default: all checked in one process. */
const readOnly = [
  'domstate test --reason', 'domid test', 'domuuid test', 'domname test', 'dominfo test', 'domblklist test', 'domiflist test',
  'domblkstat test vda', 'domifstat test testnet0', 'dommemstat test', 'vcpuinfo test', 'nodeinfo', 'version', 'uri', 'hostname',
  'sysinfo', 'pool-info default-pool', 'pool-dumpxml default-pool', 'net-info default', 'net-dumpxml default',
]

/** Command lines that change test:///default, in an order where each works: checked in one process too. */
const sequence = (tmp: ReturnType<typeof scratch>): string[] => [
  'snapshot-create-as test s', 'snapshot-current test', 'snapshot-dumpxml test s', 'snapshot-info test s', 'snapshot-delete test s',
  `pool-define ${tmp.file('pool.xml', "<pool type='dir'><name>p</name><target><path>/p</path></target></pool>")}`, 'pool-build p',
  'pool-start p', 'pool-destroy p', 'pool-undefine p', 'pool-autostart default-pool', 'pool-refresh default-pool',
  'vol-create-as default-pool v 1M', 'vol-info v --pool default-pool', 'vol-dumpxml v --pool default-pool', 'vol-path v --pool default-pool',
  'vol-delete v --pool default-pool', `vol-create default-pool ${tmp.file('vol.xml', '<volume><name>v2</name><capacity>1024</capacity></volume>')}`,
]

/** Commands the test driver cannot serve (no DHCP leases, no volume streams, no screen). */
const needsRealLibvirtd = new Set(['vol-upload', 'vol-download', 'net-dhcp-leases', 'screenshot',
  // the test driver has no domain capabilities, device attach/detach or update, console; edit needs an EDITOR (virsh-diff runs these on QEMU)
  'domcapabilities', 'vol-resize', 'attach-device', 'detach-device', 'detach-disk', 'change-media', 'console', 'edit',
  // no secret or nwfilter driver in the test driver: test/cli/beyond.test.ts checks their --json on a private libvirtd
  'secret-list', 'nwfilter-list'])

describe('gvir --help and --json', function () {
  this.timeout(60_000)
  const tmp = scratch()
  after(() => tmp.remove())

  it('gvir --help lists every command and exits 0', async () => {
    const run = await gvir('--help')
    assert.equal(run.status, 0)
    for (const c of commands) assert.match(run.stdout, new RegExp(`^    ${c.name} `, 'm'))
    assert.match(run.stdout, /^ {4}monitor /m)
  })

  it('every command has --help and `help COMMAND`, printing its usage and options, exit 0 (two batches)', async () => {
    for (const line of [commands.map((c) => `${c.name} --help`), commands.map((c) => `help ${c.name}`)]) {
      const run = await gvir(line.join('; '))
      assert.equal(run.status, 0, run.stderr)
      const sections = run.stdout.split(/^(?=Usage: gvir )/m)
      assert.equal(sections.length, commands.length)
      commands.forEach((c, i) => {
        const text = sections[i] ?? ''
        assert.match(text, new RegExp(`^Usage: gvir ${c.name}\\b`))
        for (const option of Object.keys(c.options ?? {})) assert.match(text, new RegExp(`--${option}\\b`), `${c.name} --${option}`)
        assert.match(text, /--json/)
      })
    }
  })

  it("gvir help groups the commands as virsh help does: under virsh's group titles, in its order", async () => {
    const run = await gvir('help')
    assert.equal(run.status, 0, run.stderr)
    const sections = run.stdout.split(/^ (?=\S.* \(help keyword ')/m).slice(1)
    const titles = sections.map((t) => t.slice(0, t.indexOf(' (help keyword')))
    assert.deepEqual(titles, virshGroups.map((g) => g.title).filter((t) => titles.includes(t)), "virsh's order")
    for (const c of commands) {
      const group = virshGroups.find((g) => g.commands.includes(c.name))
      if (!group) continue
      const section = sections.find((t) => t.startsWith(`${group.title} (`)) ?? ''
      assert.match(section, new RegExp(`^    ${c.name} `, 'm'), `${c.name} under ${group.title}`)
    }
    const covered = commands.filter((c) => virshGroups.some((g) => g.commands.includes(c.name))).length
    assert.ok(covered >= 89, `gvir covers ${covered} of virsh's commands`)
  })

  it('monitor --help explains the monitor', async () => {
    const run = await gvir('monitor', '--help')
    assert.equal(run.status, 0)
    assert.match(run.stdout, /^Usage: gvir monitor/)
  })

  it('the read-only commands --json print one JSON document each (one batch)', async () => {
    const run = await gvir('--json', readOnly.join('; '))
    assert.equal(run.stderr, '')
    assert.equal(run.status, 0)
    const docs = jsonLines<unknown>(run.stdout)
    assert.equal(docs.length, readOnly.length)
  })

  it('the commands that change things --json print one JSON document each (one batch)', async () => {
    const lines = sequence(tmp)
    const run = await gvir('--json', lines.join('; '))
    assert.equal(run.stderr, '')
    assert.equal(run.status, 0)
    assert.equal(jsonLines<unknown>(run.stdout).length, lines.length)
  })

  const batched = [...readOnly, ...sequence(tmp)].map((l) => l.split(' ')[0])
  for (const c of commands.filter((c) => !needsRealLibvirtd.has(c.name) && !batched.includes(c.name))) {
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
    assert.equal(run.stdout, "Domain 'test' suspended\n\n")
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
    assert.equal(run.status, 1, 'global options go before monitor')
    const secret = await gvir('--connect', 'test+tcp://alice:Hunter2Pw@127.0.0.1:1/default?password=Hunter3Pw', '--monitor', 'list')
    assert.equal(secret.status, 1)
    const open = secret.stderr.split('\n').find((l) => / open /.test(l)) ?? ''
    assert.match(open, /Connection\[test\+tcp:\/\/\*\*\*@127\.0\.0\.1:1\/default\?password=\*\*\*\] open/)
    assert.doesNotMatch(open, /Hunter/)
  })
})
