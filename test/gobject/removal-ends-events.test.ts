// Issue 13, item 6: a domain's signal Observables complete when libvirt-glib removes the
// domain (undefined, or a transient domain stopped), after its last event. Before, they
// completed only at conn.close(), so a UI's per-row subscriptions piled up.
import assert from 'node:assert/strict'
import type { Subscription } from 'rxjs'
import { Connection, type Domain, type DomainEvent } from '../../gobject/index.js'
import { daemonConnection, domainXml, uniqueName } from './helpers.js'

/** Records what `obs` emits and when it completes, in order. */
function record(obs: Domain['events$']): { log: string[]; sub: Subscription } {
  const log: string[] = []
  const sub = obs.subscribe({ next: (e: DomainEvent) => log.push(`${e.type}:${e.detail ?? ''}`), complete: () => log.push('complete') })
  return { log, sub }
}

/** Waits until `check()` holds (events through a daemon arrive on the loop), at most `ms`. */
async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 10))
}

describe('gobject: a removed domain\'s signal Observables complete after its last event', function () {
  this.timeout(60_000)

  for (const where of ['in-process', 'through a daemon'] as const) {
    describe(where, () => {
      const suite = where === 'through a daemon' ? daemonConnection() : undefined
      let conn: Connection
      before(async () => { conn = suite ? suite.conn : await Connection.open('test:///default') })
      after(() => { if (!suite) conn?.close() })

      it('a transient domain that stops: events$ and stopped$ give the stop, then complete; conn stays open', async () => {
        const dom = await conn.startDomain(domainXml(uniqueName('transient')))
        const events = record(dom.events$)
        const stopped = record(dom.stopped$)
        await dom.stop()
        await until(() => events.log.includes('complete') && stopped.log.includes('complete'))
        // in-process, startDomain's own 'started' may still be queued when the test subscribes
        assert.deepEqual(events.log.filter((e) => e !== 'started:booted'), ['stopped:destroyed', 'complete'])
        assert.deepEqual(stopped.log, ['stopped:destroyed', 'complete'])
        assert.equal(conn.isOpen, true)
      })

      it('an undefined domain: every subscription completes, and a later subscriber completes at once', async () => {
        const dom = await conn.createDomain(domainXml(uniqueName('undefined')))
        const events = record(dom.events$)
        const started = record(dom.started$)
        const updated = record(dom.eventsOf('updated'))
        await dom.start()
        await dom.stop()
        await dom.delete()
        await until(() => [events, started, updated].every((r) => r.log.includes('complete')))
        assert.deepEqual(events.log, ['started:booted', 'stopped:destroyed', 'complete'])
        assert.deepEqual(started.log, ['started:booted', 'complete'])
        assert.deepEqual(updated.log, ['complete'])
        const late = record(dom.events$)
        await until(() => late.log.includes('complete'))
        assert.deepEqual(late.log, ['complete'])
      })

      it('leaves the subscriptions of the domains that stay alone', async () => {
        const stays = await conn.createDomain(domainXml(uniqueName('stays')))
        const goes = await conn.createDomain(domainXml(uniqueName('goes')))
        const kept = record(stays.events$)
        const ended = record(goes.events$)
        await goes.delete()
        await until(() => ended.log.includes('complete'))
        assert.deepEqual(ended.log, ['complete'])
        await stays.start()
        await until(() => kept.log.length > 0)
        assert.deepEqual(kept.log, ['started:booted'])
        assert.equal(kept.sub.closed, false)
        kept.sub.unsubscribe()
        await stays.stop()
        await stays.delete()
      })
    })
  }
})
