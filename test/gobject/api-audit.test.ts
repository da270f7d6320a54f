// Every LibvirtGObject method has a gvir counterpart: scripts/api-audit.mjs reads the
// typelib's typings and the compiled gobject layer and fails on any method left unmapped.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

let root = dirname(fileURLToPath(import.meta.url))
while (!existsSync(join(root, 'package.json'))) root = dirname(root)

interface Row { class: string; method: string; forms: string; gvir: string; status: 'same' | 'mapped' | 'omitted' | 'missing' }

describe('LibvirtGObject API completeness (scripts/api-audit.mjs)', function () {
  this.timeout(60_000)

  it('finds a gvir counterpart, or a stated reason, for every method of every LibvirtGObject class', () => {
    const run = spawnSync(process.execPath, [join(root, 'scripts/api-audit.mjs'), '--json'], { cwd: root, encoding: 'utf8' })
    assert.equal(run.status, 0, run.stderr)
    const { rows, missing } = JSON.parse(run.stdout) as { rows: Row[]; missing: number }
    assert.equal(missing, 0)
    const classes = new Set(rows.map((r) => r.class))
    for (const c of ['Connection', 'Domain', 'DomainDisk', 'DomainInterface', 'DomainSnapshot', 'StoragePool', 'StorageVol',
      'Network', 'NetworkDHCPLease', 'Interface', 'NetworkFilter', 'NodeDevice', 'Secret', 'Stream', 'Manager']) {
      assert.ok(classes.has(c), `${c} audited`)
    }
    // fooAsync/fooFinish/foo are one method.
    const fetch = rows.filter((r) => r.class === 'Connection' && r.method.startsWith('fetchDomains'))
    assert.deepEqual(fetch.map((r) => [r.method, r.forms, r.status]), [['fetchDomains', 'async+sync', 'same']])
    assert.ok(rows.every((r) => r.status !== 'omitted' || r.gvir.length > 20), 'every omission says why')
  })

  it('lists, in a second table, every libvirt call gvir makes beyond libvirt-glib with the gvir member that reaches it', () => {
    const run = spawnSync(process.execPath, [join(root, 'scripts/api-audit.mjs'), '--json'], { cwd: root, encoding: 'utf8' })
    const { beyond, beyondMissing } = JSON.parse(run.stdout) as { beyond: { libvirt: string, gvir: string, status: string }[], beyondMissing: number }
    assert.equal(beyondMissing, 0)
    const row = (fn: string) => beyond.find((r) => r.libvirt === fn)
    assert.deepEqual(row('virConnectGetAllDomainStats'), { libvirt: 'virConnectGetAllDomainStats', gvir: 'Connection.getAllDomainStats', file: 'gvir_ops_beyond.c', status: 'reached' })
    for (const fn of ['virConnectListAllNodeDevices', 'virConnectListAllSecrets', 'virConnectListAllNWFilters', 'virNetworkIsActive', 'virDomainInterfaceAddresses', 'virDomainSetMetadata']) {
      assert.equal(row(fn)?.status, 'reached', fn)
    }
    assert.ok(beyond.every((r) => !/Free$|LastError/.test(r.libvirt)), 'plumbing is not API')
    const text = spawnSync(process.execPath, [join(root, 'scripts/api-audit.mjs')], { cwd: root, encoding: 'utf8' }).stdout
    assert.match(text, /^beyond libvirt-glib: /m)
    assert.match(text, /^virNetworkDestroy\s+Network\.stop\s+gvir_ops_beyond\.c\s+reached$/m)
  })

  it('prints a table with a summary line, and exits 0', () => {
    const run = spawnSync(process.execPath, [join(root, 'scripts/api-audit.mjs')], { cwd: root, encoding: 'utf8' })
    assert.equal(run.status, 0, run.stderr)
    assert.match(run.stdout, /^class\s+method\s+forms\s+gvir\s+status$/m)
    assert.match(run.stdout, /^Domain\s+screenshot\s+sync\s+Domain\.screenshot\s+same$/m)
    assert.match(run.stdout, /^\d+ libvirt-glib methods: \d+ same name, \d+ mapped, \d+ omitted with a reason, 0 missing$/m)
  })
})
