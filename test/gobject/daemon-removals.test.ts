// A daemon's events lag its replies: by the time libvirt-glib handles a domain's `stopped`
// and `undefined` events the domain may be gone, and libvirt-glib 4.0 then emits
// `domain-removed` twice, with two different GVirDomains (gobject/recent-removals.ts).
// domainRemoved$ reports each removal once.
import assert from 'node:assert/strict'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Connection } from '../../gobject/index.js'
import { daemonConnection, domainXml as xml } from './helpers.js'

/** Counts per name, once `expected` names have all been seen and 300 ms passed without news. */
async function settledCounts(seen: string[], expected: string[]): Promise<Map<string, number>> {
  const deadline = performance.now() + 10_000
  while (!expected.every((n) => seen.includes(n)) && performance.now() < deadline) await sleep(20)
  let before = -1
  while (before !== seen.length) { before = seen.length; await sleep(300) }
  const counts = new Map<string, number>()
  for (const n of seen) counts.set(n, (counts.get(n) ?? 0) + 1)
  return counts
}

describe('gobject: domainRemoved$ on a daemon connection', function () {
  this.timeout(60_000)
  const suite = daemonConnection()
  let conn: Connection
  before(() => { conn = suite.conn })

  it('reports each removal once when domains are defined, started, stopped and deleted in a row', async () => {
    const removed: string[] = []
    const added: string[] = []
    const subs = [conn.domainRemoved$.subscribe((d) => removed.push(d.name)), conn.domainAdded$.subscribe((d) => added.push(d.name))]
    const names = Array.from({ length: 20 }, (_, i) => `removal-once-${i}`)
    try {
      for (const name of names) {
        const dom = await conn.createDomain(xml(name))
        await dom.start()
        await dom.stop()
        await dom.delete()
      }
      const counts = await settledCounts(removed, names)
      assert.deepEqual([...counts].filter(([, n]) => n !== 1), [], 'names removed other than once')
      assert.deepEqual([...counts.keys()].sort(), [...names].sort())
      assert.deepEqual([...new Set(added)].sort(), [...names].sort())
    } finally {
      for (const s of subs) s.unsubscribe()
    }
  })

  it('reports a domain defined again under the same UUID as removed again', async () => {
    const removed: string[] = []
    const sub = conn.domainRemoved$.subscribe((d) => removed.push(d.uuid))
    try {
      const first = await conn.createDomain(xml('removal-again'))
      const uuid = first.uuid
      await first.delete()
      await settledCounts(removed, [uuid])
      const withUuid = xml('removal-again').replace('<name>', `<uuid>${uuid}</uuid><name>`)
      const second = await conn.createDomain(withUuid)
      assert.equal(second.uuid, uuid)
      await sleep(300) // its `defined` event, which lets the next removal through
      await second.delete()
      const counts = await settledCounts(removed, [uuid])
      await sleep(300)
      assert.equal(counts.get(uuid), 2)
    } finally {
      sub.unsubscribe()
    }
  })
})
