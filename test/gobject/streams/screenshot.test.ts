import assert from 'node:assert/strict'
import { mkdirSync, writeFileSync } from 'node:fs'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { callAsync, init } from '../../../glib/index.js'
import { gi, type LibvirtGObject } from '../../../lib/gi.js'
import { streamToReadable } from '../../../gobject/stream.js'
import { Libvirtd } from '../../support/libvirtd.js'

const exec = promisify(execFile)

describe('stream plumbing with a real TCG guest: screenshot bytes as a Node Readable', function () {
  this.timeout(120_000)
  let daemon: Libvirtd
  let gconn: LibvirtGObject.Connection

  before(async () => {
    init()
    daemon = await Libvirtd.start()
    const file = `${daemon.mkdir('xml')}/g.xml`
    writeFileSync(file, `<domain type='qemu'><name>shot</name><memory unit='MiB'>64</memory>
      <os><type arch='x86_64' machine='pc'>hvm</type></os>
      <devices><graphics type='vnc' listen='127.0.0.1'/><video><model type='vga'/></video><memballoon model='none'/></devices></domain>`)
    await exec('virsh', ['-c', daemon.qemuUri, 'define', file])
    await exec('virsh', ['-c', daemon.qemuUri, 'start', 'shot'])
    gconn = gi().LibvirtGObject.Connection.new(daemon.qemuUri)
    await callAsync(gconn, 'open', [])
    await callAsync(gconn, 'fetchDomains', [])
  })
  after(async () => {
    gconn?.close()
    await daemon?.stop()
  })

  it('reads a whole PNG of the VGA console through streamToReadable', async () => {
    const gdom = gconn.findDomainByName('shot')
    const gstream = gconn.getStream(0)
    const mime = gdom.screenshot(gstream, 0, 0)
    assert.equal(mime, 'image/png')
    let closed = 0
    const chunks: Buffer[] = []
    for await (const c of streamToReadable(gstream, { onClose: () => closed++ })) chunks.push(c as Buffer)
    const png = Buffer.concat(chunks)
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    assert.equal(png.subarray(png.length - 8, png.length - 4).toString('latin1'), 'IEND')
    assert.equal(closed, 1)
    mkdirSync('test/artifacts', { recursive: true })
    writeFileSync('test/artifacts/stream-screenshot.png', png)
  })
})
