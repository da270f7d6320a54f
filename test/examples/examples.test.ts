// The task scripts in examples/, run as users run them (node dist/examples/…) against a
// private libvirtd: a volume upload with progress, and a TCG guest's screenshot.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { Connection } from '../../lib/index.js'
import { Libvirtd } from '../support/libvirtd.js'

const exec = promisify(execFile)
let root = dirname(fileURLToPath(import.meta.url))
while (!existsSync(join(root, 'package.json'))) root = dirname(root)
const example = (name: string, ...args: string[]) => exec(process.execPath, [join(root, 'dist/examples', `${name}.js`), ...args])
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

describe('examples/ against a private libvirtd', function () {
  this.timeout(120_000)
  let d: Libvirtd
  let conn: Connection
  const tmp = mkdtempSync(join(tmpdir(), 'gvir-examples-'))

  before(async () => {
    d = await Libvirtd.start()
    conn = await Connection.open(d.qemuUri)
  })
  after(async () => {
    conn?.close()
    await d?.stop()
    rmSync(tmp, { recursive: true, force: true })
  })

  it('upload-volume creates the volume, uploads the file with progress lines, and uploads again into it', async () => {
    const dir = d.mkdir('pools/ex')
    const pool = await conn.createStoragePool(`<pool type='dir'><name>ex</name><target><path>${dir}</path></target></pool>`)
    await pool.start()
    const data = randomBytes(3 << 20)
    writeFileSync(join(tmp, 'in.bin'), data)
    const { stdout } = await example('upload-volume', d.qemuUri, 'ex', 'up.img', join(tmp, 'in.bin'))
    const lines = stdout.trimEnd().split('\n')
    assert.ok(lines.slice(0, -1).every((l) => new RegExp(`^\\d+% \\d+/${3 << 20} bytes$`).test(l)), stdout)
    assert.ok(lines.includes(`100% ${3 << 20}/${3 << 20} bytes`), stdout)
    assert.equal(lines.at(-1), `uploaded ${3 << 20} bytes to ${dir}/up.img`)
    assert.ok(readFileSync(join(dir, 'up.img')).equals(data))

    const again = randomBytes(3 << 20)
    writeFileSync(join(tmp, 'in.bin'), again)
    await example('upload-volume', d.qemuUri, 'ex', 'up.img', join(tmp, 'in.bin'))
    assert.ok(readFileSync(join(dir, 'up.img')).equals(again))
  })

  it('upload-volume fails with a message and a non-zero status for an unknown pool', async () => {
    writeFileSync(join(tmp, 'small.bin'), 'x')
    await assert.rejects(example('upload-volume', d.qemuUri, 'nope', 'v.img', join(tmp, 'small.bin')),
      (err: { code?: number; stderr?: string }) => err.code !== 0 && /no storage pool named nope/.test(err.stderr ?? ''))
  })

  it("screenshot saves a running TCG guest's screen as a PNG", async () => {
    const dom = await conn.createDomain(`<domain type='qemu'><name>shot</name><memory unit='MiB'>64</memory>
      <os><type arch='x86_64' machine='pc'>hvm</type></os>
      <devices><graphics type='vnc' listen='127.0.0.1'/><video><model type='vga'/></video><memballoon model='none'/></devices></domain>`)
    await dom.start()
    const file = join(tmp, 'shot.png')
    const { stdout } = await example('screenshot', d.qemuUri, 'shot', file)
    assert.equal(stdout, `saved shot's screen to ${file} (image/png)\n`)
    const png = readFileSync(file)
    assert.deepEqual([...png.subarray(0, 8)], PNG)
    assert.equal(png.subarray(png.length - 8, png.length - 4).toString('latin1'), 'IEND')
    await dom.stop()
  })
})
