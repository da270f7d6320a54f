// The virsh parity harness: each row runs one command line in gvir and in virsh 9.0 against
// the same private libvirtd and diffs what they print (stdout exactly, after normalising
// what changes between two calls: CPU times, the test driver's clock-driven counters), the
// exit status, and virsh's error lines (each must be one of gvir's, gvir adding libvirt's
// code in brackets). gvir gets the command line as one argument, as `virsh 'cmd'` does.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { Connection } from '../../lib/index.js'
import { Libvirtd } from '../support/libvirtd.js'
import { gvir, scratch, type Run } from './support.js'

/** One command both run. */
interface Row {
  /** The command line, `;`-separated commands allowed. */
  readonly cmd: string
  /** The daemon's driver it runs on (default the test driver). */
  readonly on?: 'test' | 'qemu'
  /** Also replace every number (counters the test driver derives from the clock). */
  readonly numbers?: boolean
  /**
   * A diff left, with why: the XML of objects gvir re-serialises through gconfig has
   * double-quoted attributes where libvirt writes single quotes (until dumpxml and friends
   * print libvirt's own text, #13); compared with quotes made alike.
   */
  readonly quotes?: string
  /** Changes state: gvir runs after virsh, not alongside it (and UUIDs it makes differ). */
  readonly mutates?: boolean
}

function virsh(uri: string, cmd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('virsh', ['-c', uri, cmd], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d })
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d })
    child.on('error', reject)
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }))
  })
}

/** What may differ between two runs of one command. */
function normalise(text: string, row: Row): string {
  let t = text.replace(/\d+\.\ds$/gm, 'N.Ns').replace(/(CPU time:\s+)\d+\.\ds/g, '$1N.Ns')
  if (row.mutates) t = t.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'UUID')
  if (row.numbers) t = t.replace(/\d+/g, 'N')
  if (row.quotes) t = t.replace(/'/g, '"')
  return t
}

/** virsh's error lines, and gvir's without the code it adds. */
function errorLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.startsWith('error: ')).map((l) => l.replace(/ \((VIR_ERR_[A-Z_]+|[A-Za-z]+Error)\)$/, ''))
}

const tmp = scratch()
const offXml = tmp.file('off.xml', "<domain type='test'><name>cli-off</name><memory>65536</memory><vcpu>1</vcpu><os><type>hvm</type></os></domain>")

/** The rows, in order: a row that changes state leaves it as it found it. */
const rows: readonly Row[] = [
  // Domain monitoring and identity
  { cmd: 'domstate test' },
  { cmd: 'domstate test --reason' },
  { cmd: 'domid test' },
  { cmd: 'domuuid test' },
  { cmd: 'domname 1' },
  { cmd: 'dominfo test' },
  { cmd: 'domblklist test' },
  { cmd: 'domblklist test --details' },
  { cmd: 'domiflist test' },
  { cmd: 'domblkstat test vda', numbers: true },
  { cmd: 'dommemstat test' },
  { cmd: 'vcpuinfo test' },
  { cmd: 'list' },
  { cmd: 'list --all' },
  { cmd: 'list --name' },
  { cmd: 'list --uuid' },
  { cmd: 'list --uuid --name' },
  { cmd: 'list --inactive' },
  { cmd: 'list --autostart --all' },
  { cmd: `define ${offXml}; list --all; list --inactive --name; list --state-shutoff --name; list --persistent --all --name; dominfo cli-off; domstate cli-off --reason; vcpuinfo cli-off; undefine cli-off`, mutates: true },
  // errors, and a batch that goes on past one
  { cmd: 'domstate nosuch' },
  { cmd: 'domstate nosuch; list' },
  { cmd: 'list; dominfo nosuch' },
  { cmd: 'define /nonexistent/file.xml' },
  // Host and hypervisor
  { cmd: 'nodeinfo' },
  { cmd: 'version' },
  { cmd: 'uri' },
  { cmd: 'hostname' },
  { cmd: 'sysinfo' },
  { cmd: 'nodeinfo', on: 'qemu' },
  { cmd: 'version', on: 'qemu' },
  { cmd: 'uri', on: 'qemu' },
  { cmd: 'domcapabilities', on: 'qemu', quotes: 'gconfig re-serialises' },
]

describe('gvir against virsh 9.0 on one private libvirtd (one row per command line)', function () {
  this.timeout(60_000)
  let d: Libvirtd
  let keeper: Connection | undefined
  before(async function () {
    this.timeout(60_000)
    d = await Libvirtd.start()
    // The daemon's test driver lives as long as a connection holds it.
    keeper = await Connection.open(d.testUri)
  })
  after(async () => {
    keeper?.close()
    await d?.stop()
    tmp.remove()
  })

  for (const row of rows) {
    it(`${row.on === 'qemu' ? '[qemu] ' : ''}${row.cmd}`, async () => {
      const uri = row.on === 'qemu' ? d.qemuUri : d.testUri
      const [want, got] = row.mutates
        ? [await virsh(uri, row.cmd), await gvir('-c', uri, row.cmd)]
        : await Promise.all([virsh(uri, row.cmd), gvir('-c', uri, row.cmd)])
      assert.equal(normalise(got.stdout, row), normalise(want.stdout, row), `stdout differs; gvir's stderr:\n${got.stderr}`)
      assert.equal(got.status, want.status, `exit status; gvir's stderr:\n${got.stderr}`)
      const gotErrors = errorLines(got.stderr)
      for (const line of errorLines(want.stderr)) assert.ok(gotErrors.includes(line), `virsh printed '${line}'; gvir printed:\n${got.stderr}`)
      if (want.stderr === '') assert.equal(got.stderr, '')
    })
  }
})
