// `gvir` domain commands as a child process on test:///default (fresh in every process):
// list, info, the lifecycle verbs, define/undefine, dumpxml, errors and exit statuses.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { gconfig } from '../../lib/index.js'
import { gvir, gvirJson, scratch } from './support.js'

interface Row { id: number; name: string; uuid: string; state: string; persistent: boolean }

/** A domain for the test driver, made with gconfig's typed setters. */
function domainXml(name: string): string {
  const d = new gconfig.Domain()
  d.type = 'test'
  d.name = name
  d.memory = 64 * 1024 * 1024
  d.vcpu = 1
  d.osType = 'hvm'
  d.osArch = 'x86_64'
  return d.toXml()
}

describe('gvir domain commands (test:///default)', function () {
  this.timeout(30_000)
  const tmp = scratch()
  after(() => tmp.remove())

  it('list shows the running test domain as a virsh-style table', async () => {
    const run = await gvir('list')
    assert.equal(run.status, 0, run.stderr)
    const lines = run.stdout.trimEnd().split('\n')
    assert.match(lines[0] ?? '', /^ Id\s+Name\s+State$/)
    assert.match(lines[1] ?? '', /^-+$/)
    assert.match(lines[2] ?? '', /^ 1\s+test\s+running$/)
    assert.equal(run.stderr, '')
  })

  it('list hides inactive domains unless --all', async () => {
    const xml = tmp.file('inactive.xml', domainXml('cli-inactive'))
    const without = await gvir('define', xml, ';', 'list')
    assert.doesNotMatch(without.stdout, /cli-inactive\s/)
    const withAll = await gvir('--json', 'define', xml, ';', 'list', '--all')
    const [, rows] = withAll.stdout.trim().split('\n').map((l) => JSON.parse(l) as unknown) as [unknown, Row[]]
    const row = rows.find((r) => r.name === 'cli-inactive')
    assert.deepEqual({ id: row?.id, state: row?.state, persistent: row?.persistent }, { id: -1, state: 'shutoff', persistent: true })
  })

  it('info gives the state, memory and vCPUs, found by name, UUID or id', async () => {
    const byName = await gvirJson<Record<string, unknown>>('info', 'test')
    assert.equal(byName.state, 'running')
    assert.equal(byName.name, 'test')
    // the API's names and units: bytes, as (await dom.getInfo()) gives them; virsh dominfo's KiB × 1024
    assert.equal(byName.nrVirtCpu, 2)
    const dominfo = execFileSync('virsh', ['-c', 'test:///default', 'dominfo', 'test'], { encoding: 'utf8' })
    assert.equal(byName.maxMem, Number(/^Max memory:\s+(\d+) KiB$/m.exec(dominfo)![1]) * 1024)
    assert.equal(byName.memory, Number(/^Used memory:\s+(\d+) KiB$/m.exec(dominfo)![1]) * 1024)
    assert.equal(byName.maxMemory, undefined)
    assert.equal(byName.vcpus, undefined)
    const byUuid = await gvirJson<Record<string, unknown>>('info', String(byName.uuid))
    const byId = await gvirJson<Record<string, unknown>>('info', '1')
    assert.equal(byUuid.name, 'test')
    assert.equal(byId.name, 'test')
    const text = await gvir('info', 'test')
    assert.match(text.stdout, /^State:\s+running$/m)
    assert.match(text.stdout, /^UUID:\s+[0-9a-f-]{36}$/m)
  })

  it('suspend, resume, destroy, start, shutdown and reboot change the state libvirt reports', async () => {
    const run = await gvir('--json', 'suspend', 'test', ';', 'resume', 'test', ';', 'destroy', 'test', ';', 'start', 'test', ';',
      'reboot', 'test', ';', 'shutdown', 'test', ';', 'info', 'test')
    assert.equal(run.status, 0, run.stderr)
    const docs = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
    assert.deepEqual(docs.slice(0, 6).map((d) => [d.action, d.state]), [
      ['suspend', 'paused'], ['resume', 'running'], ['destroy', 'shutoff'], ['start', 'running'], ['reboot', 'running'], ['shutdown', 'shutoff'],
    ])
    assert.equal(docs[6]?.state, 'shutoff')
  })

  it('prints what each lifecycle verb did, as virsh does', async () => {
    const run = await gvir('suspend', 'test', ';', 'resume', 'test', ';', 'destroy', 'test', ';', 'start', 'test')
    assert.deepEqual(run.stdout.trim().split('\n').filter(Boolean), [
      "Domain 'test' suspended", "Domain 'test' resumed", "Domain 'test' destroyed", "Domain 'test' started",
    ])
  })

  it('define reads a gconfig-made XML file; undefine removes the domain', async () => {
    const xml = tmp.file('vm.xml', domainXml('cli-defined'))
    const run = await gvir('--json', 'define', xml, ';', 'list', '--all', ';', 'undefine', 'cli-defined', ';', 'list', '--all')
    assert.equal(run.status, 0, run.stderr)
    const [defined, before, undefined_, after] = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as unknown) as [
      { name: string; uuid: string }, Row[], { name: string }, Row[]]
    assert.equal(defined.name, 'cli-defined')
    assert.match(defined.uuid, /^[0-9a-f-]{36}$/)
    assert.ok(before.some((r) => r.name === 'cli-defined'))
    assert.equal(undefined_.name, 'cli-defined')
    assert.ok(!after.some((r) => r.name === 'cli-defined'))
    const text = await gvir('define', xml)
    assert.equal(text.stdout, `Domain 'cli-defined' defined from ${xml}\n\n`)
  })

  it('define reads a file that starts with a comment, as libvirt writes under /etc/libvirt (virsh defines it too)', async () => {
    const warning = '<!--\nWARNING: THIS IS AN AUTO-GENERATED FILE. CHANGES TO IT ARE LIKELY TO BE\nOVERWRITTEN AND LOST.\n-->\n'
    const xml = tmp.file('commented.xml', `<?xml version="1.0"?>\n${warning}<?app note?>\n${domainXml('cli-commented')}`)
    const run = await gvir('define', xml, ';', 'list', '--all')
    assert.equal(run.status, 0, run.stderr)
    assert.match(run.stdout, new RegExp(`^Domain 'cli-commented' defined from ${xml}$`, 'm'))
    assert.match(run.stdout, /^ -\s+cli-commented\s+shut off$/m)
  })

  it('dumpxml prints the XML libvirt holds, which gconfig reads back', async () => {
    const run = await gvir('dumpxml', 'test')
    assert.equal(run.status, 0, run.stderr)
    const doc = gconfig.Domain.fromXml(run.stdout)
    assert.equal(doc.name, 'test')
    const json = await gvirJson<{ name: string; xml: string }>('dumpxml', '--inactive', 'test')
    assert.equal(gconfig.Domain.fromXml(json.xml).name, 'test')
  })

  it("an unknown domain prints virsh's error: lines, libvirt's with its code, and exits 1", async () => {
    const cmds = ['info', 'start', 'destroy', 'suspend', 'resume', 'shutdown', 'reboot', 'undefine', 'dumpxml', 'domstate', 'dominfo', 'domid']
    const run = await gvir(cmds.map((c) => `${c} no-such-domain`).join('; '))
    assert.equal(run.status, 1)
    assert.equal(run.stdout, '\n'.repeat(cmds.length), 'a blank line per failed command, as virsh')
    assert.equal(run.stderr, "error: failed to get domain 'no-such-domain'\nerror: Domain not found: no domain with matching name 'no-such-domain' (VIR_ERR_NO_DOMAIN)\n".repeat(cmds.length))
  })

  it("libvirt's own refusal keeps its message and code: resuming a running domain", async () => {
    const run = await gvir('resume', 'test')
    assert.equal(run.status, 1)
    assert.equal(run.stderr, "error: Unable to resume domain: internal error: domain 'test' not paused (VIR_ERR_INTERNAL_ERROR)\n")
  })

  it('with --json an error is a JSON document on stderr, with code and code name', async () => {
    const run = await gvir('--json', 'info', 'ghost')
    assert.equal(run.status, 1)
    assert.equal(run.stdout, '')
    const { error } = JSON.parse(run.stderr) as { error: { message: string; code: number; codeName: string } }
    assert.equal(error.code, 42)
    assert.equal(error.codeName, 'VIR_ERR_NO_DOMAIN')
    assert.match(error.message, /ghost/)
  })

  it('a bad file for define fails with the reason and exits 1', async () => {
    const missing = await gvir('define', `${tmp.dir}/absent.xml`)
    assert.equal(missing.status, 1)
    assert.equal(missing.stderr, `error: Failed to open file '${tmp.dir}/absent.xml': No such file or directory\n`)
    const garbage = await gvir('define', tmp.file('garbage.xml', '<domain type="test"><name>x</nam'))
    assert.equal(garbage.status, 1)
    assert.match(garbage.stderr, /^error: XML error: .*garbage\.xml: .*line 1.* \(VIR_ERR_XML_ERROR\)\n$/)
  })

  it('usage mistakes exit 1, as virsh, and point at the help', async () => {
    const cases: [string[], RegExp][] = [
      [['list', '--bogus'], /Unknown option '--bogus'/],
      [['info'], /'info' wants DOMAIN/],
      [['info', 'a', 'b'], /unexpected argument 'b'/],
      [['frobnicate'], /unknown command: 'frobnicate'/],
      [['--wat', 'list'], /unknown global option '--wat'/],
      [['--connect'], /--connect wants a URI/],
      [['events', '--timeout', 'soon'], /--timeout wants a number of seconds/],
    ]
    for (const [args, re] of cases) {
      const run = await gvir(...args)
      assert.equal(run.status, 1, args.join(' '))
      assert.match(run.stderr, re, args.join(' '))
      assert.match(run.stderr, /\(usage\)/)
    }
  })

  it('a usage mistake anywhere in a batch runs none of it', async () => {
    const run = await gvir('--json', 'destroy', 'test', ';', 'list', '--nope')
    assert.equal(run.status, 1)
    assert.equal(run.stdout, '')
  })

  it("a failing command prints its error and the batch goes on, exiting with the last command's status (as virsh)", async () => {
    const run = await gvir('suspend', 'test', ';', 'info', 'ghost', ';', 'resume', 'test')
    assert.equal(run.status, 0)
    assert.equal(run.stdout, "Domain 'test' suspended\n\n\nDomain 'test' resumed\n\n")
    assert.match(run.stderr, /VIR_ERR_NO_DOMAIN/)
    const last = await gvir('domstate test; domstate ghost')
    assert.equal(last.status, 1)
    assert.equal(last.stdout, 'running\n\n\n')
  })

  it('--connect to a URI that cannot be opened fails with error: and exits 1', async () => {
    const run = await gvir('--connect', 'test+tcp://127.0.0.1:1/default', 'list')
    assert.equal(run.status, 1)
    assert.match(run.stderr, /^error: .*127\.0\.0\.1:1.* \(\w+\)\n$/)
  })
})
