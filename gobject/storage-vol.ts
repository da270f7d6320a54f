/**
 * `StorageVol`: one volume of a storage pool, over LibvirtGObject's GVirStorageVol, with
 * upload and download as Node streams.
 * @module
 */
import type { Readable, Writable } from 'node:stream'
import { VirError, VirErrorCode, type CallOptions } from '../glib/index.js'
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
   * Starts writing the volume's data and resolves with a Node Writable: pipe the bytes into
   * it. `'finish'` (and so `await pipeline(source, writable)`) comes once libvirt has
   * finished the upload. Progress: `options.onProgress({ bytes, total })`.
   *
   * The transfer goes through `stream` when given (from `Connection.getStream()`), else
   * through a new stream of the connection the volume came from. libvirt-glib's `upload`
   * runs on the JS thread; the bytes then move asynchronously.
   * @example
   * await pipeline(createReadStream('disk.img'), await vol.upload({ onProgress: (p) => console.log(p.bytes) }))
   */
  upload(options?: StorageVolTransferOptions): Promise<Writable>
  upload(stream: Stream | undefined, options?: StorageVolTransferOptions): Promise<Writable>
  async upload(streamOrOptions?: Stream | StorageVolTransferOptions, maybeOptions: StorageVolTransferOptions = {}): Promise<Writable> {
    const [stream, options] = await this.#transfer(streamOrOptions, maybeOptions)
    const { offset, length, flags } = transferRange(options)
    await invokeSync(ownerOf(this), options, () => { this.gobject.upload(stream.gobject, offset, length, flags) })
    return streamToWritable(stream.gobject, { ...options, total: options.total ?? (length || undefined) })
  }

  /**
   * Starts reading the volume's data and resolves with a Node Readable of it, with
   * backpressure. Progress: `options.onProgress`, with the volume's size as total.
   * The stream is `stream` when given, else a new one of the volume's connection
   * (see {@link upload}).
   * @example
   * await pipeline(await vol.download(), createWriteStream('copy.img'))
   */
  download(options?: StorageVolTransferOptions): Promise<Readable>
  download(stream: Stream | undefined, options?: StorageVolTransferOptions): Promise<Readable>
  async download(streamOrOptions?: Stream | StorageVolTransferOptions, maybeOptions: StorageVolTransferOptions = {}): Promise<Readable> {
    const [stream, options] = await this.#transfer(streamOrOptions, maybeOptions)
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

  /** The stream and options of a transfer; a bad range or a spent stream rejects with a VirError. */
  async #transfer(streamOrOptions: Stream | StorageVolTransferOptions | undefined, options: StorageVolTransferOptions): Promise<[Stream, StorageVolTransferOptions]> {
    const given = streamOrOptions instanceof Stream ? streamOrOptions : undefined
    const opts = streamOrOptions instanceof Stream || streamOrOptions === undefined ? options : streamOrOptions
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

/** The offset, length and flags of a transfer; throws a VirError on a bad offset or length. */
function transferRange(options: StorageVolTransferOptions): { offset: number; length: number; flags: number } {
  const { offset = 0, length = 0 } = options
  for (const [name, v] of [['offset', offset], ['length', length]] as const) {
    if (!Number.isSafeInteger(v) || v < 0) throw new VirError(`Invalid ${name}: ${v}`)
  }
  return { offset, length, flags: options.sparse ? 1 : 0 }
}
