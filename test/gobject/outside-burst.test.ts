// The boxes example's 300-row spec, without GTK: one `virsh 'define a.xml ; define b.xml ; …'`
// of 300 domains on a private libvirtd, made by another client while this one watches.
// A main-branch run once showed only ~2/3 of them in the app's list (bulk-003, -005, … missing);
// domains$ and domainAdded$ must list every one, as `virsh list --all` does, and
// domainRemoved$ must see every one go after one virsh of 300 undefines.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Connection, Domain } from '../../gobject/index.js'
import { daemonConnection, domainXml } from './helpers.js'

/** Resolves once `done()` holds, or after `ms` (the assertions after it say what was missing). */
async function until(done: () => boolean, ms: number): Promise<void> {
  const deadline = performance.now() + ms
  while (!done() && performance.now() < deadline) await sleep(20)
}

describe('gobject: a burst of 300 outside defines on a private libvirtd', function () {
  this.timeout(120_000)
  const suite = daemonConnection()
  let conn: Connection
  let dir: string
  const names = Array.from({ length: 300 }, (_, i) => `burst-${String(i).padStart(3, '0')}`)
  const virsh = (command: string): string =>
    execFileSync('virsh', ['-q', '-c', suite.daemon.testUri, command], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }).trim()
  const virshNames = (): string[] => virsh('list --all --name').split('\n').filter(Boolean).sort()

  before(() => {
    conn = suite.conn
    dir = mkdtempSync(join(tmpdir(), 'gvir-burst-'))
    for (const name of names) writeFileSync(join(dir, `${name}.xml`), domainXml(name))
  })
  after(() => rmSync(dir, { recursive: true, force: true }))

  it('lists every one in domains$ and emits domainAdded$ for each, then domainRemoved$ for each', async () => {
    await conn.fetchDomains()
    let latest: Domain[] = []
    const added: string[] = []
    const removed: string[] = []
    const subs = [
      conn.domains$.subscribe((list) => { latest = list }),
      conn.domainAdded$.subscribe((d) => added.push(d.name)),
      conn.domainRemoved$.subscribe((d) => removed.push(d.name)),
    ]
    try {
      virsh(names.map((n) => `define ${join(dir, `${n}.xml`)}`).join(' ; '))
      const expected = virshNames()
      assert.equal(expected.filter((n) => n.startsWith('burst-')).length, names.length)
      await until(() => latest.length >= expected.length && names.every((n) => added.includes(n)), 30_000)
      assert.deepEqual(names.filter((n) => !latest.some((d) => d.name === n)), [], 'defined names missing from domains$')
      assert.deepEqual(latest.map((d) => d.name).sort(), expected)
      assert.deepEqual(names.filter((n) => !added.includes(n)), [], 'defined names domainAdded$ never emitted')
      assert.deepEqual([...added].sort(), [...names].sort(), 'domainAdded$ emitted once per domain')
      // A fetch after the burst agrees with the events.
      await conn.fetchDomains()
      assert.deepEqual(conn.getDomains().map((d) => d.name).sort(), expected)

      virsh(names.map((n) => `undefine ${n}`).join(' ; '))
      await until(() => names.every((n) => removed.includes(n)), 30_000)
      assert.deepEqual(names.filter((n) => !removed.includes(n)), [], 'undefined names domainRemoved$ never emitted')
      await until(() => latest.length === virshNames().length, 5_000)
      assert.deepEqual(latest.map((d) => d.name).sort(), virshNames())
    } finally {
      for (const s of subs) s.unsubscribe()
    }
  })
})
