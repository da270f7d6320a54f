/**
 * `Stream`: a libvirt data stream (volume upload/download, console, screenshot) over
 * LibvirtGObject's GVirStream, and the plumbing that turns one into a Node stream.
 *
 * libvirt-glib's own byte calls are unusable from node-gtk (`send` is annotated as UTF-8
 * text, `receive` leaves the buffer empty), so bytes move through the GVirStream's GIO
 * input and output streams: writes with `writeBytesAsync`, reads through a socket bridge
 * (see stream-bridge.ts). A libvirt stream carries one transfer: libvirt-glib calls
 * `virStreamFinish` only when the GVirStream is finalized, so when the transfer ends gvir
 * drops its last reference at once (the ownership rule's release) and the Stream is spent.
 * @module
 */
import { Duplex, PassThrough, type Readable, Writable } from 'node:stream'
import { abortError, callAsync, checkOptions, reportError, toVirError, VirError, type CallOptions } from '../glib/index.js'
import { gi, type LibvirtGObject } from '../lib/gi.js'
import { GvirObject, releaseTransient } from './object.js'
import { openBridge, type Bridge } from './stream-bridge.js'

/** How far a transfer has got. */
export interface StreamProgress {
  /** Bytes moved so far. */
  readonly bytes: number
  /** Bytes expected in all, when known. */
  readonly total?: number
}

/** Options of every stream conversion. */
export interface StreamOptions extends CallOptions {
  /** Called after each chunk with the bytes moved so far; a throw is reported, never fatal. */
  onProgress?: (progress: StreamProgress) => void
  /** The expected size, passed through to {@link StreamProgress.total}. */
  total?: number
  /** Called once when the libvirt stream has been finished (or abandoned after an error). */
  onClose?: () => void
}

/** Chunks larger than this are sent in several writes; libvirt's own packets are 256 KiB. */
const WRITE_CHUNK = 1024 * 1024

const spent = new WeakSet<object>()

/** @internal Whether `gstream` has carried its transfer and been finished. */
export function isSpent(gstream: LibvirtGObject.Stream): boolean {
  return spent.has(gstream)
}

/** Throws a VirError if `gstream` was already used for a transfer. */
function claim(gstream: LibvirtGObject.Stream): void {
  if (spent.has(gstream)) throw new VirError('Stream already used: a libvirt stream carries one transfer')
  spent.add(gstream)
}

/**
 * Finishes a libvirt stream: drops the last reference so libvirt-glib's finalizer calls
 * `virStreamFinish` (runs on the JS thread; quick once the data is through).
 */
function finish(gstream: LibvirtGObject.Stream, options: StreamOptions): void {
  releaseWhenFree(gstream, 0)
  guard(() => options.onClose?.())
}

/**
 * Releases `gstream` as soon as nothing but node-gtk holds it. A read still waiting on
 * libvirt (a silent console) keeps a GLib watch with a reference on it: libvirt-glib's
 * GVirInputStream ignores the Cancellable, so that read ends only when libvirt next has
 * data or an error. Until then libvirt keeps the stream (a console stays "active": open the
 * next one with `force`); gvir checks again every second for a minute, then leaves it to GC.
 */
function releaseWhenFree(gstream: LibvirtGObject.Stream, tries: number): void {
  try {
    if (releaseTransient(gstream) || tries >= 60) return
  } catch (err) {
    reportError(err)
    return
  }
  setTimeout(() => releaseWhenFree(gstream, tries + 1), 1000).unref()
}

/** Runs user code given to gvir; its throw is reported, never passed on. */
function guard(fn: () => void): void {
  try {
    fn()
  } catch (err) {
    reportError(err)
  }
}

function progress(options: StreamOptions, bytes: number): void {
  if (options.onProgress) guard(() => options.onProgress?.({ bytes, total: options.total }))
}

/**
 * A Node `Writable` whose bytes go into `gstream` (e.g. after `StorageVol.upload`).
 * Backpressure: one write is in flight at a time and the Writable buffers up to 1 MiB.
 * `'finish'` is emitted only after libvirt has finished the stream, so
 * `await pipeline(source, writable)` resolves once the upload is complete.
 * Aborting `options.signal` destroys the Writable with an `AbortError`.
 */
export function streamToWritable(gstream: LibvirtGObject.Stream, options: StreamOptions = {}): Writable {
  claim(gstream)
  const { GLib } = gi()
  const out = gstream.getOutputStream()
  const stop = stopper(options.signal)
  let bytes = 0
  let closed = false
  let inflight: Promise<void> | undefined
  const close = (): void => {
    if (closed) return
    closed = true
    finish(gstream, options)
  }
  const send = (data: Buffer): Promise<void> => {
    inflight = sendAll(data)
    return inflight
  }
  const sendAll = async (data: Buffer): Promise<void> => {
    for (let off = 0; off < data.length; ) {
      const piece = data.subarray(off, Math.min(off + WRITE_CHUNK, data.length))
      // node-gtk converts a Buffer to a guint8 array natively; the typings only say number[].
      const bytesIn = GLib.Bytes.new(piece as unknown as number[])
      const n = Number(await callAsync(out, 'writeBytes', [bytesIn, 0], { signal: stop.signal }))
      if (n <= 0) throw new VirError('Unable to write to the libvirt stream')
      off += n
      bytes += n
      progress(options, bytes)
    }
  }
  const writable = new Writable({
    highWaterMark: WRITE_CHUNK,
    write(chunk: Buffer, _enc, cb) {
      send(chunk).then(() => cb(), (err: unknown) => cb(toError(err)))
    },
    writev(chunks, cb) {
      send(Buffer.concat(chunks.map((c) => c.chunk as Buffer))).then(() => cb(), (err: unknown) => cb(toError(err)))
    },
    final(cb) {
      try {
        close()
        cb()
      } catch (err) {
        cb(toError(err))
      }
    },
    destroy(err, cb) {
      // A write still in flight keeps a GLib watch (and a reference) on the stream: cancel
      // it, and finish the stream once it has settled, so libvirt sees the end at once.
      stop.abort()
      if (inflight) void inflight.catch(() => undefined).then(close)
      else close()
      cb(err)
    },
  })
  linkSignal(writable, options.signal)
  return writable
}

/**
 * A Node `Readable` of the bytes coming out of `gstream` (after `StorageVol.download`,
 * `Domain.screenshot`). Backpressure flows back to libvirt: an unread Readable stops the
 * splice once the socket buffer is full. Ends after libvirt's end of stream; a libvirt error
 * or an abort of `options.signal` destroys it with a VirError or `AbortError`.
 */
export function streamToReadable(gstream: LibvirtGObject.Stream, options: StreamOptions = {}): Readable {
  claim(gstream)
  let bytes = 0
  const readable = new PassThrough({
    transform(chunk: Buffer, _enc, cb) {
      bytes += chunk.length
      progress(options, bytes)
      cb(null, chunk)
    },
  })
  run(readable, gstream, options, async (bridge, signal) => {
    bridge.socket.end()
    bridge.socket.pipe(readable)
    bridge.socket.once('error', (err) => readable.destroy(err))
    const { Gio } = gi()
    await callAsync(bridge.connection.getOutputStream(), 'splice',
      [gstream.getInputStream(), Gio.OutputStreamSpliceFlags.NONE, 0], { signal })
  })
  linkSignal(readable, options.signal)
  return readable
}

/**
 * A Node `Duplex` over `gstream` in both directions (e.g. after `Domain.openConsole`):
 * what you write goes to libvirt, what libvirt sends you read. Ends when libvirt ends the
 * stream; destroying it (or aborting `options.signal`) finishes the libvirt stream.
 * Progress counts bytes read.
 */
export function streamToDuplex(gstream: LibvirtGObject.Stream, options: StreamOptions = {}): Duplex {
  claim(gstream)
  let bytes = 0
  let bridge: Bridge | undefined
  const pending: Array<{ chunk: Buffer; cb: (err?: Error | null) => void }> = []
  let ended = false
  const duplex = new Duplex({
    read() {
      bridge?.socket.resume()
    },
    write(chunk: Buffer, _enc, cb) {
      if (bridge) bridge.socket.write(chunk, cb)
      else pending.push({ chunk, cb })
    },
    final(cb) {
      ended = true
      bridge?.socket.end()
      cb()
    },
    destroy(err, cb) {
      bridge?.socket.destroy()
      bridge?.close()
      cb(err)
    },
  })
  run(duplex, gstream, options, async (b, signal) => {
    bridge = b
    b.socket.on('data', (chunk: Buffer) => {
      bytes += chunk.length
      progress(options, bytes)
      if (!duplex.push(chunk)) b.socket.pause()
    })
    b.socket.once('error', (err) => duplex.destroy(err))
    for (const { chunk, cb } of pending.splice(0)) b.socket.write(chunk, cb)
    if (ended) b.socket.end()
    const { Gio } = gi()
    const sig = { signal }
    const fromLibvirt = callAsync(b.connection.getOutputStream(), 'splice',
      [gstream.getInputStream(), Gio.OutputStreamSpliceFlags.NONE, 0], sig)
    const toLibvirt = callAsync(gstream.getOutputStream(), 'splice',
      [b.connection.getInputStream(), Gio.OutputStreamSpliceFlags.NONE, 0], sig)
    // libvirt's end of stream ends the Duplex; the write side just stops with it.
    toLibvirt.catch(() => undefined)
    await fromLibvirt
  }, () => duplex.push(null))
  linkSignal(duplex, options.signal)
  return duplex
}

/**
 * An AbortController for one transfer's GIO calls, aborted by the caller's `signal` too.
 * Destroying a Node stream aborts it: a read or write still waiting on libvirt holds a GLib
 * watch, and so a reference, on the GVirStream, which would otherwise keep it from being
 * finished (a console stayed "active" in libvirt until the guest wrote again and GC ran).
 */
function stopper(signal: AbortSignal | undefined): AbortController {
  const stop = new AbortController()
  if (signal) {
    if (signal.aborted) stop.abort()
    else signal.addEventListener('abort', () => stop.abort(), { once: true, signal: stop.signal })
  }
  return stop
}

/**
 * Opens a bridge for `target`, runs `splice`, then closes the bridge and finishes the libvirt
 * stream; a failure destroys `target`. Closing `target` early cancels the splice, and the
 * stream is finished once it has settled. Nothing escapes: this runs detached from any caller.
 */
function run(
  target: Readable | Duplex,
  gstream: LibvirtGObject.Stream,
  options: StreamOptions,
  splice: (bridge: Bridge, signal: AbortSignal) => Promise<void>,
  onEnd?: () => void,
): void {
  let bridge: Bridge | undefined
  let finished = false
  const stop = stopper(options.signal)
  const done = (): void => {
    if (finished) return
    finished = true
    bridge?.close()
    finish(gstream, options)
  }
  target.once('close', () => {
    stop.abort()
    // Not yet splicing: nothing holds the stream.
    if (!bridge) done()
  })
  openBridge()
    .then(async (b) => {
      bridge = b
      if (target.destroyed) {
        b.close()
        done()
        return
      }
      await splice(b, stop.signal)
      done()
      onEnd?.()
    })
    .catch((err: unknown) => {
      done()
      if (!target.destroyed) target.destroy(toError(err))
    })
    .catch(reportError)
}

function toError(err: unknown): Error {
  if (err instanceof Error) return err
  if (err instanceof DOMException) return err as unknown as Error
  return toVirError(err)
}

/** Destroys `stream` with the signal's reason (as `fetch`: an `AbortError`, a `TimeoutError`, or the caller's own) when `signal` aborts. */
function linkSignal(stream: Readable | Writable, signal: AbortSignal | undefined): void {
  if (!signal) return
  const onAbort = (): void => {
    stream.destroy(abortError(signal) as Error)
  }
  if (signal.aborted) {
    queueMicrotask(onAbort)
    return
  }
  signal.addEventListener('abort', onAbort, { once: true })
  stream.once('close', () => signal.removeEventListener('abort', onAbort))
}

/**
 * A libvirt data stream, over LibvirtGObject's `GVirStream` (a `GIOStream`). Get one from
 * `Connection.getStream()` and hand it to a transfer (`StorageVol.upload`/`download`, a
 * console or screenshot), or turn it into a Node stream yourself with {@link toReadable},
 * {@link toWritable} or {@link toDuplex}.
 *
 * A libvirt stream carries exactly one transfer: when it ends gvir finishes the stream
 * (libvirt-glib does that only when the GObject is freed, so gvir frees it then) and the
 * Stream is {@link spent}; using it again throws a VirError.
 */
export class Stream extends GvirObject<LibvirtGObject.Stream> {
  /** Whether this stream has been used for its one transfer. */
  get spent(): boolean {
    return isSpent(this.gobject)
  }

  /**
   * The stream's incoming bytes as a Node Readable, with backpressure back to libvirt; it
   * ends at libvirt's end of stream, and a libvirt error or an abort destroys it.
   */
  toReadable(options: StreamOptions = {}): Readable {
    return streamToReadable(this.gobject, checkOptions(options, 'Stream.toReadable'))
  }

  /**
   * A Node Writable whose bytes go out through the stream, one write in flight at a time;
   * `'finish'` comes once libvirt has finished the stream.
   */
  toWritable(options: StreamOptions = {}): Writable {
    return streamToWritable(this.gobject, checkOptions(options, 'Stream.toWritable'))
  }

  /**
   * The stream in both directions as a Node Duplex (a console): writes go to libvirt, reads
   * come from it; destroying it finishes the libvirt stream.
   */
  toDuplex(options: StreamOptions = {}): Duplex {
    return streamToDuplex(this.gobject, checkOptions(options, 'Stream.toDuplex'))
  }
}
