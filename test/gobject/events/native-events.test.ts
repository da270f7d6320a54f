// gvir's own event path on a private libvirtd: events made by another process (virsh)
// reach domain.events$ as `virsh event --all --loop` sees them, a 500-event storm from a
// second process never stalls the JS thread past 50 ms, and closed$ tells a kill -9 with
// libvirt's reason within 200 ms.
import assert from 'node:assert/strict'
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { setTimeout as sleep } from 'node:timers/promises'
import { promisify } from 'node:util'
import { firstValueFrom, timeout } from 'rxjs'
import { Connection, type DomainAnyEvent } from '../../../gobject/index.js'
import { Libvirtd } from '../../support/libvirtd.js'
import { daemonConnection, domainXml } from '../helpers.js'

const exec = promisify(execFile)

/** `virsh event --all --loop` on `uri`, collecting its lines. */
function virshEvents(uri: string): { lines: string[]; proc: ChildProcess } {
  const proc = spawn('virsh', ['-c', uri, 'event', '--all', '--loop'], { stdio: ['ignore', 'pipe', 'ignore'] })
  const lines: string[] = []
  let buf = ''
  proc.stdout!.on('data', (b: Buffer) => {
    buf += b.toString()
    const parts = buf.split('\n')
    buf = parts.pop()!
    lines.push(...parts.filter((l) => l.trim()))
  })
  return { lines, proc }
}

/** Waits until `cond()` or `ms` pass. */
async function until(cond: () => boolean, ms = 5000): Promise<void> {
  const end = performance.now() + ms
  while (!cond() && performance.now() < end) await sleep(10)
}

/** What virsh prints for one gvir event of the kinds these specs make. */
function asVirsh(name: string, e: DomainAnyEvent): string {
  const cap = (s: string) => s.split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ')
  if (e.type === 'metadata-change') return `event 'metadata-change' for domain '${name}': type ${e.metadataType}, uri ${e.nsuri ?? '<null>'}`
  return `event 'lifecycle' for domain '${name}': ${cap(e.type)} ${cap(e.detail ?? '')}`
}

describe('gobject events: gvir\'s own event path on a private libvirtd', function () {
  this.timeout(60_000)
  const suite = daemonConnection()

  it('delivers metadata-change and lifecycle events made by another process as virsh event --all sees them', async () => {
    const { conn, daemon } = suite
    const dom = await conn.createDomain(domainXml('native-events-a'))
    const seen: DomainAnyEvent[] = []
    const sub = dom.events$.subscribe((e) => seen.push(e))
    const meta: DomainAnyEvent[] = []
    const metaSub = dom.metadataChange$.subscribe((e) => meta.push(e))
    await conn.whenEventsRegistered()
    const virsh = virshEvents(daemon.testUri)
    try {
      await sleep(300) // virsh registers
      const v = (...args: string[]) => exec('virsh', ['-c', daemon.testUri, ...args])
      await v('desc', dom.name, '--title', 'a title')
      await v('desc', dom.name, 'a description')
      await v('start', dom.name)
      await v('destroy', dom.name)
      await until(() => seen.length >= 4 && virsh.lines.length >= 4)
      assert.deepEqual(seen.map((e) => asVirsh(dom.name, e)), virsh.lines)
      assert.deepEqual(meta.map((e) => e.type === 'metadata-change' && e.metadataType), ['title', 'description'])
    } finally {
      virsh.proc.kill()
      sub.unsubscribe()
      metaSub.unsubscribe()
      await dom.delete()
    }
  })

  it('takes a 500-event storm from another process with no JS-thread stall over 50 ms, none lost or doubled', async () => {
    const { conn, daemon } = suite
    const doms = await Promise.all(Array.from({ length: 25 }, (_, i) => conn.createDomain(domainXml(`storm-${i}`))))
    const counts = new Map<string, number>()
    const subs = doms.map((d) => d.events$.subscribe((e) => counts.set(d.name, (counts.get(d.name) ?? 0) + (e.type === 'started' || e.type === 'stopped' ? 1 : 0))))
    let worst = 0
    let last = performance.now()
    const ticker = setInterval(() => {
      const now = performance.now()
      worst = Math.max(worst, now - last - 10)
      last = now
    }, 10)
    try {
      // One virsh process reading 500 commands from stdin: 10 start/destroy pairs per domain.
      const script = `${doms.flatMap((d) => Array.from({ length: 10 }, () => `start ${d.name}\ndestroy ${d.name}`)).join('\n')}\n`
      const virsh = spawn('virsh', ['-c', daemon.testUri], { stdio: ['pipe', 'ignore', 'inherit'] })
      virsh.stdin.end(script)
      await new Promise((resolve) => virsh.on('exit', resolve))
      await until(() => [...counts.values()].reduce((a, b) => a + b, 0) >= 500, 10_000)
      await sleep(200)
      assert.deepEqual([...new Set(doms.map((d) => counts.get(d.name)))], [20], 'every domain saw its 20 events once')
      assert.ok(worst < 50, `the JS thread stalled ${worst.toFixed(1)} ms`)
    } finally {
      clearInterval(ticker)
      for (const s of subs) s.unsubscribe()
      for (const d of doms) await d.delete()
    }
  })
})

describe('gobject events: closed$ from libvirt\'s close callback', function () {
  this.timeout(30_000)
  let daemon: Libvirtd | undefined
  after(async () => { await daemon?.stop() })

  it('emits eof within 200 ms of the daemon\'s kill -9, and leaves another daemon\'s connection open', async () => {
    daemon = await Libvirtd.start()
    const other = await Libvirtd.start()
    try {
      // No liveness probe: only libvirt's own close callback can tell.
      const conn = await Connection.open(daemon.testUri, { probeIntervalMs: 0 })
      const bystander = await Connection.open(other.testUri, { probeIntervalMs: 0 })
      const closed = firstValueFrom(conn.closed$.pipe(timeout(5000)))
      const t0 = performance.now()
      await daemon.kill('SIGKILL')
      const reason = await closed
      const ms = performance.now() - t0
      assert.equal(reason, 'eof')
      assert.ok(ms < 200, `closed$ after ${ms.toFixed(0)} ms`)
      assert.equal(conn.isOpen, false)
      assert.equal(bystander.isOpen, true)
      assert.ok((await bystander.getHypervisorName()).length > 0)
      bystander.close()
    } finally {
      await other.stop()
    }
  })

  it('says client for close()', async () => {
    daemon ??= await Libvirtd.start()
    if (!daemon.running) await daemon.restart()
    const conn = await Connection.open(daemon.testUri)
    const closed = firstValueFrom(conn.closed$)
    conn.close()
    assert.equal(await closed, 'client')
  })
})
