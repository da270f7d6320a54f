/**
 * libvirt-glib's sync-only domain calls, run on libuv's thread pool (glib/native/gvir_thread.c).
 *
 * libvirt-glib offers suspend, shutdown, reboot, stop, delete, get_config and set_config
 * only as blocking calls; against a remote daemon each is a round trip, and a stalled
 * daemon froze a GTK app's main loop for about a second per call (examples/boxes). Here
 * they run off the JS thread, as libvirt-glib runs its own `*_async` calls (in a GTask
 * thread), and settle a Promise on the JS thread.
 * @module
 */
import { nodeGtkSystem, type LibvirtGObject } from '../lib/gi.js'
import { toVirError } from './error.js'
import { nativeAddon, type DomainColumns } from './loop.js'
import { probeCall } from './monitor.js'
import { abortError } from './cancel.js'
import type { CallOptions } from './promisify.js'

/** The sync-only libvirt-glib domain calls that can run on a worker thread. */
export type DomainThreadCall = 'suspend' | 'shutdown' | 'reboot' | 'stop' | 'delete' | 'getConfig' | 'setConfig'

/** The sync-only libvirt-glib connection calls that can run on a worker thread. */
export type ConnectionThreadCall = 'createDomain' | 'startDomain'

/**
 * Runs `gvir_domain_<call>` on a worker thread and resolves on the JS thread: with the
 * domain's XML for `getConfig`, with `undefined` otherwise; rejects with a {@link VirError}.
 * `flags` are libvirt-glib's; `xml` is the configuration `setConfig` defines.
 * An already-aborted `options.signal` rejects with an `AbortError` without calling
 * libvirt; a call already running cannot be interrupted (libvirt-glib has no cancellable
 * form of these), so a later abort only stops waiting for it.
 *
 * @example
 * ```ts
 * const xml = await callInThread(domain.gobject, 'getConfig', 0)
 * await callInThread(domain.gobject, 'suspend')
 * ```
 */
export function callInThread(domain: LibvirtGObject.Domain, call: DomainThreadCall, flags?: number, xml?: string, options?: CallOptions): Promise<string | undefined>
/**
 * Runs `gvir_connection_create_domain` (define) or `gvir_connection_start_domain`
 * (transient, `flags` as libvirt-glib's) with the document `xml` on a worker thread, and
 * resolves on the JS thread with the new domain's UUID: libvirt-glib has put its GVirDomain
 * in the connection's cache (`connection.getDomain(uuid)`). Aborting works as above.
 *
 * @example
 * ```ts
 * const uuid = await callInThread(conn.gobject, 'createDomain', 0, xml)
 * ```
 */
export function callInThread(connection: LibvirtGObject.Connection, call: ConnectionThreadCall, flags: number, xml: string, options?: CallOptions): Promise<string>
export function callInThread(target: LibvirtGObject.Domain | LibvirtGObject.Connection, call: DomainThreadCall | ConnectionThreadCall, flags = 0, xml?: string, options: CallOptions = {}): Promise<string | undefined> {
  const { signal } = options
  if (signal?.aborted) return Promise.reject(abortError(signal))
  const probe = probeCall(target, call, xml === undefined ? [flags] : [xml, flags], 'async')
  let pending: Promise<string | undefined>
  try {
    pending = nativeAddon().threadCall(call, nodeGtkSystem().addressOf(target), flags, xml)
  } catch (err) {
    probe?.end(err)
    return Promise.reject(toVirError(err))
  }
  const settled = pending.then(
    (value) => { probe?.end(); return value },
    (err: unknown) => { const e = toVirError(err); probe?.end(e); throw e },
  )
  return signal ? abortable(settled, signal) : settled
}

/** One domain as {@link listDomainsInThread} reads it straight from libvirt. */
export interface DomainRow {
  /** The domain's name. */
  readonly name: string
  /** The domain's UUID. */
  readonly uuid: string
  /** The running domain's id, or -1 when it is not running. */
  readonly id: number
  /** libvirt's `virDomainState` (the same numbers as `LibvirtGObject.DomainState`), -1 if unreadable. */
  readonly state: number
}

/** Options of {@link listDomainsInThread}. */
export interface ListDomainsOptions extends CallOptions {
  /**
   * Read the states with three filtered listings (running, shut off, paused) instead of
   * one `virDomainGetState` per domain: 4 round trips to a daemon instead of 1 + n. Only
   * worth it where each call travels; in-process each filtered domain costs what a
   * GetState does. Default `false`.
   */
  byFilters?: boolean
}

const UUID_LENGTH = 36

/**
 * Lists every domain of an open connection with its name, UUID, id and state, read from
 * libvirt on a worker thread of libuv's pool (python-libvirt's path: `virConnectListAllDomains`
 * and one call per field), without building a GVirDomain and a node-gtk wrapper per domain.
 * Rejects with a {@link VirError}; with an `AbortError` when `options.signal` aborts before
 * the rows are back (the listing itself cannot be interrupted: its rows are dropped).
 *
 * @example
 * ```ts
 * for (const row of await listDomainsInThread(conn.gobject)) console.log(row.name, row.state)
 * ```
 */
export function listDomainsInThread(connection: LibvirtGObject.Connection, options: ListDomainsOptions = {}): Promise<DomainRow[]> {
  const { signal } = options
  if (signal?.aborted) return Promise.reject(abortError(signal))
  const probe = probeCall(connection, 'listDomains', [], 'async')
  let pending: Promise<DomainColumns>
  try {
    pending = nativeAddon().listDomains(nodeGtkSystem().addressOf(connection), options.byFilters === true)
  } catch (err) {
    const e = toVirError(err)
    probe?.end(e)
    return Promise.reject(e)
  }
  const rows = pending.then(
    (columns) => { probe?.end(); return toRows(...columns) },
    (err: unknown) => { const e = toVirError(err); probe?.end(e); throw e },
  )
  return signal ? abortable(rows, signal) : rows
}

/**
 * The listing of {@link listDomainsInThread}, run on the JS thread: for libvirt's
 * in-process test driver, where nothing travels and a thread hop costs more than it saves
 * (1,001 domains: ~3 ms of work; on a loaded machine each thread wake-up waited as long).
 * Throws a {@link VirError}.
 */
export function listDomainsSync(connection: LibvirtGObject.Connection, byFilters = false): DomainRow[] {
  const probe = probeCall(connection, 'listDomains', [], 'sync')
  try {
    const rows = toRows(...nativeAddon().listDomainsSync(nodeGtkSystem().addressOf(connection), byFilters))
    probe?.end()
    return rows
  } catch (err) {
    const e = toVirError(err)
    probe?.end(e)
    throw e
  }
}

/** The rows of the native listing's columns: NUL-joined names, 36-character UUIDs, ids, states. */
function toRows(count: number, names: string, uuids: string, ids: Int32Array, states: Int32Array): DomainRow[] {
  const nameList = count > 0 ? names.split('\0') : []
  const rows = new Array<DomainRow>(count)
  for (let i = 0; i < count; i++) {
    rows[i] = { name: nameList[i] ?? '', uuid: uuids.slice(i * UUID_LENGTH, (i + 1) * UUID_LENGTH), id: ids[i] ?? -1, state: states[i] ?? -1 }
  }
  return rows
}

/** `work`'s outcome, or an `AbortError` as soon as `signal` aborts (the work runs on, unheard). */
function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => reject(abortError(signal))
    signal.addEventListener('abort', onAbort, { once: true })
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}
