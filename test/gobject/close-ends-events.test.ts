// close() completes the signal Observables of the connection's domains: no event can come
// any more, and a subscription left open used to hold the process forever.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { Connection } from '../../gobject/index.js'
import { domainXml, uniqueName } from './helpers.js'

describe('gobject: close() ends domain signal Observables', function () {
  this.timeout(30_000)

  it('completes events$ and the per-type Observables of every domain, also for later subscribers', async () => {
    const conn = await Connection.open()
    const domain = await conn.createDomain(domainXml(uniqueName('ends')))
    const seen: string[] = []
    const done: string[] = []
    const watch = (label: string, obs: typeof domain.events$) => obs.subscribe({ next: (e) => seen.push(`${label}:${e.type}`), complete: () => done.push(label) })
    watch('events$', domain.events$)
    watch('started$', domain.started$)
    await domain.start()
    await domain.stop()
    await domain.delete()
    conn.close()
    assert.deepEqual(done.sort(), ['events$', 'started$'])
    assert.ok(seen.includes('events$:started') && seen.includes('started$:started'), seen.join())
    let late = false
    domain.stopped$.subscribe({ complete: () => { late = true } })
    assert.equal(late, true, 'a subscriber after close() completes at once')
  })

  it('lets a script that closed its connection exit with events$ still subscribed', () => {
    const gobject = fileURLToPath(new URL('../../gobject/index.js', import.meta.url))
    const script = `const { Connection } = await import(${JSON.stringify(gobject)})
      const conn = await Connection.open()
      const d = conn.findDomainByName('test') ?? (await conn.fetchDomains(), conn.findDomainByName('test'))
      d.events$.subscribe((e) => console.log(e.type))
      await d.stop(); await d.start()
      conn.close()`
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 10_000 })
    assert.equal(run.signal, null, 'the script did not exit by itself within 10 s')
    assert.equal(run.status, 0, run.stderr)
    assert.deepEqual(run.stdout.trim().split('\n'), ['stopped', 'started'])
  })
})
