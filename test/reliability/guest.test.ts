// A real guest: Debian's qemu-system-x86 (TCG) under a private libvirtd's QEMU driver. The
// guest is built with gconfig, and every lifecycle step is observed through gvir's
// Observables: define and undefine through the connection's domainAdded$/domainRemoved$
// (libvirt-glib emits them there, not on the domain), the rest through domain.events$.
import assert from 'node:assert/strict'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Connection, type Domain, type DomainEvent } from '../../gobject/index.js'
import { streamToReadable } from '../../gobject/stream.js'
import { Libvirtd } from '../support/libvirtd.js'
import { awaitFirst, smallGuest } from './guest-support.js'
import { figure, sleep, uniqueName } from './helpers.js'
import { readPng } from './png.js'

/** test/artifacts/, from the source or the compiled spec alike. */
const artifacts = join(dirname(fileURLToPath(import.meta.url)).replace(`${'/dist'}/test/`, '/test/'), '..', 'artifacts')

/** One PNG of the guest's first display, read through a libvirt stream as a Node Readable. */
async function screenshot(conn: Connection, dom: Domain): Promise<Buffer> {
  const gstream = conn.gobject.getStream(0)
  const mime = dom.gobject.screenshot(gstream, 0, 0)
  assert.equal(mime, 'image/png')
  const chunks: Buffer[] = []
  for await (const chunk of streamToReadable(gstream)) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

describe('reliability: a real QEMU guest (TCG) through gvir', function () {
  this.timeout(90_000)
  let d: Libvirtd
  let conn: Connection

  before(async () => {
    d = await Libvirtd.start()
    conn = await Connection.open(d.qemuUri)
  })
  after(async () => {
    conn?.close()
    await d?.stop()
  })

  it('defines, starts, reads, screenshots, suspends, resumes, destroys and undefines a guest, each step seen as an event', async () => {
    const timings: [string, number][] = []
    const seen: DomainEvent[] = []
    const timed = async <T>(step: string, run: () => Promise<T>): Promise<T> => {
      const t = performance.now()
      const value = await run()
      timings.push([step, performance.now() - t])
      return value
    }
    const name = uniqueName('guest')
    const all = performance.now()

    const dom = await timed('define', async () => {
      const added = awaitFirst(conn.domainAdded$, (x) => x.name === name)
      const created = await conn.createDomain(smallGuest(name))
      assert.equal(await added, created, 'domainAdded$ gave the same Domain object')
      return created
    })
    const events = dom.events$.subscribe((e) => seen.push(e))
    const step = (label: string, run: () => Promise<unknown>, type: DomainEvent['type'], detail: string) =>
      timed(label, async () => {
        const event = awaitFirst(dom.events$, (e) => e.type === type && e.detail === detail)
        await run()
        await event
      })
    try {
      await step('start', () => dom.start(), 'started', 'booted')
      const info = await timed('getInfo', () => dom.getInfo())
      assert.equal(info.state, 'running')
      assert.equal(info.maxMem, 65536 * 1024)
      assert.equal(info.nrVirtCpu, 1)
      assert.ok(info.cpuTime > 0n, 'the guest has run')
      const live = await dom.getConfig()
      assert.equal(live.name, name)
      assert.ok(live.id !== undefined && live.id > 0)

      // Until the guest sets a video mode QEMU shows its own 640x480 placeholder ("Guest has
      // not initialized the display (yet)."), then a black frame; SeaBIOS's text console is a
      // lit 720x400 frame. Retry until the guest has drawn.
      const guestDrew = (s: ReturnType<typeof readPng>) => s.litBytes > 0 && !(s.width === 640 && s.height === 480)
      const { png, tries } = await timed('screenshot', async () => {
        for (let tries = 1; ; tries++) {
          const png = await screenshot(conn, dom)
          if (guestDrew(readPng(png)) || tries >= 75) return { png, tries }
          await sleep(200)
        }
      })
      const shot = readPng(png)
      assert.ok(guestDrew(shot), `no frame drawn by the guest after ${tries} screenshots (${shot.width}x${shot.height}, ${shot.litBytes} lit bytes)`)
      mkdirSync(artifacts, { recursive: true })
      const file = join(artifacts, 'guest-seabios.png')
      writeFileSync(file, png)
      figure('guest screenshot', `${file} (${shot.width}x${shot.height}, ${png.length} bytes, ${tries} tries)`)

      await step('suspend', () => dom.suspend(), 'suspended', 'paused')
      assert.equal((await dom.getInfo()).state, 'paused')
      await step('resume', () => dom.resume(), 'resumed', 'unpaused')
      assert.equal((await dom.getInfo()).state, 'running')
      await step('destroy', () => dom.stop(), 'stopped', 'destroyed')
      assert.equal((await dom.getInfo()).state, 'shutoff')
    } finally {
      events.unsubscribe()
    }
    await timed('undefine', async () => {
      const removed = awaitFirst(conn.domainRemoved$, (x) => x === dom)
      await dom.delete()
      await removed
    })
    await conn.fetchDomains()
    assert.equal(conn.findDomainByName(name), undefined)

    for (const want of ['started:booted', 'suspended:paused', 'resumed:unpaused', 'stopped:destroyed']) {
      assert.ok(seen.some((e) => `${e.type}:${e.detail}` === want), `saw ${want}: ${seen.map((e) => `${e.type}:${e.detail}`).join(', ')}`)
    }
    const total = performance.now() - all
    figure('guest lifecycle', `${timings.map(([s, ms]) => `${s} ${ms.toFixed(0)} ms`).join(', ')}; total ${total.toFixed(0)} ms`)
  })
})
