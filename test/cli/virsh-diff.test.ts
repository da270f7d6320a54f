// The virsh parity harness: each row runs one command line in gvir and in virsh 9.0 against
// the same private libvirtd and diffs what they print (stdout exactly, after normalising
// what changes between two calls: CPU times, the test driver's clock-driven counters), the
// exit status, and virsh's error lines (each must be one of gvir's, gvir adding libvirt's
// code in brackets). gvir gets the command line as one argument, as `virsh 'cmd'` does.
import assert from 'node:assert/strict'
import { execFileSync, spawn } from 'node:child_process'
import { Connection } from '../../lib/index.js'
import { Libvirtd } from '../support/libvirtd.js'
import { scratch, start, type Run } from './support.js'

/** One command both run. */
interface Row {
  /** The command line, `;`-separated commands allowed. */
  readonly cmd: string
  /** The daemon's driver it runs on (default the test driver). */
  readonly on?: 'test' | 'qemu'
  /** Also replace every number (counters the test driver derives from the clock). */
  readonly numbers?: boolean
  /**
   * A diff left, with why: domcapabilities' XML comes through libvirt-glib's
   * GVirConfigDomainCapabilities, re-serialised with double-quoted attributes where libvirt
   * writes single quotes (the other *-dumpxml are libvirt's own text since #13); compared
   * with quotes made alike.
   */
  readonly quotes?: string
  /** Runs on its own, and the exit status must match too. */
  readonly status?: boolean
  /** Environment for both (EDITOR for edit). */
  readonly env?: Readonly<Record<string, string>>
  /** Changes state: gvir runs after virsh, not alongside it (and UUIDs it makes differ). */
  readonly mutates?: boolean
}

function virsh(uri: string, cmd: string, env: Readonly<Record<string, string>> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('virsh', ['-c', uri, cmd], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } })
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
const saveFile = `${tmp.dir}/test.save`
const diskXml = tmp.file('disk.xml', "<disk type='file' device='disk'><source file='/tmp/gvir-extra.img'/><target dev='vdb' bus='virtio'/></disk>")
const qemuXml = tmp.file('q1.xml', `<domain type='qemu'><name>q1</name><memory unit='KiB'>65536</memory><vcpu placement='static' current='1'>2</vcpu>
  <os><type arch='x86_64' machine='pc'>hvm</type></os>
  <devices><disk type='file' device='cdrom'><target dev='hdc' bus='ide'/><readonly/></disk>
  <interface type='user'><mac address='52:54:00:00:00:01'/><model type='e1000'/></interface><memballoon model='none'/></devices></domain>`)
/** An EDITOR that sets q1's memory to 98304 KiB, or back to 65536 when it is that. */
const toggleMemory = `sh ${tmp.file('toggle.sh', "if grep -q '>98304<' \"$1\"; then sed -i 's/>98304</>65536</g' \"$1\"; else sed -i 's/>65536</>98304</g' \"$1\"; fi\n")}`
const poolXml = tmp.file('pool.xml', "<pool type='dir'><name>cli-pool</name><target><path>/cli-pool</path></target></pool>")
const volXml = tmp.file('vol.xml', "<volume><name>cli-vol2</name><capacity unit='M'>4</capacity></volume>")
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
  { cmd: 'domstate nosuch', status: true },
  { cmd: 'domstate nosuch; list', status: true },
  { cmd: 'list; dominfo nosuch', status: true },
  { cmd: 'define /nonexistent/file.xml', status: true },
  // Domain management (test driver)
  { cmd: 'autostart test; dominfo test; list --autostart --name; autostart test --disable; list --no-autostart --name', mutates: true },
  { cmd: 'setmem test 1048576; dominfo test; setmem test 2G; dominfo test; setmem test 2097152', mutates: true },
  { cmd: 'setmaxmem test 9000000', status: true },
  { cmd: 'setvcpus test 1; vcpuinfo test; setvcpus test 2', mutates: true },
  { cmd: 'managedsave test; dominfo test; list --all --with-managed-save --name; domstate test --reason; managedsave-remove test; managedsave-remove test; start test', mutates: true },
  { cmd: `save test ${saveFile}; domstate test --reason; restore ${saveFile}; domstate test --reason`, mutates: true },
  { cmd: "metadata test http://example.org/x --key x --set '<app n=\"1\"/>'; metadata test http://example.org/x; metadata test http://example.org/x --remove", mutates: true },
  { cmd: 'metadata test http://example.org/none', status: true },
  { cmd: `attach-device test ${diskXml}`, status: true },
  // Domain management (a QEMU domain's config)
  { cmd: 'dominfo q1', on: 'qemu' },
  { cmd: 'vcpuinfo q1', on: 'qemu' },
  { cmd: 'domiflist q1; domblklist q1 --details', on: 'qemu' },
  { cmd: `attach-device q1 ${diskXml} --config; domblklist q1; detach-device q1 ${diskXml} --config; domblklist q1`, on: 'qemu', mutates: true },
  { cmd: 'attach-disk q1 /tmp/gvir-d2.img vdc --targetbus virtio --subdriver raw --config; domblklist q1; detach-disk q1 vdc --config; domblklist q1', on: 'qemu', mutates: true },
  { cmd: 'change-media q1 hdc /tmp/gvir.iso --insert --config; domblklist q1; change-media q1 hdc /tmp/gvir2.iso --update --config; domblklist q1; change-media q1 hdc --eject --config; domblklist q1', on: 'qemu', mutates: true },
  { cmd: 'change-media q1 hdc --eject --config', on: 'qemu', status: true },
  { cmd: 'setmem q1 32768 --config; dominfo q1; setmaxmem q1 131072 --config; dominfo q1; setmaxmem q1 65536 --config; setmem q1 65536 --config', on: 'qemu', mutates: true },
  { cmd: 'setvcpus q1 2 --config; vcpuinfo q1; setvcpus q1 1 --config', on: 'qemu', mutates: true },
  { cmd: 'autostart q1; dominfo q1; autostart q1 --disable', on: 'qemu', mutates: true },
  { cmd: 'edit q1; dominfo q1; edit q1; dominfo q1', on: 'qemu', env: { EDITOR: toggleMemory }, mutates: true },
  { cmd: 'edit q1', on: 'qemu', env: { EDITOR: 'true' } },
  // Snapshots
  { cmd: "snapshot-create-as test s1 'first one'; snapshot-create-as test s2; snapshot-list test; snapshot-current test --name; snapshot-info test s1; snapshot-info test --current; snapshot-delete test s2; snapshot-current test --name; snapshot-delete test s1", mutates: true, numbers: true },
  { cmd: 'snapshot-create-as test s3; snapshot-dumpxml test s3; snapshot-current test; snapshot-delete test --current', mutates: true, numbers: true },
  { cmd: 'snapshot-current test --name', status: true },
  { cmd: 'snapshot-info test nosuch', status: true },
  // Storage pools and volumes
  { cmd: 'pool-list' },
  { cmd: 'pool-list --all' },
  { cmd: 'pool-list --details' },
  { cmd: 'pool-list --name' },
  { cmd: 'pool-info default-pool' },
  { cmd: 'pool-info default-pool --bytes' },
  { cmd: 'pool-dumpxml default-pool' },
  { cmd: `pool-define ${poolXml}; pool-list --all; pool-info cli-pool; pool-build cli-pool; pool-start cli-pool; pool-autostart cli-pool; pool-list --details; pool-autostart cli-pool --disable; pool-refresh cli-pool; pool-destroy cli-pool; pool-list --inactive; pool-undefine cli-pool`, mutates: true },
  { cmd: `vol-create-as default-pool cli-vol 10M; vol-list default-pool; vol-list default-pool --details; vol-info cli-vol --pool default-pool; vol-info /default-pool/cli-vol; vol-path cli-vol --pool default-pool; vol-info cli-vol --pool default-pool --bytes; vol-create default-pool ${volXml}; vol-list default-pool; vol-delete cli-vol2 --pool default-pool; vol-delete /default-pool/cli-vol; vol-list default-pool`, mutates: true },
  { cmd: 'vol-create-as default-pool cli-vol3 1M; vol-dumpxml cli-vol3 --pool default-pool; vol-delete cli-vol3 --pool default-pool', mutates: true },
  { cmd: 'vol-create-as default-pool cli-vol4 1M; vol-resize cli-vol4 2M --pool default-pool; vol-delete cli-vol4 --pool default-pool', mutates: true },
  { cmd: 'vol-info nosuch --pool default-pool', status: true },
  { cmd: 'pool-info nosuch', status: true },
  // Networks
  { cmd: 'net-info default' },
  { cmd: 'net-dumpxml default' },
  { cmd: 'net-info nosuch', status: true },
  // Host and hypervisor
  { cmd: 'nodeinfo' },
  { cmd: 'version' },
  { cmd: 'uri' },
  { cmd: 'hostname' },
  { cmd: 'sysinfo' },
  { cmd: 'nodeinfo', on: 'qemu' },
  { cmd: 'version', on: 'qemu' },
  { cmd: 'uri', on: 'qemu' },
  { cmd: 'domcapabilities', on: 'qemu', quotes: 'libvirt-glib re-serialises domain capabilities' },
  { cmd: 'echo hello   world; echo' },
]

/** Rows that run on their own (their exit status is what they check); the others run in batches. */
function alone(row: Row): boolean {
  return row.status === true
}

/** One process each for gvir and virsh per batch of rows, separated by `echo` markers. */
interface Batch { readonly rows: Row[]; want?: Run; got?: Run }

function batches(all: readonly Row[]): Batch[] {
  const out: Batch[] = []
  for (const row of all) {
    const last = out[out.length - 1]
    const same = last && !alone(row) && !alone(last.rows[0] as Row) && last.rows[0]?.on === row.on && JSON.stringify(last.rows[0]?.env) === JSON.stringify(row.env)
    if (same) last.rows.push(row)
    else out.push({ rows: [row] })
  }
  return out
}

const marker = (i: number): string => `@@row-${i}@@`
const line = (b: Batch): string => b.rows.map((r, i) => `${r.cmd}; echo ${marker(i)}`).join('; ')

/** A batch's output, per row: the text before each row's marker. */
function slices(stdout: string, n: number): string[] {
  const parts: string[] = []
  let rest = stdout
  for (let i = 0; i < n; i++) {
    const at = rest.indexOf(`${marker(i)}\n`)
    parts.push(at < 0 ? rest : rest.slice(0, at))
    rest = at < 0 ? '' : rest.slice(at + marker(i).length + 1)
  }
  return parts
}

describe('gvir against virsh 9.0 on one private libvirtd (one row per command line)', function () {
  this.timeout(120_000)
  let d: Libvirtd
  let keeper: Connection | undefined
  const all = batches(rows)
  before(async function () {
    this.timeout(180_000)
    d = await Libvirtd.start()
    // The daemon's test driver lives as long as a connection holds it.
    keeper = await Connection.open(d.testUri)
    execFileSync('virsh', ['-c', d.qemuUri, 'define', qemuXml])
    // virsh's batch, then gvir's: each row leaves the state as it found it.
    for (const b of all) {
      const uri = b.rows[0]?.on === 'qemu' ? d.qemuUri : d.testUri
      const cmd = alone(b.rows[0] as Row) ? (b.rows[0] as Row).cmd : line(b)
      b.want = await virsh(uri, cmd, b.rows[0]?.env)
      b.got = await start(['-c', uri, cmd], { env: { ...b.rows[0]?.env } }).done
    }
  })
  after(async () => {
    keeper?.close()
    await d?.stop()
    tmp.remove()
  })

  for (const b of all) {
    b.rows.forEach((row, i) => {
      it(`${row.on === 'qemu' ? '[qemu] ' : ''}${row.cmd}`, () => {
        const { want, got } = b as Required<Batch>
        const single = alone(row)
        const [w, g] = single ? [want.stdout, got.stdout] : [slices(want.stdout, b.rows.length)[i] ?? '', slices(got.stdout, b.rows.length)[i] ?? '']
        assert.equal(normalise(g, row), normalise(w, row), `stdout differs; gvir's stderr:\n${got.stderr}`)
        if (single) assert.equal(got.status, want.status, `exit status; gvir's stderr:\n${got.stderr}`)
        const gotErrors = errorLines(got.stderr)
        for (const l of errorLines(want.stderr)) assert.ok(gotErrors.includes(l), `virsh printed '${l}'; gvir printed:\n${got.stderr}`)
        if (want.stderr === '') assert.equal(got.stderr, '')
      })
    })
  }
})
