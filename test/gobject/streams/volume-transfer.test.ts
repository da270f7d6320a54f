import assert from 'node:assert/strict'
import { createHash, randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync, createReadStream, createWriteStream } from 'node:fs'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { isAbortError, isVirError } from '../../../glib/index.js'
import type { StoragePool } from '../../../gobject/storage-pool.js'
import type { StreamProgress } from '../../../gobject/stream.js'
import { rawVolume, startStorageHost, type StorageHost } from '../storage/support.js'

const MiB = 1024 * 1024
const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex')

describe('StorageVol upload/download as Node streams on a real libvirtd', function () {
  this.timeout(120_000)
  let host: StorageHost
  let pool: StoragePool
  let dir: string

  before(async () => {
    host = await startStorageHost()
    ;({ pool, dir } = await host.definePool('xfer'))
    await pool.start()
  })
  after(async () => {
    await host?.close()
  })

  it('uploads a random 8 MiB file and downloads it back byte-exact (sha256), reporting progress', async () => {
    const data = randomBytes(8 * MiB)
    const src = `${host.daemon.mkdir('files')}/in.bin`
    const dst = `${host.daemon.mkdir('files')}/out.bin`
    writeFileSync(src, data)
    const vol = await pool.createVolume(rawVolume('eight.img', 8 * MiB))
    const up: StreamProgress[] = []
    await pipeline(createReadStream(src), await vol.upload(await host.stream(), { onProgress: (p) => up.push(p), length: 8 * MiB }))
    assert.equal(sha256(readFileSync(`${dir}/eight.img`)), sha256(data))
    assert.deepEqual(up.at(-1), { bytes: 8 * MiB, total: 8 * MiB })
    assert.ok(up.every((p, i) => i === 0 || p.bytes > up[i - 1]!.bytes))

    const down: StreamProgress[] = []
    await pipeline(await vol.download(await host.stream(), { onProgress: (p) => down.push(p) }), createWriteStream(dst))
    assert.equal(sha256(readFileSync(dst)), sha256(data))
    assert.deepEqual(down.at(-1), { bytes: 8 * MiB, total: 8 * MiB })
    await vol.delete()
  })

  it('transfers a range (offset + length) of a volume', async () => {
    const data = randomBytes(2 * MiB)
    const vol = await pool.createVolume(rawVolume('range.img', 2 * MiB))
    await pipeline(Readable.from([data]), await vol.upload(await host.stream()))
    const chunks: Buffer[] = []
    for await (const c of await vol.download(await host.stream(), { offset: 1000, length: 5000 })) chunks.push(c as Buffer)
    assert.deepEqual(Buffer.concat(chunks), data.subarray(1000, 6000))
    await vol.delete()
  })

  it('applies backpressure: an unread download stops libvirt at a bounded buffer', async () => {
    const vol = await pool.createVolume(rawVolume('slow.img', 16 * MiB))
    const readable = await vol.download(await host.stream())
    let moved = 0
    readable.on('data', (c: Buffer) => (moved += c.length))
    readable.pause()
    await new Promise((r) => setTimeout(r, 500))
    assert.ok(readable.readableLength < 4 * MiB, `buffered ${readable.readableLength}`)
    readable.resume()
    await new Promise((r) => readable.once('end', r))
    assert.equal(moved, 16 * MiB)
    await vol.delete()
  })

  it('refuses to use one Stream for a second transfer', async () => {
    const vol = await pool.createVolume(rawVolume('once.img', MiB))
    const stream = await host.stream()
    await pipeline(Readable.from([randomBytes(MiB)]), await vol.upload(stream))
    assert.equal(stream.spent, true)
    await assert.rejects(vol.download(stream), (err: unknown) => isVirError(err) && /one transfer/.test(String(err)))
    await vol.delete()
  })

  it('rejects bad offsets with a VirError before touching libvirt', async () => {
    const vol = await pool.createVolume(rawVolume('bad.img', MiB))
    await assert.rejects(vol.upload(await host.stream(), { offset: -1 }), (err: unknown) => isVirError(err))
    await assert.rejects(vol.download(await host.stream(), { length: 1.5 }), (err: unknown) => isVirError(err))
    await vol.delete()
  })

  it('destroys a download with an AbortError when its signal aborts, and the connection still works', async () => {
    const vol = await pool.createVolume(rawVolume('abort.img', 16 * MiB))
    const ac = new AbortController()
    const readable = await vol.download(await host.stream(), { signal: ac.signal, onProgress: (p) => { if (p.bytes > MiB) ac.abort() } })
    await assert.rejects(pipeline(readable, createWriteStream('/dev/null')), (err: unknown) => isAbortError(err))
    assert.equal((await vol.getInfo()).capacity, 16 * MiB)
    await vol.delete()
  })

  it('never calls a throwing progress callback into a crash', async () => {
    const vol = await pool.createVolume(rawVolume('throw.img', MiB))
    await pipeline(Readable.from([randomBytes(MiB)]), await vol.upload(await host.stream(), { onProgress: () => { throw new Error('user bug') } }))
    await vol.delete()
  })

  it('makes its own stream from the volume\'s connection when given none: await vol.upload(), await vol.download()', async () => {
    const data = randomBytes(3 * MiB)
    const vol = await pool.createVolume(rawVolume('own.img', 3 * MiB))
    const up: StreamProgress[] = []
    await pipeline(Readable.from([data]), await vol.upload({ onProgress: (p) => up.push(p), total: data.length }))
    assert.deepEqual(up.at(-1), { bytes: 3 * MiB, total: 3 * MiB })
    const chunks: Buffer[] = []
    for await (const c of await vol.download()) chunks.push(c as Buffer)
    assert.equal(sha256(Buffer.concat(chunks)), sha256(data))
    // The same through a volume found again from the connection's caches.
    await host.conn.fetchStoragePools()
    const again = host.conn.findStoragePoolByName('xfer')!
    await again.refresh()
    const found = again.getVolume('own.img')!
    const part: Buffer[] = []
    for await (const c of await found.download({ offset: 10, length: 100 })) part.push(c as Buffer)
    assert.deepEqual(Buffer.concat(part), data.subarray(10, 110))
    await vol.delete()
  })
})
