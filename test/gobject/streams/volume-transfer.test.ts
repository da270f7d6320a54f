import assert from 'node:assert/strict'
import { createHash, randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync, createReadStream, createWriteStream } from 'node:fs'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { PassThrough, Writable } from 'node:stream'
import { isAbortError, isVirError, VirErrorCode } from '../../../glib/index.js'
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
  it('uploads a Node Readable given to upload() and resolves once libvirt has it, with progress totalled from the file', async () => {
    const data = randomBytes(5 * MiB + 123)
    const src = `${host.daemon.mkdir('files')}/given.bin`
    writeFileSync(src, data)
    const vol = await pool.createVolume(rawVolume('given.img', data.length))
    const up: StreamProgress[] = []
    const done = await vol.upload(createReadStream(src), { onProgress: (p) => up.push(p) })
    assert.equal(done, undefined)
    // libvirt's own file of the volume holds the bytes as soon as the Promise resolves
    assert.equal(sha256(readFileSync(`${dir}/given.img`)), sha256(data))
    assert.deepEqual(up.at(-1), { bytes: data.length, total: data.length })

    const dst = `${host.daemon.mkdir('files')}/given-out.bin`
    const down: StreamProgress[] = []
    assert.equal(await vol.download(createWriteStream(dst), { onProgress: (p) => down.push(p) }), undefined)
    assert.equal(sha256(readFileSync(dst)), sha256(data))
    assert.deepEqual(down.at(-1), { bytes: data.length, total: data.length })
    await vol.delete()
  })

  it('stops an upload of a Node Readable when its signal aborts, rejecting with the signal\'s reason; the connection still works', async () => {
    const vol = await pool.createVolume(rawVolume('given-abort.img', 16 * MiB))
    const ac = new AbortController()
    const reason = new Error('user gave up')
    const endless = new PassThrough()
    const feed = setInterval(() => endless.write(randomBytes(256 * 1024)), 5)
    try {
      const err = await vol.upload(endless, { signal: ac.signal, onProgress: (p) => { if (p.bytes >= MiB) ac.abort(reason) } }).then(() => 'resolved', (e: unknown) => e)
      assert.equal(err, reason)
    } finally {
      clearInterval(feed)
    }
    assert.equal(endless.destroyed, true)
    const sink = new Writable({ write(_c, _e, cb) { cb() } })
    const timeout = AbortSignal.timeout(1)
    await new Promise((r) => setTimeout(r, 10))
    const err = await vol.download(sink, { signal: timeout }).then(() => 'resolved', (e: unknown) => e)
    assert.equal(err, timeout.reason)
    assert.ok(isAbortError(err))
    assert.equal((await vol.getInfo()).capacity, 16 * MiB)
    await vol.delete()
  })

  it('rejects at once with VIR_ERR_INVALID_ARG what is neither a Node stream of the right way, a gvir Stream nor options', async () => {
    const vol = await pool.createVolume(rawVolume('kinds.img', MiB))
    const invalid = (err: unknown): boolean => isVirError(err) && err.code === VirErrorCode.VIR_ERR_INVALID_ARG && /upload|download/.test(err.message)
    const ws = createWriteStream('/dev/null')
    const rows: [string, () => Promise<unknown>][] = [
      ['upload(Writable)', () => vol.upload(ws as never)],
      ['upload(path)', () => vol.upload('/tmp/file' as never)],
      ['upload(42)', () => vol.upload(42 as never)],
      ['upload(null)', () => vol.upload(null as never)],
      ['upload(stream, Readable)', async () => vol.upload(await host.stream(), Readable.from([]) as never)],
      ['upload(Readable, Stream)', async () => vol.upload(Readable.from([]), await host.stream() as never)],
      ['download(a Readable only)', () => vol.download(Readable.from([]) as never)],
      ['download(path)', () => vol.download('/tmp/out' as never)],
      ['download(Writable, "x")', () => vol.download(new PassThrough() as unknown as Writable, 'x' as never)],
    ]
    for (const [name, run] of rows) {
      const t0 = performance.now()
      const err = await run().then(() => undefined, (e: unknown) => e)
      assert.ok(invalid(err), `${name}: ${String(err)}`)
      assert.ok(performance.now() - t0 < 5000, `${name} took ${performance.now() - t0} ms`)
    }
    ws.destroy()
    await vol.delete()
  })

  it('lets a script that uploads a file with upload(createReadStream()) exit by itself', async () => {
    const vol = await pool.createVolume(rawVolume('script.img', MiB))
    const data = randomBytes(MiB)
    const src = `${host.daemon.mkdir('files')}/script.bin`
    writeFileSync(src, data)
    const gobject = fileURLToPath(new URL('../../../gobject/index.js', import.meta.url))
    const script = `
      import { createReadStream } from 'node:fs'
      import { Connection } from ${JSON.stringify(gobject)}
      const conn = await Connection.open(${JSON.stringify(host.daemon.qemuUri)})
      await conn.fetchStoragePools()
      const pool = conn.findStoragePoolByName('xfer')
      await pool.refresh()
      await pool.getVolume('script.img').upload(createReadStream(${JSON.stringify(src)}))
      conn.close()
      console.log('uploaded')`
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (c: Buffer) => (out += c.toString()))
    child.stderr.on('data', (c: Buffer) => (out += c.toString()))
    const code = await new Promise<number | null>((resolve) => {
      const kill = setTimeout(() => { child.kill('SIGKILL'); resolve(null) }, 60_000)
      child.once('exit', (c) => { clearTimeout(kill); resolve(c) })
    })
    assert.equal(code, 0, `the script did not exit by itself: ${out}`)
    assert.match(out, /uploaded/)
    assert.equal(sha256(readFileSync(`${dir}/script.img`)), sha256(data))
    await vol.delete()
  })
})
