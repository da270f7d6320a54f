// Issue 13, item 7: getConfig() hands gconfig libvirt's own text, so an unmodified config's
// toXml() is libvirt's XML byte for byte (python-libvirt's XMLDesc(), virsh's dumpxml
// without the newline virsh prints after it), and an edit changes only what was edited.
// Before, libvirt-glib's get_config re-serialised the document through libxml2: 20 of the
// 33 lines of the test domain's `virsh dumpxml` differed (double-quoted attributes).
import assert from 'node:assert/strict'
import { execFileSync, spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { Connection, Domain } from '../../gobject/index.js'
import { daemonConnection } from './helpers.js'

/** python-libvirt's text for `expr` (`c` is the connection to `uri`). */
function python(uri: string, expr: string): string {
  const run = spawnSync('/usr/bin/python3', ['-c', `import sys, libvirt\nc = libvirt.open(sys.argv[1])\nsys.stdout.write(${expr})`, uri], { encoding: 'utf8' })
  assert.equal(run.status, 0, run.stderr)
  return run.stdout
}

function virsh(uri: string, ...args: string[]): string {
  return execFileSync('virsh', ['-c', uri, ...args], { encoding: 'utf8' })
}

interface Kind {
  readonly what: string
  readonly gvir: (conn: Connection, test: Domain) => Promise<{ toXml(): string }>
  readonly python: string
  /** virsh's command for it; virsh prints libvirt's text and a newline. */
  readonly virsh?: readonly string[]
}

const kinds: Kind[] = [
  { what: 'a running domain', gvir: async (_c, t) => t.getConfig(), python: "c.lookupByName('test').XMLDesc(0)", virsh: ['dumpxml', 'test'] },
  { what: 'a domain\'s inactive config', gvir: async (_c, t) => t.getConfig({ inactive: true }), python: "c.lookupByName('test').XMLDesc(2)", virsh: ['dumpxml', '--inactive', 'test'] },
  {
    what: 'a network',
    gvir: async (c) => { await c.fetchNetworks(); return c.findNetworkByName('default')!.getConfig() },
    python: "c.networkLookupByName('default').XMLDesc(0)", virsh: ['net-dumpxml', 'default'],
  },
  {
    what: 'a storage pool',
    gvir: async (c) => { await c.fetchStoragePools(); return c.findStoragePoolByName('default-pool')!.getConfig() },
    python: "c.storagePoolLookupByName('default-pool').XMLDesc(0)", virsh: ['pool-dumpxml', 'default-pool'],
  },
  {
    what: 'a storage volume',
    gvir: async (c) => {
      await c.fetchStoragePools()
      const pool = c.findStoragePoolByName('default-pool')!
      await pool.refresh()
      const vol = pool.getVolume('xml.img') ?? await pool.createVolume("<volume><name>xml.img</name><capacity unit='KiB'>64</capacity></volume>")
      return vol.getConfig()
    },
    python: "c.storagePoolLookupByName('default-pool').storageVolLookupByName('xml.img').XMLDesc(0)", virsh: ['vol-dumpxml', '--pool', 'default-pool', 'xml.img'],
  },
  {
    what: 'a snapshot',
    gvir: async (_c, t) => {
      await t.fetchSnapshots()
      const s = t.getSnapshots().find((x) => x.name === 'xml') ?? await t.createSnapshot("<domainsnapshot><name>xml</name><description>libvirt's own</description></domainsnapshot>")
      return s.getConfig()
    },
    python: "c.lookupByName('test').snapshotLookupByName('xml').getXMLDesc(0)", virsh: ['snapshot-dumpxml', 'test', 'xml'],
  },
  { what: 'the host\'s capabilities', gvir: (c) => c.getCapabilities(), python: 'c.getCapabilities()' },
]

describe('gobject: libvirt\'s own XML, byte for byte, on a private libvirtd', function () {
  this.timeout(60_000)
  const suite = daemonConnection()
  let test: Domain

  before(async () => {
    await suite.conn.fetchDomains()
    test = suite.conn.findDomainByName('test')!
  })

  for (const kind of kinds) {
    it(`${kind.what}: toXml() of the unmodified config is python-libvirt's text${kind.virsh ? ' and virsh\'s' : ''}`, async () => {
      const xml = (await kind.gvir(suite.conn, test)).toXml()
      const uri = suite.daemon.testUri
      assert.equal(xml, python(uri, kind.python))
      if (kind.virsh) assert.equal(`${xml}\n`, virsh(uri, ...kind.virsh))
    })
  }

  it('an edit changes only the line edited, relative to libvirt\'s text', async () => {
    const config = await test.getConfig({ inactive: true })
    const before = config.toXml().split('\n')
    config.vcpu = 3
    const after = config.toXml().split('\n')
    assert.equal(after.length, before.length)
    const changed = before.map((line, i) => [line, after[i]]).filter(([a, b]) => a !== b)
    assert.equal(changed.length, 1, JSON.stringify(changed))
    assert.match(changed[0]![0]!, /<vcpu placement='static'>\d+<\/vcpu>/)
    assert.equal(changed[0]![1], changed[0]![0]!.replace(/>\d+</, '>3<'))
  })

  it('gvir dumpxml prints what virsh dumpxml prints, byte for byte', () => {
    const cli = fileURLToPath(new URL('../../cli/main.js', import.meta.url))
    const uri = suite.daemon.testUri
    for (const args of [['dumpxml', 'test'], ['dumpxml', '--inactive', 'test']]) {
      const run = spawnSync(process.execPath, [cli, '--connect', uri, ...args], { encoding: 'utf8' })
      assert.equal(run.status, 0, run.stderr)
      assert.equal(run.stdout, virsh(uri, ...args))
    }
  })
})
