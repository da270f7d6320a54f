/**
 * `StorageVol`: one volume of a storage pool, over LibvirtGObject's GVirStorageVol, with
 * upload and download as Node streams.
 * @module
 */
import { stat } from 'node:fs/promises'
import { Readable as NodeReadable, Writable as NodeWritable, type Readable, type Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { abortError, checkOptions, invalidArgument, isPlainObject, optionsError, VirError, VirErrorCode, type CallOptions } from '../glib/index.js'
import { callLibvirt } from './libvirt-call.js'
import type { LibvirtGObject } from '../lib/gi.js'
import { StorageVol as StorageVolConfig } from '../gconfig/index.js'
import { configOf } from './config.js'
import { invokeBlocking, invokeSync, toVoid } from './call.js'
import { type FlagTable, toFlags } from './flags.js'
import { GvirObject } from './object.js'
import { ownerOf, streamFor } from './owner.js'
import { Stream, type StreamOptions, isSpent, streamToReadable, streamToWritable } from './stream.js'

/** A volume's kind, libvirt-glib's `GVirStorageVolType` in lower case. */
export type StorageVolType = 'file' | 'block' | 'dir'
const volTypes: readonly StorageVolType[] = ['file', 'block', 'dir']

/** A snapshot of a volume's run-time information (libvirt-glib's `GVirStorageVolInfo`), sizes in bytes. */
export interface StorageVolInfo {
  /** What the volume is on the host: a file, a block device, a directory. */
  readonly type: StorageVolType
  /** Its size as the guest sees it. */
  readonly capacity: number
  /** Bytes it takes on the host (less than `capacity` when sparse). */
  readonly allocation: number
}

/** Options of {@link StorageVol.resize}. */
export interface StorageVolResizeOptions extends CallOptions {
  /** Allocate the new space now, not sparsely. */
  allocate?: boolean
  /** `capacity` is added to the current size rather than replacing it. */
  delta?: boolean
  /** Allow shrinking (data past the new end is lost). */
  shrink?: boolean
}
const resizeFlags: FlagTable<'allocate' | 'delta' | 'shrink'> = { allocate: 1, delta: 2, shrink: 4 }

/** Options of {@link StorageVol.upload} and {@link StorageVol.download}. */
export interface StorageVolTransferOptions extends StreamOptions {
  /** Where in the volume to start, in bytes. Default 0. */
  offset?: number
  /** How many bytes to move; 0 (the default) means up to the end of the volume. */
  length?: number
  /** Only move data, skipping holes, when libvirt supports it (VIR_STORAGE_VOL_*_SPARSE_STREAM). */
  sparse?: boolean
}

/**
 * A volume of a {@link StoragePool}, over LibvirtGObject's `GVirStorageVol`.
 * Calls marked "runs on the JS thread" are sync-only in libvirt-glib and block it; those
 * marked "off the JS thread through a daemon" are sync-only too, but gvir runs them on a
 * worker thread unless the connection is in-process.
 */
export class StorageVol extends GvirObject<LibvirtGObject.StorageVol> {
  /** The volume's name. */
  get name(): string { return this.gobject.getName() }

  /** The volume's path on the host. Off the JS thread through a daemon (a worker thread), on it in-process. */
  getPath(options: CallOptions = {}): Promise<string> {
    return invokeBlocking(ownerOf(this), options, () => this.gobject.getPath(), { target: this.gobject, call: 'getPath', decode: (path) => path as string })
  }

  /** The volume's kind and sizes. Off the JS thread through a daemon (a worker thread), on it in-process. */
  getInfo(options: CallOptions = {}): Promise<StorageVolInfo> {
    const info = (type: number, capacity: number, allocation: number): StorageVolInfo => ({ type: volTypes[type] ?? 'file', capacity, allocation })
    return invokeBlocking(ownerOf(this), options, () => {
      const i = this.gobject.getInfo()
      return info(Number(i.type), Number(i.capacity), Number(i.allocation))
    }, { target: this.gobject, call: 'getInfo', decode: (row) => info(...(row as [number, number, number])) })
  }

  /** The volume's config as a gconfig `StorageVol`. Off the JS thread through a daemon (a worker thread), on it in-process. */
  getConfig(options: CallOptions = {}): Promise<StorageVolConfig> {
    return configOf(ownerOf(this), options, this.gobject, 0, (xml) => StorageVolConfig.fromXml(xml))
  }

  /** Deletes the volume and its data. Off the JS thread through a daemon (a worker thread), on it in-process. */
  delete(options: CallOptions = {}): Promise<void> {
    return invokeBlocking(ownerOf(this), options, () => { this.gobject.delete(0) }, { target: this.gobject, call: 'delete', decode: toVoid })
  }

  /** Changes the volume's capacity to `capacity` bytes (see the options). Off the JS thread through a daemon (a worker thread), on it in-process. */
  resize(capacity: number, options: StorageVolResizeOptions = {}): Promise<void> {
    if (!Number.isSafeInteger(capacity) || capacity < 0) return Promise.reject(new VirError(`Invalid capacity: ${capacity}`))
    const flags = toFlags(options, resizeFlags)
    return invokeBlocking(ownerOf(this), options, () => { this.gobject.resize(capacity, flags) }, { target: this.gobject, call: 'resize', flags, extra: BigInt(capacity), decode: toVoid })
  }

  /**
   * Writes the volume's data. Given a Node `Readable` (a file's `createReadStream`), streams
   * it into the volume and resolves once libvirt has finished the upload; progress through
   * `options.onProgress({ bytes, total })`, and aborting `options.signal` stops the transfer
   * and rejects with the signal's reason. Given nothing, options or a gvir {@link Stream}, it
   * resolves with a Node Writable instead: pipe the bytes into it; its `'finish'` (and so
   * `await pipeline(source, writable)`) comes once libvirt has finished. Anything else (a
   * Writable, a string, a path) rejects at once with a VirError `VIR_ERR_INVALID_ARG`.
   *
   * The transfer goes through `stream` when given (from `Connection.getStream()`), else
   * through a new stream of the connection the volume came from. libvirt-glib's `upload`
   * runs on the JS thread; the bytes then move asynchronously.
   * @example
   * await vol.upload(createReadStream('disk.img'), { onProgress: (p) => console.log(p.bytes, p.total) })
   * @example
   * await pipeline(createReadStream('disk.img'), await vol.upload({ length: size }))
   */
  upload(source: NodeJS.ReadableStream, options?: StorageVolTransferOptions): Promise<void>
  upload(options?: StorageVolTransferOptions): Promise<Writable>
  upload(stream: Stream | undefined, options?: StorageVolTransferOptions): Promise<Writable>
  // biome-ignore lint/suspicious/noConfusingVoidType: the piped overload resolves with void, and an implementation must be compatible with it
  async upload(what?: NodeJS.ReadableStream | Stream | StorageVolTransferOptions, maybeOptions: StorageVolTransferOptions = {}): Promise<Writable | void> {
    if (isNodeReadable(what)) {
      checkOptions(maybeOptions, 'StorageVol.upload')
      const size = maybeOptions.total ?? (maybeOptions.length || undefined) ?? await fileSize(what)
      const options = size === undefined ? maybeOptions : { ...maybeOptions, total: size }
      await piped(what, await this.upload(undefined, options), options)
      return
    }
    const [stream, options] = await this.#transfer(what, maybeOptions, 'StorageVol.upload', 'a Node Readable to upload')
    const { offset, length, flags } = transferRange(options)
    await invokeSync(ownerOf(this), options, () => { this.gobject.upload(stream.gobject, offset, length, flags) })
    return streamToWritable(stream.gobject, { ...options, total: options.total ?? (length || undefined) })
  }

  /**
   * Reads the volume's data. Given a Node `Writable` (a file's `createWriteStream`), streams
   * the volume into it with backpressure and resolves once the Writable has finished;
   * progress through `options.onProgress`, with the volume's size as total; aborting
   * `options.signal` stops it and rejects with the signal's reason. Given nothing, options or
   * a gvir {@link Stream}, it resolves with a Node Readable of the data instead. Anything
   * else rejects at once with a VirError `VIR_ERR_INVALID_ARG`. The stream is `stream` when
   * given, else a new one of the volume's connection (see {@link upload}).
   * @example
   * await vol.download(createWriteStream('copy.img'), { onProgress: (p) => console.log(p.bytes) })
   * @example
   * await pipeline(await vol.download(), createWriteStream('copy.img'))
   */
  download(sink: NodeJS.WritableStream, options?: StorageVolTransferOptions): Promise<void>
  download(options?: StorageVolTransferOptions): Promise<Readable>
  download(stream: Stream | undefined, options?: StorageVolTransferOptions): Promise<Readable>
  // biome-ignore lint/suspicious/noConfusingVoidType: the piped overload resolves with void, and an implementation must be compatible with it
  async download(what?: NodeJS.WritableStream | Stream | StorageVolTransferOptions, maybeOptions: StorageVolTransferOptions = {}): Promise<Readable | void> {
    if (isNodeWritable(what)) {
      checkOptions(maybeOptions, 'StorageVol.download')
      await piped(await this.download(undefined, maybeOptions), what, maybeOptions)
      return
    }
    const [stream, options] = await this.#transfer(what, maybeOptions, 'StorageVol.download', 'a Node Writable to download into')
    const { offset, length, flags } = transferRange(options)
    await invokeSync(ownerOf(this), options, () => { this.gobject.download(stream.gobject, offset, length, flags) })
    let total = options.total ?? (length || undefined)
    if (total === undefined) {
      try {
        total = Math.max(0, Number(this.gobject.getInfo().capacity) - offset)
      } catch {
        // progress without a total
      }
    }
    return streamToReadable(stream.gobject, { ...options, total })
  }

  /**
   * The stream and options of a transfer: `what` is a gvir Stream, options or nothing; any
   * other kind, options of the wrong kind, a bad range or a spent stream reject with a VirError.
   */
  async #transfer(what: unknown, options: unknown, where: string, node: string): Promise<[Stream, StorageVolTransferOptions]> {
    const given = what instanceof Stream ? what : undefined
    if (!given && what !== undefined && !isPlainObject(what)) throw invalidArgument(`the first argument of ${where}`, `${node}, a gvir Stream or options`, what)
    const opts = checkOptions((given || what === undefined ? options : what) as StorageVolTransferOptions, where)
    transferRange(opts)
    if (given && isSpent(given.gobject)) throw new VirError('Stream already used: a libvirt stream carries one transfer')
    const stream = given ?? await invokeSync(ownerOf(this), opts, () => streamFor(this))
    return [stream, opts]
  }

  /** The volume's key, unique on the host (virStorageVolGetKey, virsh vol-key). */
  getKey(options: CallOptions = {}): Promise<string> {
    return callLibvirt(ownerOf(this), options, this.gobject, 'virStorageVolGetKey', {}, (key) => key as string)
  }

  /**
   * Overwrites the volume's data (virStorageVolWipePattern, virsh vol-wipe): with zeroes by
   * default, or by `options.algorithm` (virsh's names).
   */
  wipe(options: StorageVolWipeOptions = {}): Promise<void> {
    const bad = optionsError(options, 'StorageVol.wipe')
    if (bad) return Promise.reject(bad)
    const alg = wipeAlgorithms.indexOf(options.algorithm ?? 'zero')
    if (alg < 0) return Promise.reject(new VirError(`invalid argument: unknown wipe algorithm '${String(options.algorithm)}' (one of ${wipeAlgorithms.join(', ')})`, { code: VirErrorCode.VIR_ERR_INVALID_ARG }))
    return callLibvirt(ownerOf(this), options, this.gobject, 'virStorageVolWipePattern', { flags: alg }, toVoid)
  }
}

/** libvirt's virStorageVolWipeAlgorithm, by virsh vol-wipe's names, in libvirt's order. */
const wipeAlgorithms = ['zero', 'nnsa', 'dod', 'bsi', 'gutmann', 'schneier', 'pfitzner7', 'pfitzner33', 'random', 'trim'] as const

/** Options of {@link StorageVol.wipe}. */
export interface StorageVolWipeOptions extends CallOptions {
  /** How to overwrite the data; default `'zero'`. */
  algorithm?: typeof wipeAlgorithms[number]
}

/** Whether `value` is a Node readable stream (a `Readable`, a `Duplex`, an old-style stream with `read` and `pipe`). */
function isNodeReadable(value: unknown): value is NodeJS.ReadableStream {
  if (value instanceof NodeReadable) return true
  const v = value as Partial<NodeJS.ReadableStream> | null
  return typeof v === 'object' && v !== null && !(value instanceof Stream) && typeof v.pipe === 'function' && typeof v.read === 'function' && typeof v.on === 'function'
}

/** Whether `value` is a Node writable stream (a `Writable`, a `Duplex`, or anything with `write`, `end` and `on`). */
function isNodeWritable(value: unknown): value is NodeJS.WritableStream {
  if (value instanceof NodeWritable) return true
  const v = value as Partial<NodeJS.WritableStream> | null
  return typeof v === 'object' && v !== null && !(value instanceof Stream) && typeof v.write === 'function' && typeof v.end === 'function' && typeof v.on === 'function'
}

/**
 * Pipes `from` into `to` and settles when `to` has finished. gvir's end of the pair is
 * destroyed with the signal's reason when it aborts (stream.ts), which ends the other end
 * too; the rejection is then that reason, as `fetch`'s, whatever error the user's end saw.
 */
async function piped(from: NodeJS.ReadableStream, to: NodeJS.WritableStream, options: StorageVolTransferOptions): Promise<void> {
  try {
    await pipeline(from, to)
  } catch (err) {
    if (options.signal?.aborted) throw abortError(options.signal)
    throw err
  }
}

/** The size of the file a `createReadStream` reads (for progress totals), or undefined. */
async function fileSize(source: NodeJS.ReadableStream): Promise<number | undefined> {
  const { path, start, end } = source as { path?: unknown; start?: unknown; end?: unknown }
  if (typeof path !== 'string' && !Buffer.isBuffer(path)) return undefined
  if (typeof end === 'number' && Number.isFinite(end)) return end - (typeof start === 'number' ? start : 0) + 1
  try {
    const size = (await stat(path)).size
    return Math.max(0, size - (typeof start === 'number' ? start : 0))
  } catch {
    return undefined
  }
}

/** The offset, length and flags of a transfer; throws a VirError on a bad offset or length. */
function transferRange(options: StorageVolTransferOptions): { offset: number; length: number; flags: number } {
  const { offset = 0, length = 0 } = options
  for (const [name, v] of [['offset', offset], ['length', length]] as const) {
    if (!Number.isSafeInteger(v) || v < 0) throw new VirError(`Invalid ${name}: ${v}`)
  }
  return { offset, length, flags: options.sparse ? 1 : 0 }
}
