// Issue 13, item 2: the errors a user provokes carry libvirt's own code and reason, as
// python-libvirt reports them (get_error_code(), get_error_message()) for the same call on
// the same private libvirtd. Before: Connection.open of a missing socket and
// restoreDomainFromFile of a missing file had no code (a system error's free-form text
// matches no format), and libvirt-glib's snapshot calls lost libvirt's error altogether
// ("Unable to create snapshot of test", "Failed to revert to snapshot `s1'").
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { VirErrorCode, isVirError, type VirError } from '../../glib/index.js'
import { Connection, type Domain } from '../../gobject/index.js'
import { daemonConnection } from './helpers.js'
import { gi } from '../../lib/gi.js'

/** What python-libvirt says for one case: `{ code, message }` of its libvirtError. */
function python(uri: string, body: string): { code: number, message: string } {
  const script = `
import json, sys, libvirt
libvirt.registerErrorHandler(lambda *a: None, None)
uri = sys.argv[1]
def case():
${body.split('\n').map((l) => `    ${l}`).join('\n')}
try:
    case()
    print(json.dumps({'code': 0, 'message': 'no error'}))
except libvirt.libvirtError as e:
    print(json.dumps({'code': e.get_error_code(), 'message': e.get_error_message()}))
`
  const run = spawnSync('/usr/bin/python3', ['-c', script, uri], { encoding: 'utf8' })
  assert.equal(run.status, 0, run.stderr)
  return JSON.parse(run.stdout) as { code: number, message: string }
}

interface Case {
  /** What the user does. */
  readonly what: string
  /** The same with python-libvirt (`uri` is the daemon's test URI). */
  readonly python: string
  /** The same with gvir. */
  readonly gvir: (conn: Connection, test: Domain) => Promise<unknown>
  /** The code the issue names, checked besides python's. */
  readonly code: VirErrorCode
}

const cases: Case[] = [
  {
    what: 'Connection.open of a socket that does not exist',
    python: "libvirt.open('test+unix:///default?socket=/nonexistent')",
    gvir: () => Connection.open('test+unix:///default?socket=/nonexistent'),
    code: VirErrorCode.VIR_ERR_SYSTEM_ERROR,
  },
  {
    what: 'restoreDomainFromFile of a missing file',
    python: "libvirt.open(uri).restore('/nonexistent/gvir-save')",
    gvir: (conn) => conn.restoreDomainFromFile('/nonexistent/gvir-save'),
    code: VirErrorCode.VIR_ERR_SYSTEM_ERROR,
  },
  {
    what: 'a snapshot with a name already taken',
    python: "d = libvirt.open(uri).lookupByName('test')\nd.snapshotCreateXML('<domainsnapshot><name>py-dup</name></domainsnapshot>')\nd.snapshotCreateXML('<domainsnapshot><name>py-dup</name></domainsnapshot>')",
    gvir: async (_conn, test) => {
      await test.createSnapshot('<domainsnapshot><name>dup</name></domainsnapshot>')
      return test.createSnapshot('<domainsnapshot><name>dup</name></domainsnapshot>')
    },
    code: VirErrorCode.VIR_ERR_OPERATION_FAILED,
  },
  {
    what: 'revertTo() on a deleted snapshot',
    python: "d = libvirt.open(uri).lookupByName('test')\ns = d.snapshotCreateXML('<domainsnapshot><name>py-gone</name></domainsnapshot>')\ns.delete()\nd.revertToSnapshot(s)",
    gvir: async (_conn, test) => {
      const s = await test.createSnapshot('<domainsnapshot><name>gone</name></domainsnapshot>')
      await s.delete()
      return s.revertTo()
    },
    code: VirErrorCode.VIR_ERR_NO_DOMAIN_SNAPSHOT,
  },
  {
    what: 'delete() of a deleted snapshot',
    python: "d = libvirt.open(uri).lookupByName('test')\ns = d.snapshotCreateXML('<domainsnapshot><name>py-twice</name></domainsnapshot>')\ns.delete()\ns.delete()",
    gvir: async (_conn, test) => {
      const s = await test.createSnapshot('<domainsnapshot><name>twice</name></domainsnapshot>')
      await s.delete()
      return s.delete()
    },
    code: VirErrorCode.VIR_ERR_NO_DOMAIN_SNAPSHOT,
  },
  {
    what: 'getConfig() of a deleted snapshot',
    python: "d = libvirt.open(uri).lookupByName('test')\ns = d.snapshotCreateXML('<domainsnapshot><name>py-read</name></domainsnapshot>')\ns.delete()\ns.getXMLDesc()",
    gvir: async (_conn, test) => {
      const s = await test.createSnapshot('<domainsnapshot><name>read</name></domainsnapshot>')
      await s.delete()
      return s.getConfig()
    },
    code: VirErrorCode.VIR_ERR_NO_DOMAIN_SNAPSHOT,
  },
  {
    what: 'a snapshot document libvirt cannot parse',
    python: "libvirt.open(uri).lookupByName('test').snapshotCreateXML('<domainsnapshot><name>x</name>')",
    gvir: (_conn, test) => test.createSnapshot('<domainsnapshot><name>x</name>'),
    code: VirErrorCode.VIR_ERR_XML_DETAIL,
  },
  {
    what: 'starting a running domain',
    python: "libvirt.open(uri).lookupByName('test').create()",
    gvir: (_conn, test) => test.start(),
    code: VirErrorCode.VIR_ERR_INTERNAL_ERROR,
  },
]

describe('gobject: libvirt\'s own error codes, compared with python-libvirt on a private libvirtd', function () {
  this.timeout(60_000)
  const suite = daemonConnection()
  let test: Domain

  before(async () => {
    await suite.conn.fetchDomains()
    test = suite.conn.findDomainByName('test')!
  })

  it('keeps the codes after something initialises libvirt-glib again (LibvirtGObject.initObjectCheck sets libvirt-glib\'s error function back)', async () => {
    gi().LibvirtGObject.initObjectCheck(null)
    const err = await Connection.open('test+unix:///default?socket=/nonexistent').then(() => undefined, (e: unknown) => e)
    assert.ok(isVirError(err))
    assert.equal(err.code, VirErrorCode.VIR_ERR_SYSTEM_ERROR)
  })

  for (const c of cases) {
    it(`${c.what}: python-libvirt's code and message`, async () => {
      const py = python(suite.daemon.testUri, c.python)
      assert.equal(py.code, c.code, `python-libvirt says ${py.code} ${py.message}`)
      let err: unknown
      try {
        await c.gvir(suite.conn, test)
      } catch (e) {
        err = e
      }
      assert.ok(isVirError(err), `not a VirError: ${String(err)}`)
      const e = err as VirError
      assert.equal(e.code, py.code, `${e.message} (${e.codeName})`)
      assert.equal(e.codeName, VirErrorCode[py.code])
      // libvirt's reason is in the message, whole (the snapshot names differ between the two runs)
      const reason = py.message.replace(/py-/g, '')
      assert.ok(e.message.endsWith(reason), `${e.message} does not end with python-libvirt's ${reason}`)
    })
  }
})
