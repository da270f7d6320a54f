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
import { nativeAddon } from './loop.js'
import { probeCall } from './monitor.js'
import { abortError } from './cancel.js'
import type { CallOptions } from './promisify.js'

/** The sync-only libvirt-glib domain calls that can run on a worker thread. */
export type DomainThreadCall = 'suspend' | 'shutdown' | 'reboot' | 'stop' | 'delete' | 'getConfig' | 'setConfig'

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
export function callInThread(domain: LibvirtGObject.Domain, call: DomainThreadCall, flags = 0, xml?: string, options: CallOptions = {}): Promise<string | undefined> {
  const { signal } = options
  if (signal?.aborted) return Promise.reject(abortError(signal))
  const probe = probeCall(domain, call, xml === undefined ? [flags] : [xml, flags], 'async')
  let pending: Promise<string | undefined>
  try {
    pending = nativeAddon().domainCall(call, nodeGtkSystem().addressOf(domain), flags, xml)
  } catch (err) {
    probe?.end(err)
    return Promise.reject(toVirError(err))
  }
  const settled = pending.then(
    (value) => { probe?.end(); return value },
    (err: unknown) => { const e = toVirError(err); probe?.end(e); throw e },
  )
  if (!signal) return settled
  return new Promise((resolve, reject) => {
    const onAbort = (): void => reject(abortError(signal))
    signal.addEventListener('abort', onAbort, { once: true })
    settled.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
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

/**
 * Lists every domain of an open connection with its name, UUID, id and state, read from
 * libvirt on a worker thread (python-libvirt's path: `virConnectListAllDomains` and one
 * call per field), without building a GVirDomain and a node-gtk wrapper per domain.
 * Rejects with a {@link VirError}.
 *
 * @example
 * ```ts
 * for (const row of await listDomainsInThread(conn.gobject)) console.log(row.name, row.state)
 * ```
 */
export async function listDomainsInThread(connection: LibvirtGObject.Connection, options: CallOptions = {}): Promise<DomainRow[]> {
  const { signal } = options
  if (signal?.aborted) throw abortError(signal)
  const probe = probeCall(connection, 'listDomains', [], 'async')
  try {
    const rows = await nativeAddon().listDomains(nodeGtkSystem().addressOf(connection))
    probe?.end()
    if (signal?.aborted) throw abortError(signal)
    return rows.map(([name, uuid, id, state]) => ({ name, uuid, id, state }))
  } catch (err) {
    const e = err instanceof DOMException ? err : toVirError(err)
    probe?.end(e)
    throw e
  }
}
