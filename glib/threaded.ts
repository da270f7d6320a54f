/**
 * libvirt-glib's blocking calls, run on libuv's thread pool (glib/native/gvir_thread.c,
 * gvir_ops.c).
 *
 * libvirt-glib offers many calls only in a blocking form (a domain's suspend, stop,
 * get_config…, a pool's or volume's info, a connection's create_domain…); against a
 * remote daemon each is a round trip, and a stalled daemon froze a GTK app's main loop for
 * about a second per call (examples/boxes). Here they run off the JS thread, as
 * libvirt-glib runs its own `*_async` calls (in a GTask thread), and settle a Promise on
 * the JS thread.
 * @module
 */
import { gi, nodeGtkSystem, type GObject, type LibvirtGObject } from '../lib/gi.js'
import { toVirError } from './error.js'
import { nativeAddon, type DomainColumns, type NativeArg } from './loop.js'
import { probeCall } from './monitor.js'
import { abortError } from './cancel.js'
import { optionsError } from './arguments.js'
import type { CallOptions } from './promisify.js'

/** The sync-only libvirt-glib domain calls that can run on a worker thread. */
export type DomainThreadCall = 'suspend' | 'shutdown' | 'reboot' | 'stop' | 'delete' | 'getConfig' | 'setConfig'

/** The sync-only libvirt-glib connection calls that can run on a worker thread. */
export type ConnectionThreadCall = 'createDomain' | 'startDomain'

/**
 * Every call {@link runInThread} knows, by libvirt-glib's method name, and what it resolves
 * with (glib/native/gvir_ops.c has the objects each runs on):
 * - `getConfig` (domain, pool, volume, network, interface, node device, secret, network
 *   filter, snapshot): the XML;
 * - `getHypervisorName`, a volume's `getPath`, `createDomain`/`startDomain` (the new
 *   domain's UUID): the text;
 * - `getDevices` (domain), `getDhcpLeases` (network; `extra` the MAC or nothing): the
 *   GVirDomainDisk and GVirDomainInterface, or GVirNetworkDHCPLease, objects, as node-gtk
 *   wrappers;
 * - `getAutostart` (pool), `getHasCurrentSnapshot`, `getPersistent`, `getSaved` (domain),
 *   `getIsCurrent` (snapshot): a boolean;
 * - `screenshot` (domain; `extra` the GVirStream, `index` the monitor): the MIME type, the
 *   bytes then move through the stream;
 * - `createStoragePool` (the new pool's UUID), `createVolume` (pool; the new volume's
 *   name): the key libvirt-glib caches the new object under;
 * - `openGraphicsFd` (domain; `extra` the display) `[fd]`, `getVersion` `[version]`, `getNodeInfo` `[model, memory KiB, cpus, mhz, nodes, sockets,
 *   cores, threads]`, `getInfo` (pool `[state, capacity, allocation, available]`, volume
 *   `[type, capacity, allocation]`): numbers;
 * - `getStats` (disk `[rdReq, rdBytes, wrReq, wrBytes, errs]`, interface `[rxBytes,
 *   rxPackets, rxErrs, rxDrop, txBytes, txPackets, txErrs, txDrop]`): BigInts;
 * - `getXmlDesc` (any object `getConfig` runs on; libvirt's `*_XML_*` flags),
 *   `getCapabilitiesXml` (connection): libvirt's own XML text, not libvirt-glib's
 *   re-serialisation; `createSnapshot` (domain; `extra` the document): the new
 *   GVirDomainSnapshot; `revertTo`, `deleteSnapshot` (snapshot): `undefined` — these ask
 *   libvirt itself, so a failure has libvirt's code and message (glib/native/gvir_libvirt.c);
 * - the others (`suspend`, `shutdown`, `reboot`, `stop`, `delete` of a domain or volume,
 *   `setConfig` of a domain or snapshot, `updateDevice` (domain; `extra` the device's XML),
 *   `openConsole` (domain; `extra` the GVirStream, `index` the console's name or nothing),
 *   `openGraphics` (domain; `extra` the display, `index` the caller's socket),
 *   `setAutostart` with the flag as `flags`, `resize` of a volume or disk
 *   with the size as `extra`): `undefined`.
 */
export type ThreadCall = DomainThreadCall | ConnectionThreadCall | 'getHypervisorName' | 'getVersion' | 'getNodeInfo' |
  'getInfo' | 'getAutostart' | 'setAutostart' | 'getPath' | 'resize' | 'getStats' | 'getHasCurrentSnapshot' | 'getIsCurrent' |
  'screenshot' | 'createStoragePool' | 'createVolume' | 'getPersistent' | 'getSaved' | 'getDevices' | 'updateDevice' | 'getDhcpLeases' |
  'openConsole' | 'openGraphics' | 'openGraphicsFd' |
  'getXmlDesc' | 'getCapabilitiesXml' | 'createSnapshot' | 'revertTo' | 'deleteSnapshot' | LibvirtCall | VirshThreadCall

/**
 * The libvirt calls gvir makes itself on libvirt-glib's objects' handles (libvirt-glib 4.0
 * maps none of them; glib/native/gvir_ops_beyond.c), by libvirt's own function name:
 * - on a connection: `virConnectListAllNodeDevices`, `…Secrets`, `…NWFilters`, `…Networks`
 *   (flags libvirt's), `virNodeDeviceLookupByName`, `virSecretLookupByUUIDString`,
 *   `virSecretLookupByUsage` (`flags` the usage type), `virNWFilterLookupByName` (`extra`
 *   the name), `virNetworkDefineXML`, `virNetworkCreateXML`, `virStoragePoolCreateXML`
 *   (`extra` the XML): libvirt-glib's GVirNodeDevice, GVirSecret, GVirNetworkFilter,
 *   GVirNetwork or GVirStoragePool objects, built on libvirt's handles;
 *   `virConnectGetStoragePoolCapabilities`: the XML; `virConnectGetAllDomainStats`
 *   (`flags` the groups, `extra` the GVirDomains or nothing for all, `index` libvirt's
 *   listing flags): `[uuid, { field: value }][]`, 64-bit values as BigInts;
 * - on a network: `virNetworkIsActive`, `virNetworkIsPersistent`, `virNetworkGetAutostart`
 *   (booleans), `virNetworkSetAutostart` (`flags` the setting), `virNetworkCreate`,
 *   `virNetworkDestroy`, `virNetworkUndefine`;
 * - on a pool: `virStoragePoolIsActive`, `virStoragePoolIsPersistent`; on a volume:
 *   `virStorageVolGetKey`, `virStorageVolWipePattern` (`flags` the algorithm);
 * - on a domain: `virDomainInterfaceAddresses` (`flags` the source): `{ name, hwaddr,
 *   addrs }[]`; `virDomainSetMetadata` (`extra` `[value, key, uri]`, `index` the type,
 *   `flags` the impact), `virDomainGetMetadata` (`extra` `[uri]`): the text;
 * - on a secret: `virSecretGetUsageID` `[usage id, usage type]` (local, no round trip);
 * - `virStorageVolCreateXMLFrom` (pool; `extra` `[xml, source key]`): the new GVirStorageVol;
 *   `virConnectFindStoragePoolSources` (`extra` `[type, spec or null]`): libvirt's XML.
 */
export type LibvirtCall = 'virConnectListAllNodeDevices' | 'virNodeDeviceLookupByName' | 'virConnectListAllSecrets' |
  'virSecretLookupByUUIDString' | 'virSecretLookupByUsage' | 'virConnectListAllNWFilters' | 'virNWFilterLookupByName' |
  'virConnectListAllNetworks' | 'virNetworkDefineXML' | 'virNetworkCreateXML' | 'virNetworkIsActive' | 'virNetworkIsPersistent' |
  'virNetworkGetAutostart' | 'virNetworkSetAutostart' | 'virNetworkCreate' | 'virNetworkDestroy' | 'virNetworkUndefine' |
  'virStoragePoolCreateXML' | 'virConnectGetStoragePoolCapabilities' | 'virStoragePoolIsActive' | 'virStoragePoolIsPersistent' |
  'virStorageVolGetKey' | 'virStorageVolWipePattern' | 'virConnectGetAllDomainStats' | 'virDomainInterfaceAddresses' |
  'virDomainSetMetadata' | 'virDomainGetMetadata' | 'virSecretGetUsageID' | 'virStorageVolCreateXMLFrom' | 'virConnectFindStoragePoolSources'

/**
 * The libvirt calls libvirt-glib does not make, straight to libvirt on the object's handle
 * (glib/native/gvir_ops_virsh.c), for gobject/domain-extra.ts and host-extra.ts: `getState`
 * `[state, reason]`, `getLibVersion` `[library, daemon's library]`, `getInterfaceStats`
 * (BigInts as `getStats`);
 * `getDomainAutostart` a boolean; `getOsType`, `getVcpus`, `getMemoryStats`, `getBlockStats`,
 * `getSecurityLabel`, `getHostname`, `getSysinfo`, `getUri`, `getSecurityModel`
 * text; the setters (`setDomainAutostart`, `setMemory`/`setVcpus` with a BigInt,
 * `attachDevice`/`detachDevice` with XML, `managedSaveRemove`) `undefined`.
 */
export type VirshThreadCall = 'getState' | 'getDomainAutostart' | 'setDomainAutostart' | 'setMemory' | 'setVcpus' |
  'attachDevice' | 'detachDevice' | 'managedSaveRemove' | 'getOsType' | 'getVcpus' | 'getMemoryStats' | 'getBlockStats' |
  'getInterfaceStats' | 'getSecurityLabel' | 'getHostname' | 'getSysinfo' | 'getUri' | 'getLibVersion' | 'getSecurityModel'

/** What a {@link ThreadCall} takes besides its object and flags: XML or text, a size, a number or a stream. */
export type ThreadArg = string | bigint | number | GObject.Object | readonly GObject.Object[] | readonly (string | null)[]

/** A ThreadArg as the addon takes it: objects as their addresses. */
function nativeArg(extra: ThreadArg | undefined): NativeArg | undefined {
  if (Array.isArray(extra)) {
    const system = nodeGtkSystem()
    return (extra as readonly (GObject.Object | string | null)[]).map((e) => (e !== null && typeof e === 'object' ? system.addressOf(e) : e))
  }
  return typeof extra === 'object' ? nodeGtkSystem().addressOf(extra as GObject.Object) : extra as string | bigint | number | undefined
}

/**
 * Runs the libvirt-glib call `call` of `target` on a worker thread and resolves on the JS
 * thread with its result as {@link ThreadCall} lists it; rejects with a {@link VirError}
 * (with libvirt's exact code where gvir asked libvirt itself). `flags` are libvirt-glib's;
 * `extra` is the XML, the size (a BigInt), the number or the stream the call takes,
 * `index` what goes with it (a monitor, a console's name, a socket). An already-aborted
 * `options.signal` rejects with an `AbortError` without calling libvirt; a call already
 * running cannot be interrupted (libvirt-glib has no cancellable form of these), so a later
 * abort only stops waiting for it.
 * @throws never: a call `target` does not have rejects with a VirError
 */
export function runInThread(target: GObject.Object, call: ThreadCall, flags = 0, extra?: ThreadArg, options: CallOptions = {}, index?: number | string): Promise<unknown> {
  const bad = optionsError(options, call)
  if (bad) return Promise.reject(bad)
  const { signal } = options
  if (signal?.aborted) return Promise.reject(abortError(signal))
  const probe = probeCall(target, call, extra === undefined ? [flags] : [extra, flags], 'async')
  let pending: Promise<unknown>
  try {
    pending = nativeAddon().threadCall(call, nodeGtkSystem().addressOf(target), flags, nativeArg(extra), index)
  } catch (err) {
    probe?.end(err)
    return Promise.reject(toVirError(err))
  }
  const settled = pending.then(
    (value) => { probe?.end(); return makesObjects.has(call) ? takeObjects(value as number[]) : value },
    (err: unknown) => { const e = toVirError(err); probe?.end(e); throw e },
  )
  return signal ? abortable(settled, signal) : settled
}

/** The calls whose result is objects C made (glib/native's RESULT_OBJECTS). */
const makesObjects = new Set<ThreadCall>(['getDevices', 'getDhcpLeases', 'createSnapshot',
  'virConnectListAllNodeDevices', 'virNodeDeviceLookupByName', 'virConnectListAllSecrets', 'virSecretLookupByUUIDString',
  'virSecretLookupByUsage', 'virConnectListAllNWFilters', 'virNWFilterLookupByName', 'virConnectListAllNetworks',
  'virNetworkDefineXML', 'virNetworkCreateXML', 'virStoragePoolCreateXML', 'virStorageVolCreateXMLFrom'])

/**
 * {@link runInThread}'s calls on the calling (JS) thread, for libvirt's in-process test
 * driver, which answers without I/O: the same result (the same objects for `getDevices`),
 * synchronously; a failure throws a {@link VirError}.
 * @throws VirError
 */
export function runSync(target: GObject.Object, call: ThreadCall, flags = 0, extra?: ThreadArg, index?: number | string): unknown {
  const arg = nativeArg(extra)
  const probe = probeCall(target, call, extra === undefined ? [flags] : [extra, flags], 'sync')
  try {
    const value = nativeAddon().callSync(call, nodeGtkSystem().addressOf(target), flags, arg, index)
    probe?.end()
    return makesObjects.has(call) ? takeObjects(value as number[]) : value
  } catch (err) {
    const e = toVirError(err)
    probe?.end(e)
    throw e
  }
}

/**
 * The one GValue {@link takeObjects} passes objects through, made once and kept for the
 * life of the process: node-gtk 4.1.1 frees a collected `GObject.Value` wrapper's memory
 * wrongly ("free(): invalid size", the process aborts; 1,000 `new GObject.Value()` and a GC
 * are enough), so gvir never lets one be collected.
 */
let objectHolder: GObject.Value | undefined

function newObjectHolder(): GObject.Value {
  const { GObject: G } = gi()
  const holder = new G.Value()
  holder.init(G.typeFromName('GObject'))
  return holder
}

/**
 * The node-gtk wrappers of objects a worker-thread call made, each address holding one
 * reference for JS to take: each goes through a GValue (glib/native's takeObject), the one
 * way node-gtk wraps an object C code hands over, then the GValue lets go, leaving the
 * object to its wrapper as a transfer-full return would. All are taken even if one fails,
 * so that none is left with a reference nobody drops.
 */
/** @internal The wrappers of objects C handed over with a reference each (also gvir's event path's). */
export function takeObjects(addresses: number[]): GObject.Object[] {
  const holder = objectHolder ??= newObjectHolder()
  const addon = nativeAddon()
  return addresses.map((address) => {
    addon.takeObject(nodeGtkSystem().addressOf(holder), address)
    const obj = holder.getObject() as GObject.Object
    holder.reset()
    return obj
  })
}

/**
 * Runs `gvir_domain_<call>` on a worker thread and resolves on the JS thread: with the
 * domain's XML for `getConfig`, with `undefined` otherwise; rejects with a {@link VirError}.
 * `flags` are libvirt-glib's; `xml` is the configuration `setConfig` defines. Aborting as
 * for {@link runInThread}.
 *
 * @example
 * ```ts
 * const xml = await callInThread(domain.gobject, 'getConfig', 0)
 * await callInThread(domain.gobject, 'suspend')
 * ```
 */
export function callInThread(domain: LibvirtGObject.Domain, call: DomainThreadCall, flags?: number, xml?: string, options?: CallOptions): Promise<string | undefined>
/**
 * Defines (`createDomain`) or creates and starts (`startDomain`, `flags` as
 * libvirt-glib's) a domain from the document `xml` on a worker thread, and resolves on the
 * JS thread with the new domain's UUID. The worker asks libvirt itself (see
 * glib/native/gvir_ops.c): libvirt-glib caches its GVirDomain when the domain's event
 * arrives (`connection.getDomain(uuid)`). Aborting as for {@link runInThread}.
 *
 * @example
 * ```ts
 * const uuid = await callInThread(conn.gobject, 'createDomain', 0, xml)
 * ```
 */
export function callInThread(connection: LibvirtGObject.Connection, call: ConnectionThreadCall, flags: number, xml: string, options?: CallOptions): Promise<string>
export function callInThread(target: LibvirtGObject.Domain | LibvirtGObject.Connection, call: DomainThreadCall | ConnectionThreadCall, flags = 0, xml?: string, options: CallOptions = {}): Promise<string | undefined> {
  return runInThread(target, call, flags, xml, options) as Promise<string | undefined>
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
  const bad = optionsError(options, 'listAllDomains')
  if (bad) return Promise.reject(bad)
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
