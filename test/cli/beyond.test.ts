// `gvir` commands beyond libvirt-glib, each its own process, their text compared with
// virsh's on the same driver: test:///default for domstats, domifaddr, desc and
// nodedev-list, a private libvirtd for the network lifecycle, secret-list and nwfilter-list.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { Libvirtd } from '../support/libvirtd.js'
import { gvir, gvirJson, scratch } from './support.js'

const exec = promisify(execFile)
const virsh = async (uri: string, ...args: string[]): Promise<string> => (await exec('virsh', ['-c', uri, ...args])).stdout

describe('gvir beyond-libvirt-glib commands (test:///default)', function () {
  this.timeout(60_000)

  for (const args of [['domstats'], ['domstats', '--state', 'test'], ['domifaddr', 'test'], ['desc', 'test'], ['desc', 'test', '--title', 'Hi', ';', 'desc', 'test', '--title']]) {
    it(`${args.join(' ')} prints what virsh prints`, async () => {
      const run = await gvir(...args)
      assert.equal(run.status, 0, run.stderr)
      assert.equal(run.stdout, await virsh('test:///default', args.join(' ')))
    })
  }

  it('domstats --json keeps libvirt\'s names; domifaddr --json its fields; a bad --source is a usage error', async () => {
    const [rec] = await gvirJson<{ domain: string, stats: Record<string, unknown> }[]>('domstats')
    assert.deepEqual(rec, { domain: 'test', stats: { 'state.state': 1, 'state.reason': 0 } })
    assert.deepEqual(await gvirJson('domifaddr', 'test'), [{ name: 'testnet0', hwaddr: 'aa:bb:cc:dd:ee:ff', addrs: [{ type: 'ipv4', addr: '192.168.122.3', prefix: 24 }] }])
    const bad = await gvir('domifaddr', 'test', '--source', 'dns')
    assert.equal(bad.status, 1) // virsh's status for a bad option value, as gvir's other commands now
    assert.match(bad.stderr, /^error: --source must be lease, arp or agent, not 'dns'/)
  })

  it('nodedev-list lists the devices python-libvirt lists, and filters by --cap', async () => {
    const { stdout } = await exec('/usr/bin/python3', ['-c', "import libvirt\nc = libvirt.open('test:///default')\nprint('\\n'.join(sorted(d.name() for d in c.listAllDevices(0))))"])
    assert.equal((await gvir('nodedev-list')).stdout, stdout)
    assert.deepEqual(await gvirJson('nodedev-list', '--cap', 'scsi_host'), [{ name: 'scsi_host1' }, { name: 'scsi_host11' }, { name: 'scsi_host2' }])
  })
})

describe('gvir network lifecycle, secret-list and nwfilter-list through a private libvirtd', function () {
  this.timeout(60_000)
  let daemon: Libvirtd
  const tmp = scratch()
  before(async () => { daemon = await Libvirtd.start() })
  after(async () => {
    tmp.remove()
    await daemon?.stop()
  })
  const g = (...args: string[]) => gvir('-c', daemon.qemuUri, ...args)

  it('net-define, net-autostart, net-start, net-destroy, net-undefine say what virsh says, and net-list --json gives real state', async () => {
    const mine = tmp.file('a.xml', "<network><name>a</name><bridge name='gvbra'/></network>")
    const theirs = tmp.file('b.xml', "<network><name>b</name><bridge name='gvbrb'/></network>")
    // One batch each (`;`), as virsh runs one: fewer processes, the same messages.
    const batch = (net: string, file: string, ...cmds: string[]): string[] => cmds.flatMap((c, i) => [...(i ? [';'] : []), c, c === 'net-define' ? file : net])
    // virsh follows each message with a blank line, which gvir's commands leave out.
    const norm = (text: string, net: string, file: string): string => text.trimEnd().replace(/\n\n/g, '\n').replaceAll(file, 'F').replace(new RegExp(`\\b${net}\\b`, 'g'), 'N')
    const up = await g(...batch('a', mine, 'net-define', 'net-autostart', 'net-start'))
    assert.equal(up.status, 0, up.stderr)
    assert.equal(norm(up.stdout, 'a', mine), norm(await virsh(daemon.qemuUri, batch('b', theirs, 'net-define', 'net-autostart', 'net-start').join(' ')), 'b', theirs))
    const list = await gvirJson<{ name: string, active: boolean, persistent: boolean }[]>('-c', daemon.qemuUri, 'net-list')
    assert.deepEqual(list.map(({ name, active, persistent }) => ({ name, active, persistent })), [
      { name: 'a', active: true, persistent: true }, { name: 'b', active: true, persistent: true }])
    const down = await g('net-autostart', '--disable', 'a', ';', 'net-destroy', 'a', ';', 'net-undefine', 'a')
    assert.equal(down.status, 0, down.stderr)
    assert.equal(norm(down.stdout, 'a', mine), norm(await virsh(daemon.qemuUri, 'net-autostart --disable b; net-destroy b; net-undefine b'), 'b', theirs))
    const gone = await g('net-start', 'a')
    assert.equal(gone.status, 1)
    assert.match(gone.stderr, /VIR_ERR_NO_NETWORK/)
  })

  it('secret-list and nwfilter-list print what virsh prints', async () => {
    await virsh(daemon.qemuUri, 'secret-define', tmp.file('s.xml', "<secret ephemeral='no' private='yes'><usage type='volume'><volume>/var/lib/a.img</volume></usage></secret>"))
    await virsh(daemon.qemuUri, 'nwfilter-define', tmp.file('f.xml', "<filter name='gvir-f' chain='root'><rule action='accept' direction='out'><all/></rule></filter>"))
    for (const cmd of ['secret-list', 'nwfilter-list']) {
      const run = await g(cmd)
      assert.equal(run.status, 0, run.stderr)
      assert.equal(run.stdout.trimEnd(), (await virsh(daemon.qemuUri, cmd)).trimEnd())
    }
  })
})
