// The fleet views of a Manager over two private libvirtd daemons: manager.domains$ lists
// every host's domains, manager.events$ gives each event with the connection it came through.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { filter, firstValueFrom, timeout } from 'rxjs'
import { Connection, Manager } from '../../../gobject/index.js'
import { Libvirtd } from '../../support/libvirtd.js'

const exec = promisify(execFile)

describe('gobject events: Manager.domains$ and Manager.events$ across two daemons', function () {
  this.timeout(60_000)
  const daemons: Libvirtd[] = []
  const conns: Connection[] = []
  before(async () => {
    for (let i = 0; i < 2; i++) daemons.push(await Libvirtd.start())
    for (const d of daemons) conns.push(await Connection.open(d.testUri))
    for (const c of conns) await c.fetchDomains()
  })
  after(async () => {
    for (const c of conns) c.close()
    for (const d of daemons) await d.stop()
  })

  it('lists both hosts\' domains and tags each event with its connection', async () => {
    const manager = Manager.create()
    for (const c of conns) manager.addConnection(c)
    const all = await firstValueFrom(manager.domains$.pipe(filter((l) => l.length >= 2), timeout(5000)))
    assert.deepEqual(all.map((d) => d.name).sort(), ['test', 'test'])
    assert.deepEqual(new Set(all), new Set(conns.flatMap((c) => c.getDomains())))
    const second = conns[1]!
    const event = firstValueFrom(manager.events$.pipe(filter((e) => e.event.type === 'stopped'), timeout(5000)))
    await Promise.all(conns.map((c) => c.whenEventsRegistered()))
    await exec('virsh', ['-c', daemons[1]!.testUri, 'destroy', 'test'])
    const e = await event
    assert.equal(e.connection, second)
    assert.equal(e.domain, second.findDomainByName('test'))
    assert.deepEqual(e.event, { type: 'stopped', detail: 'destroyed' })
    for (const c of conns) manager.removeConnection(c)
  })
})
