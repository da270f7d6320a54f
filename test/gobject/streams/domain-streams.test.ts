// Domain.screenshot, openConsole, openGraphics and openGraphicsFd through gvir's public API:
// on test:///default (its driver draws a PNG, has no console) and on a TCG guest under a
// private libvirtd whose SeaBIOS writes to the serial console (sgabios, <bios useserial>).
import assert from 'node:assert/strict'
import { connect, createServer, Socket as NetSocket, type Socket } from 'node:net'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Duplex, Readable } from 'node:stream'
import { isVirError, VirErrorCode } from '../../../glib/index.js'
import { Connection, type Domain } from '../../../gobject/index.js'
import { Libvirtd } from '../../support/libvirtd.js'

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const code = (c: VirErrorCode) => (err: unknown) => isVirError(err) && err.code === c

async function readAll(data: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of data) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

/** Reads from `s` until `re` matches what arrived, or fails after `ms`. */
function readUntil(s: Duplex | Socket, re: RegExp, ms = 30_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = ''
    const timer = setTimeout(() => { s.off('data', onData); reject(new Error(`never read ${re}; got ${JSON.stringify(text.slice(-400))}`)) }, ms)
    const onData = (c: Buffer): void => {
      text += c.toString('latin1')
      if (re.test(text)) { clearTimeout(timer); s.off('data', onData); resolve(text) }
    }
    s.on('data', onData)
  })
}

describe('Domain screenshot and console on test:///default', () => {
  let conn: Connection
  let dom: Domain
  before(async () => {
    conn = await Connection.open()
    await conn.fetchDomains()
    dom = conn.findDomainByName('test')!
  })
  after(() => conn.close())

  it("gives the test driver's screen as image/png bytes, through a stream of its own or one given", async () => {
    const { mime, data } = await dom.screenshot()
    assert.equal(mime, 'image/png')
    assert.deepEqual([...(await readAll(data)).subarray(0, 8)], PNG)
    const stream = await conn.getStream()
    const given = await dom.screenshot({ stream, monitor: 0 })
    assert.deepEqual([...(await readAll(given.data)).subarray(0, 8)], PNG)
    assert.equal(stream.spent, true)
    await assert.rejects(dom.screenshot({ stream }), (err: unknown) => isVirError(err) && /one transfer/.test(err.message))
  })

  it('rejects a monitor number C cannot take, and a console name with a NUL, as VIR_ERR_INVALID_ARG', async () => {
    for (const monitor of [-1, 1.5, 2 ** 32, Number.NaN]) {
      await assert.rejects(dom.screenshot({ monitor }), code(VirErrorCode.VIR_ERR_INVALID_ARG), String(monitor))
    }
    await assert.rejects(dom.openConsole('serial0\0x'), code(VirErrorCode.VIR_ERR_INVALID_ARG))
    await assert.rejects(dom.openGraphics(0, -1), code(VirErrorCode.VIR_ERR_INVALID_ARG))
  })

  it('rejects openConsole with VIR_ERR_NO_SUPPORT: the test driver has no consoles', async () => {
    await assert.rejects(dom.openConsole(), code(VirErrorCode.VIR_ERR_NO_SUPPORT))
  })
})

describe('Domain console and graphics of a TCG guest on a real libvirtd', function () {
  this.timeout(120_000)
  let d: Libvirtd
  let conn: Connection
  let dom: Domain
  const tmp = mkdtempSync(join(tmpdir(), 'gvir-console-'))

  before(async () => {
    d = await Libvirtd.start()
    conn = await Connection.open(d.qemuUri)
    // SeaBIOS prints to the serial port through sgabios, and finds nothing to boot.
    dom = await conn.createDomain(`<domain type='qemu'><name>con</name><memory unit='MiB'>64</memory>
      <os><type arch='x86_64' machine='pc'>hvm</type><bios useserial='yes' rebootTimeout='1000'/></os>
      <devices><serial type='pty'/><console type='pty'/><graphics type='vnc' listen='127.0.0.1'/><video><model type='vga'/></video>
      <memballoon model='none'/></devices></domain>`)
    await dom.start()
  })
  after(async () => {
    conn?.close()
    await d?.stop()
    rmSync(tmp, { recursive: true, force: true })
  })

  it("reads SeaBIOS's output from the serial console as a Duplex; a forced open takes a console over", async () => {
    const console1 = await dom.openConsole()
    const text = await readUntil(console1, /SeaBIOS|Booting|No bootable device/)
    assert.match(text, /SeaBIOS|Booting|No bootable device/)
    // libvirt lets one client hold a console; a second is refused unless it forces.
    await assert.rejects(dom.openConsole(), (err: unknown) => isVirError(err))
    // Forcing takes it over: the first console's stream fails, and its Duplex errors with a VirError.
    const ended = new Promise<unknown>((resolve) => console1.once('error', resolve))
    const console2 = await dom.openConsole(undefined, { force: true })
    assert.ok(isVirError(await ended))
    assert.equal(console1.destroyed, true)
    // A destroyed console whose guest is silent stays active in libvirt until the guest writes
    // (libvirt-glib's pending read ignores cancellation): the next one takes over with force.
    console2.destroy()
    const console3 = await dom.openConsole('serial0', { force: true })
    console3.write('\r')
    console3.destroy()
  })

  it('opens the VNC display on a descriptor libvirt makes (openGraphicsFd) and on one given (openGraphics)', async () => {
    const fd = await dom.openGraphicsFd(0)
    assert.ok(Number.isInteger(fd) && fd > 2)
    const viaFd = new NetSocket({ fd, readable: true, writable: true })
    assert.match(await readUntil(viaFd, /^RFB \d{3}\.\d{3}\n/), /^RFB 003\.00\d\n/)
    viaFd.destroy()

    // A connected pair of unix sockets: QEMU gets the server's end, we read the client's.
    const path = join(tmp, 'vnc.sock')
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(path, resolve))
    const accepted = new Promise<Socket>((resolve) => server.once('connection', resolve))
    const client = connect(path)
    const theirs = await accepted
    server.close()
    const theirFd = (theirs as unknown as { _handle: { fd: number } })._handle.fd
    await dom.openGraphics(0, theirFd)
    assert.match(await readUntil(client, /^RFB \d{3}\.\d{3}\n/), /^RFB 003\.00\d\n/)
    client.destroy()
    theirs.destroy()
  })
})
