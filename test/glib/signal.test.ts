import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { firstValueFrom, take, toArray } from 'rxjs'
import { gi } from '../../lib/gi.js'
import type { LibvirtGObject } from '../../lib/gi.js'
import { fromSignal, fromSignals } from '../../glib/index.js'
import { openTestConnection, testDomain } from './libvirt.js'

/** Whether `obj` has a handler connected for `detailedSignal`. */
function pending(obj: LibvirtGObject.Domain, detailedSignal: string): boolean {
  const { GObject } = gi()
  const [ok, signalId, detail] = GObject.signalParseName(detailedSignal, obj.__gtype__, true)
  assert.ok(ok)
  return GObject.signalHasHandlerPending(obj, signalId, detail, false)
}

describe('glib fromSignal', () => {
  let conn: LibvirtGObject.Connection
  beforeEach(() => { conn = openTestConnection() })
  afterEach(() => { conn.close() })

  it('delivers a signal libvirt emits, with GLib iterated by the loop glue alone', async () => {
    const dom = testDomain(conn)
    const stopped = firstValueFrom(fromSignal(dom, 'stopped'))
    dom.stop(0)
    assert.deepEqual(await stopped, [])
    dom.start(0)
  })

  it('delivers only the requested detail', async () => {
    const dom = testDomain(conn)
    const seen: string[] = []
    const destroyed = fromSignal(dom, 'stopped::destroyed', () => 'destroyed').subscribe((v) => seen.push(v))
    const saved = fromSignal(dom, 'stopped::saved', () => 'saved').subscribe((v) => seen.push(v))
    const booted = firstValueFrom(fromSignal(dom, 'started::booted', () => 'booted'))
    dom.stop(0)
    dom.start(0)
    assert.equal(await booted, 'booted')
    destroyed.unsubscribe()
    saved.unsubscribe()
    assert.deepEqual(seen, ['destroyed'])
  })

  it('passes the signal arguments to project', async () => {
    const added = firstValueFrom(fromSignal(conn, 'domain-added', (d: LibvirtGObject.Domain) => d.getName()))
    const dom = conn.createDomain(gi().LibvirtGConfig.Domain.newFromXml(
      '<domain type="test"><name>added</name><memory>1024</memory><os><type>hvm</type></os></domain>'))
    dom.start(0)
    assert.equal(await added, 'added')
    dom.stop(0)
    dom.delete(0)
  })

  it('gives several signals as one Observable, each emission as its own value, and disconnects them all with the last subscriber', async () => {
    const dom = testDomain(conn)
    const specs = [
      { signal: 'stopped::destroyed', project: () => 'destroyed' },
      { signal: 'started::booted', project: () => 'booted' },
    ]
    const both$ = fromSignals(dom, specs)
    const seen = firstValueFrom(both$.pipe(take(2), toArray()))
    const also = firstValueFrom(both$)
    for (const { signal } of specs) assert.equal(pending(dom, signal), true, `${signal} connected while subscribed`)
    dom.stop(0)
    dom.start(0)
    assert.deepEqual(await seen, ['destroyed', 'booted'])
    assert.equal(await also, 'destroyed')
    for (const { signal } of specs) assert.equal(pending(dom, signal), false, `${signal} disconnected after the last subscriber`)
  })

  it('throws a TypeError at once when one signal of a set does not exist, connecting none', () => {
    const dom = testDomain(conn)
    assert.throws(() => fromSignals(dom, [{ signal: 'stopped::destroyed', project: () => 1 }, { signal: 'no-such-signal', project: () => 2 }]), TypeError)
    assert.equal(pending(dom, 'stopped::destroyed'), false)
  })

  it('connects once for many subscribers and disconnects when the last leaves', async () => {
    const dom = testDomain(conn)
    const stopped$ = fromSignal(dom, 'stopped::destroyed')
    assert.equal(pending(dom, 'stopped::destroyed'), false, 'nothing connected before subscribing')
    const a: unknown[] = []
    const b: unknown[] = []
    const subA = stopped$.subscribe((v) => a.push(v))
    const subB = stopped$.subscribe((v) => b.push(v))
    assert.equal(pending(dom, 'stopped::destroyed'), true)
    const twoMore = firstValueFrom(stopped$.pipe(take(1), toArray()))
    dom.stop(0)
    await twoMore
    assert.equal(a.length, 1)
    assert.equal(b.length, 1, 'one handler, one emission per subscriber')
    subA.unsubscribe()
    assert.equal(pending(dom, 'stopped::destroyed'), true, 'still connected for the other subscriber')
    subB.unsubscribe()
    assert.equal(pending(dom, 'stopped::destroyed'), false, 'disconnected after the last subscriber')
    dom.start(0)
  })

  it('throws a TypeError at once for a signal the object does not have', () => {
    assert.throws(() => fromSignal(testDomain(conn), 'no-such-signal'), TypeError)
  })

  it('errors the Observable and disconnects when project throws', async () => {
    const dom = testDomain(conn)
    const failing = firstValueFrom(fromSignal(dom, 'stopped', () => { throw new RangeError('bad projection') }))
    dom.stop(0)
    await assert.rejects(failing, RangeError)
    assert.equal(pending(dom, 'stopped'), false)
    dom.start(0)
  })

  it('survives a subscriber that throws: reported, other subscribers served, process alive', async function () {
    this.timeout(30_000)
    const here = fileURLToPath(import.meta.url)
    const ts = here.endsWith('.ts')
    const fixture = here.replace(/signal\.test\.[tj]s$/, `fixtures/throwing-subscriber.${ts ? 'ts' : 'js'}`)
    const args = ts ? ['--import=tsx', fixture] : [fixture]
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, args, { timeout: 20_000 }, (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr })
      })
    })
    assert.equal(result.code, 0, result.stderr)
    assert.match(result.stderr, /gvir: an error was thrown where no caller could catch it:[\s\S]*subscriber blew up/)
    assert.match(result.stdout, /other subscriber got 2 emissions/)
    assert.match(result.stdout, /replaced reporter got: subscriber blew up again/)
  })
})
