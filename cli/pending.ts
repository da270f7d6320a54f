/**
 * The storage, network and stream side of gvir's public API as the CLI uses it.
 *
 * These classes are being written by gvir's storage/network work; the CLI names only the
 * members it needs (structurally, so any class with them fits) and reaches them through
 * the checks below, which fail with VIR_ERR_NO_SUPPORT while a part has not landed.
 * @module
 */
import type { Readable, Writable } from 'node:stream'
import { VirError, VirErrorCode, type CallOptions, type Connection, type Domain } from '../lib/index.js'

/** Progress of a volume transfer. */
export interface TransferProgress { readonly bytes: number; readonly total?: number }

/** Options of a volume transfer, as `StorageVol.upload`/`download` take them. */
export interface TransferOptions extends CallOptions {
  onProgress?: (progress: TransferProgress) => void
  total?: number
}

/** A libvirt data stream (gvir's `Stream`). */
export interface StreamLike {
  toReadable(options?: TransferOptions): Readable
}

/** A storage volume (gvir's `StorageVol`). */
export interface StorageVolLike {
  readonly name: string
  getPath(): Promise<string>
  getInfo(): Promise<{ readonly type: string; readonly capacity: number; readonly allocation: number }>
  upload(stream: StreamLike, options?: TransferOptions): Promise<Writable>
  download(stream: StreamLike, options?: TransferOptions): Promise<Readable>
}

/** A storage pool (gvir's `StoragePool`). */
export interface StoragePoolLike {
  readonly name: string
  readonly uuid: string
  readonly active: boolean
  readonly persistent: boolean
  getInfo(): Promise<{ readonly state: string; readonly capacity: number; readonly allocation: number; readonly available: number }>
  getAutostart(): Promise<boolean>
  fetchVolumes(): Promise<void>
  getVolumes(): StorageVolLike[]
  getVolume(name: string): StorageVolLike | undefined
}

/** A virtual network (gvir's `Network`); `active`/`persistent` where the class has them. */
export interface NetworkLike {
  readonly name: string
  readonly uuid: string
  readonly active?: boolean
  readonly persistent?: boolean
}

/** One DHCP lease, with its fields read as properties or libvirt-glib-style getters. */
export interface DhcpLease {
  readonly iface?: string
  readonly expiryTime?: number
  readonly type?: string
  readonly mac?: string
  readonly iaid?: string
  readonly ip?: string
  readonly prefix?: number
  readonly hostname?: string
  readonly clientid?: string
}

/** A screenshot: its MIME type and its bytes. */
export interface Screenshot { readonly mimeType: string; readonly data: Readable }

type Fn = (...args: never[]) => unknown

function member<F extends Fn>(obj: object, name: string, what: string): F {
  const fn = (obj as Record<string, unknown>)[name]
  if (typeof fn !== 'function') {
    throw new VirError(`this function is not supported by the connection driver: ${what} is not in this gvir build yet`, { code: VirErrorCode.VIR_ERR_NO_SUPPORT })
  }
  return (fn as F).bind(obj) as F
}

/** `conn.getStoragePools()`. */
export function storagePools(conn: Connection): StoragePoolLike[] {
  return member<() => StoragePoolLike[]>(conn, 'getStoragePools', 'Connection.getStoragePools')()
}

/** `conn.getNetworks()`. */
export function networks(conn: Connection): NetworkLike[] {
  return member<() => NetworkLike[]>(conn, 'getNetworks', 'Connection.getNetworks')()
}

/** A new stream for one transfer: `conn.getStream()`. */
export async function newStream(conn: Connection): Promise<StreamLike> {
  return await member<() => StreamLike | Promise<StreamLike>>(conn, 'getStream', 'Connection.getStream')()
}

/** `network.getDhcpLeases()`, each lease as plain data. */
export async function dhcpLeases(net: NetworkLike): Promise<DhcpLease[]> {
  const leases = await member<() => unknown[] | Promise<unknown[]>>(net, 'getDhcpLeases', 'Network.getDhcpLeases')()
  return leases.map((l) => {
    const read = (name: string): unknown => {
      const o = l as Record<string, unknown>
      if (name in o && typeof o[name] !== 'function') return o[name]
      const getter = o[`get${name[0]?.toUpperCase()}${name.slice(1)}`]
      return typeof getter === 'function' ? (getter as () => unknown).call(l) : undefined
    }
    const str = (name: string, alt?: string): string | undefined => {
      const v = read(name) ?? (alt ? read(alt) : undefined)
      return v === undefined || v === null ? undefined : String(v)
    }
    const num = (name: string): number | undefined => {
      const v = read(name)
      return v === undefined || v === null ? undefined : Number(v)
    }
    return {
      iface: str('iface'), expiryTime: num('expiryTime'), type: str('ipType', 'type'), mac: str('mac'), iaid: str('iaid'),
      ip: str('ip'), prefix: num('prefix'), hostname: str('hostname'), clientid: str('clientId', 'clientid'),
    }
  })
}

/** Takes a screenshot of `dom`'s screen `screen` through a new stream. */
export async function screenshot(conn: Connection, dom: Domain, screen: number): Promise<Screenshot> {
  const take = member<(stream: StreamLike, options: { screen: number }) => Promise<unknown>>(dom, 'screenshot', 'Domain.screenshot')
  const stream = await newStream(conn)
  const result = await take(stream, { screen })
  if (typeof result === 'string') return { mimeType: result, data: stream.toReadable() }
  const r = (result ?? {}) as { mimeType?: unknown; data?: unknown; readable?: unknown; stream?: unknown }
  const data = [r.data, r.readable, r.stream, result].find((d): d is Readable => typeof (d as Readable | undefined)?.pipe === 'function')
  return { mimeType: String(r.mimeType ?? 'application/octet-stream'), data: data ?? stream.toReadable() }
}
