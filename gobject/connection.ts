/**
 * `Connection`: a connection to a hypervisor, over LibvirtGObject's GVirConnection.
 * @module
 */
import { setTimeout as sleep } from 'node:timers/promises'
// rxjs's pieces, not its index: `import 'rxjs'` loads all 224 of its modules (~78 ms CPU), these ~25 ms.
import { BehaviorSubject } from 'rxjs/internal/BehaviorSubject'
import { Observable } from 'rxjs/internal/Observable'
import { ReplaySubject } from 'rxjs/internal/ReplaySubject'
import { Subject } from 'rxjs/internal/Subject'
import { defer } from 'rxjs/internal/observable/defer'
import { distinctUntilChanged } from 'rxjs/internal/operators/distinctUntilChanged'
import { abortError, callAsync, checkOptions, probeCall, optionsError, callInThread, hold, init, listDomainsInThread, listDomainsSync, recordLibvirtErrors, reportError, runSync, toVirError, type CallOptions, type ConnectionThreadCall, type Release, VirError, VirErrorCode } from '../glib/index.js'
import { gi, nodeGtkSystem, type LibvirtGObject } from '../lib/gi.js'
import { checkCString, hasNul } from '../glib/cstring.js'
import { watchSignals } from '../glib/signal.js'
import { Capabilities, DomainCapabilities } from '../gconfig/index.js'
import { type ConfigInput, invokeWithConfig, takeXml, threadXml, withGConfig } from './config.js'
import { Domain, watchDomain } from './domain.js'
import { type DomainSummary, toDomainSummary } from './domain-info.js'
import { deliverPending, invoke, invokeBlocking, invokeSync, isInProcessUri } from './call.js'
import { watched } from './failure.js'
import { type AnyGObject, type GvirClass, GvirObject, wrapObject } from './object.js'
import { cachedList } from './owned-list.js'
import { adopt } from './owner.js'
import { StoragePool } from './storage-pool.js'
import type { Network } from './network.js'
import { Interface } from './interface.js'
import { Stream } from './stream.js'
import { DomainCache } from './domain-cache.js'
import { allDomainKinds, decodeDomainEvent, libvirtGlibSignal } from './event-decode.js'
import type { DomainAnyEvent } from './domain-events.js'
import { type Version, toVersion } from './version.js'
import { DEFAULT_PROBE_INTERVAL_MS, LivenessProbe, probedWhileWatched } from './liveness.js'
import { EventHub } from './event-hub.js'
import { EventKind, type EventRecord, nativeEvents } from '../glib/events.js'
import { takeObjects } from '../glib/threaded.js'
import { type ConnectionCloseReason, type NetworkEvent, type NodeDeviceEvent, type SecretEvent, type StoragePoolEvent, closeReasons, toNetworkEvent, toNodeDeviceEvent, toSecretEvent, toStoragePoolEvent } from './host-events.js'
import { filter } from 'rxjs/internal/operators/filter'
import { onChanged } from './canonical.js'
import { type DomainStatsOptions, type DomainStatsRecord, bulkStats, groupFlags } from './domain-stats.js'
import { type ListNodeDevicesOptions, type SecretUsageType, canonicalNetwork, findNetworkFilterByName, findNodeDevice, findSecretByUsage, findSecretByUuid,
  findStoragePoolSources, getStoragePoolCapabilities, listAllNetworks, listNetworkFilters, listNodeDevices, listSecrets, networkFromConfig, startStoragePool } from './host-objects.js'
import type { NetworkFilter } from './network-filter.js'
import type { NodeDevice } from './node-device.js'
import * as hostExtra from './host-extra.js'
import type { Secret } from './secret.js'

/** Options of {@link Connection.open}. */
export interface ConnectionOpenOptions extends CallOptions {
  /** Open read-only (allowed to unprivileged users on most hypervisors). */
  readOnly?: boolean
  /**
   * While someone subscribes to `closed$`, `domains$`, `domainAdded$` or `domainRemoved$`,
   * gvir probes the daemon this often (ms) with a cheap async call, so a dead libvirtd is
   * noticed without waiting for the next call (LibvirtGObject signals nothing then).
   * `0` turns probing off. Default 2,000.
   */
  probeIntervalMs?: number
  /**
   * libvirt's keepalive (virConnectSetKeepAlive): a ping every `intervalS` seconds, and the
   * connection closes (`closed$` with `keepalive`) after `count` unanswered ones: a daemon
   * that hangs, or a host that vanished with the socket still open, is noticed in
   * `intervalS × (count + 1)` s. libvirt's remote driver only; virt-manager uses 20 × 1.
   */
  keepAlive?: KeepAliveOptions
}

/** libvirt's keepalive settings (see {@link ConnectionOpenOptions.keepAlive}). */
export interface KeepAliveOptions {
  /** Seconds between pings (0 turns keepalive off). */
  intervalS: number
  /** Unanswered pings before the connection closes. */
  count: number
}

/** What monitor$ names an open after: a connection, by its URI, before its GVirConnection exists. */
class OpeningConnection {
  readonly #uri: string
  constructor(uri: string) { this.#uri = uri }
  getUri(): string { return this.#uri }
}
Object.defineProperty(OpeningConnection, 'name', { value: 'Connection' })

/** One domain event of a connection (see {@link Connection.events$}). */
export interface ConnectionDomainEvent {
  /** The domain's UUID. */
  readonly uuid: string
  /** The domain's name. */
  readonly name: string
  /** The domain, when the connection's cache has it. */
  readonly domain: Domain | undefined
  /** The event. */
  readonly event: DomainAnyEvent
}

/** The host's CPU and memory, as libvirt-glib's `GVirNodeInfo`. */
export interface NodeInfo {
  /** CPU model. */
  readonly model: string
  /** Memory, in bytes (libvirt's KiB × 1024, as every memory size in gvir's API). */
  readonly memory: number
  /** Number of active CPUs. */
  readonly cpus: number
  /** CPU frequency, in MHz. */
  readonly mhz: number
  /** Number of NUMA cells (1 for uniform memory access). */
  readonly nodes: number
  /** Number of CPU sockets per NUMA cell. */
  readonly sockets: number
  /** Number of cores per socket. */
  readonly cores: number
  /** Number of threads per core. */
  readonly threads: number
}

/** Options of {@link Connection.getDomainCapabilities}. All optional: libvirt picks defaults. */
export interface DomainCapabilitiesOptions extends CallOptions {
  /** The emulator binary, e.g. `/usr/bin/qemu-system-x86_64`. */
  emulatorbin?: string
  /** The guest architecture, e.g. `x86_64`. */
  arch?: string
  /** The machine type, e.g. `pc` or `q35`. */
  machine?: string
  /** The virtualization type, e.g. `kvm` or `qemu`. */
  virttype?: string
}

/** Options of {@link Connection.startDomain}. */
export interface StartDomainOptions extends CallOptions {
  /** Leave the new domain paused. */
  paused?: boolean
  /** Destroy the domain when this connection closes. */
  autodestroy?: boolean
}

/** Options of {@link Connection.restoreDomainFromFile}. */
export interface RestoreDomainOptions extends CallOptions {
  /** A config to restore the domain with instead of the saved one. */
  config?: ConfigInput
}

/**
 * Messages that mean libvirtd is gone (LibvirtGObject emits no `connection-closed` then).
 * Only the socket's own words: a bare "not connected" also matched a guest's agent
 * ("QEMU guest agent is not connected"), and one setTime on a guest without an agent
 * closed the whole connection.
 */
const lostConnection = /client socket is closed|Cannot (?:write|recv) data|End of file while reading data|Broken pipe|Connection reset by peer|no connection driver available|Transport endpoint is not connected/i

/**
 * A signal handler that reports what `fn` throws instead of letting it reach node-gtk (a
 * throw there ends the process). The argument types come from the typed `connect`
 * overloads (scripts/typings.mjs).
 */
function guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args: A): void => {
    try { fn(...args) } catch (err) { reportError(err) }
  }
}

/**
 * The text of a fixed-size C `char` array (virNodeInfo's `model[32]`) as node-gtk gives it,
 * a list of signed bytes: up to the first NUL. libvirt copies the model in with a NUL after
 * it and leaves the rest of the array as it was, so reading past the NUL gave
 * `'i686!\x0158'` for the test driver's `'i686'`.
 */
function cString(chars: ArrayLike<number> | null | undefined): string {
  const bytes = Uint8Array.from(Array.from(chars ?? []), (c) => c & 0xff)
  const end = bytes.indexOf(0)
  return new TextDecoder().decode(end < 0 ? bytes : bytes.subarray(0, end))
}

/** What a call through a closed connection rejects with: libvirt's code for an unusable connection. */
const notOpen = (): VirError => new VirError('Connection is not open', { code: VirErrorCode.VIR_ERR_INVALID_CONN })

/**
 * How long a worker-thread createDomain/startDomain waits for libvirt-glib to cache the new
 * domain from its event, and how often it looks. Measured on a private libvirtd: the event
 * is there with the reply or within a few milliseconds.
 */
const DOMAIN_EVENT_WAIT_MS = 2000
const DOMAIN_EVENT_POLL_MS = 2

/**
 * A connection to a hypervisor (`qemu:///system`, `test:///default`…).
 *
 * An open Connection holds the Node process (through gvir's loop glue) until it is closed,
 * so a script exits by itself once it closes its connections. Open one with {@link Connection.open}.
 */
export class Connection extends GvirObject<LibvirtGObject.Connection> {
  #release?: Release
  #handlers: number[] = []
  #unwatchDomains?: () => void
  #domainWatchers = 0
  readonly #opened = new Subject<void>()
  readonly #closed = new Subject<ConnectionCloseReason>()
  #hub?: EventHub
  #closeReason: ConnectionCloseReason = 'client'
  readonly #ended = new ReplaySubject<void>(1)
  readonly #added = new Subject<Domain>()
  readonly #removed = new Subject<Domain>()
  readonly #domains = new BehaviorSubject<Domain[]>([])
  #domainsStale = true
  readonly #cache = new DomainCache()
  #readOnly = false
  /** UUIDs of domains libvirt-glib removed, while someone watches {@link domainGone$}. */
  readonly #gone = new Subject<string>()
  #goneWatchers = 0
  #goneHandler: number | undefined
  #unwatchGone?: () => void
  #inProcess = false
  #liveness = new LivenessProbe(() => Promise.resolve(), 0)
  readonly #inFlight = new Set<Promise<unknown>>()
  #closing = false

  /**
   * Opens a connection to `uri`.
   * @example
   * const conn = await Connection.open('test:///default')
   */
  static async open(uri = 'test:///default', options: ConnectionOpenOptions = {}): Promise<Connection> {
    if (typeof uri !== 'string') {
      // Typically `Connection.open({ readOnly: true })`: libvirt would say "Unable to parse URI [object Object]".
      throw new VirError(`invalid argument: Connection.open(uri, options) takes the URI first, a string, not ${uri === null ? 'null' : typeof uri}; for test:///default with options, pass undefined as the URI`, { code: VirErrorCode.VIR_ERR_INVALID_ARG })
    }
    checkOptions(options, 'Connection.open')
    init()
    checkCString(uri, 'the URI')
    if (options.signal?.aborted) throw abortError(options.signal)
    // gvir opens libvirt's connection itself and builds libvirt-glib's GVirConnection around
    // it, so libvirt-glib's own event handler is never registered (gobject/domain-cache.ts).
    // Held while opening: the open settles from GLib's context (gvir_events.c), which only
    // turns while something holds the loop; unheld, Node could exit first (exit code 13).
    // libvirt-glib's init re-installs its own error function; gvir's recorder goes back first.
    recordLibvirtErrors()
    const release = hold()
    // monitor$ sees the open as it saw libvirt-glib's: Connection[uri] open / openReadOnly.
    const probe = probeCall(new OpeningConnection(uri), options.readOnly ? 'openReadOnly' : 'open', [])
    const address = await nativeEvents().openConnection(uri, options.readOnly === true)
      .then((a) => { probe?.end(); return a }, (err: unknown) => { const e = toVirError(err); probe?.end(e); throw e })
      .finally(release)
    const gconn = takeObjects([address])[0] as LibvirtGObject.Connection
    const conn = wrapObject(gconn, Connection)
    conn.#readOnly = options.readOnly === true
    if (options.signal?.aborted) {
      gconn.close()
      throw abortError(options.signal)
    }
    await conn.#open(options)
    return conn
  }

  async #open(options: ConnectionOpenOptions): Promise<void> {
    this.#inProcess = isInProcessUri(this.gobject.getUri())
    this.#connectSignals()
    this.#liveness = new LivenessProbe(() => this.#probe(), options.probeIntervalMs ?? DEFAULT_PROBE_INTERVAL_MS)
    this.#release ??= hold()
    await this.#openEvents(options)
    this.#opened.next()
  }

  /**
   * gvir's own event path for this connection (gobject/event-hub.ts). On a daemon, the
   * close callback (libvirt tells at once why the connection died: eof, keepalive, error)
   * and the lifecycle kind are registered from open on, on the worker thread: a subscriber
   * to `events$` then sees a state change it caused right after subscribing.
   */
  async #openEvents(options: ConnectionOpenOptions): Promise<void> {
    const hub = new EventHub(this.gobject, !this.#inProcess)
    this.#hub = hub
    hub.onRecord = (rec) => {
      if (rec[1] === EventKind.lifecycle) this.#onLifecycle(rec)
      else if (rec[1] === EventKind.close) this.#lost(closeReasons[rec[4] as number] ?? 'error')
    }
    // The domain cache lives on lifecycle events: registered from open on, on every connection.
    if (this.#inProcess) {
      await hub.pin([EventKind.lifecycle])
      return
    }
    await hub.pin([EventKind.close, EventKind.lifecycle])
    const { keepAlive } = options
    if (keepAlive) {
      const { intervalS, count } = keepAlive
      if (!Number.isInteger(intervalS) || !Number.isInteger(count) || intervalS < 0 || count < 0) {
        this.close()
        throw new VirError(`invalid argument: keepAlive takes whole numbers of seconds and pings, not ${intervalS} × ${count}`, { code: VirErrorCode.VIR_ERR_INVALID_ARG })
      }
      const rc = nativeEvents().keepAlive(hub.token, intervalS, count)
      if (typeof rc === 'string') {
        this.close()
        throw new VirError(rc, { code: VirErrorCode.VIR_ERR_INTERNAL_ERROR })
      }
    }
  }

  /** A lifecycle record: the domain cache follows it, and domainAdded$/domainRemoved$/domains$ tell. */
  #onLifecycle(rec: EventRecord): void {
    const uuid = rec[2]
    if (!uuid) return
    const { change, domain } = this.#cache.apply(uuid, rec[4] as number, rec[5] as number, () => {
      const address = rec[6]
      if (typeof address !== 'number') return undefined
      nativeEvents().refObject(address)
      return this.#wrapDomain(takeObjects([address])[0] as LibvirtGObject.Domain, uuid)
    })
    if (!domain) return
    const system = nodeGtkSystem()
    const native = nativeEvents()
    if (change === 'added') native.emitSignal(system.addressOf(this.gobject), 'domain-added', system.addressOf(domain.gobject))
    const signal = libvirtGlibSignal(rec[4] as number, rec[5] as number)
    if (signal) native.emitSignal(system.addressOf(domain.gobject), signal)
    if (change === 'removed') native.emitSignal(system.addressOf(this.gobject), 'domain-removed', system.addressOf(domain.gobject))
    if (!change) return
    if (change === 'added') this.#hub?.revive(uuid)
    else this.#hub?.ended(uuid)
    this.#refreshDomains()
    if (change === 'added') this.#added.next(domain)
    else this.#removed.next(domain)
  }

  /** libvirt said the connection died (its close callback): closed now, with libvirt's reason. */
  #lost(reason: ConnectionCloseReason): void {
    if (!this.#release) return
    this.#closeReason = reason
    this.#closing = true
    this.#markClosed()
    this.#closeHandle()
  }

  /** @internal This connection's share of gvir's event path (once open). */
  get events(): EventHub | undefined { return this.#hub }

  /**
   * Resolves once every event registration asked for so far is in place: on a daemon a
   * registration is a round trip made on gvir's worker thread, so a kind nobody on the
   * connection watched before (tray-change…) flows a moment after the first subscription.
   */
  whenEventsRegistered(): Promise<void> { return this.#hub?.settled() ?? Promise.resolve() }

  /**
   * Every event of every domain of the connection, with its domain (`undefined` for a domain
   * not in the cache: fetch first): one subscription for a whole host, what `Manager.events$`
   * merges across hosts. Registers every domain event kind while subscribed.
   */
  get events$(): Observable<ConnectionDomainEvent> {
    return this.#hubRecords(allDomainKinds, (rec) => {
      const event = decodeDomainEvent(rec)
      const uuid = rec[2]
      return event && uuid ? { uuid, name: rec[3] ?? '', domain: this.#cache.get(uuid), event } : undefined
    })
  }

  /** A virtual network was defined, undefined, started or stopped (registered while subscribed). */
  get networkEvents$(): Observable<NetworkEvent> {
    return this.#hubRecords([EventKind.networkLifecycle], toNetworkEvent)
  }
  /** A storage pool was defined, undefined, started, stopped, built, deleted or refreshed (registered while subscribed). */
  get storagePoolEvents$(): Observable<StoragePoolEvent> {
    return this.#hubRecords([EventKind.poolLifecycle, EventKind.poolRefresh], toStoragePoolEvent)
  }
  /** A node device appeared, went, was defined or undefined, or changed (registered while subscribed). */
  get nodeDeviceEvents$(): Observable<NodeDeviceEvent> {
    return this.#hubRecords([EventKind.nodeDeviceLifecycle, EventKind.nodeDeviceUpdate], toNodeDeviceEvent)
  }
  /** A secret was defined, undefined or its value changed (registered while subscribed). */
  get secretEvents$(): Observable<SecretEvent> {
    return this.#hubRecords([EventKind.secretLifecycle, EventKind.secretValueChanged], toSecretEvent)
  }

  #hubRecords<T>(kinds: readonly number[], project: (rec: import('../glib/events.js').EventRecord) => T | undefined): Observable<T> {
    return defer(() => this.#hub ? this.#hub.records(kinds, project) : new Observable<T>((s) => s.complete()))
  }

  /** Connects gvir's own handlers; each one is guarded: nothing may throw into node-gtk. */
  #connectSignals(): void {
    if (this.#handlers.length) return
    const g = this.gobject
    this.#handlers = [
      g.connect('connection-opened', guard(() => this.#opened.next())),
      g.connect('connection-closed', guard(() => this.#markClosed())),
    ]
  }

  /**
   * gvir's domain-added/domain-removed handlers are connected only while someone watches
   * {@link domainAdded$}, {@link domainRemoved$} or {@link domains$}: each emission wraps a
   * GVirDomain (a node-gtk wrapper and a Domain), and libvirt-glib emits one per define,
   * undefine and transient start/stop. Unwatched, that was two calls into JS per
   * define+start+stop+delete for nothing (bench/gobject W1).
   */
  #watchingDomains<T>(source: Observable<T>): Observable<T> {
    return new Observable<T>((subscriber) => {
      if (this.#domainWatchers++ === 0) this.#connectDomainSignals()
      const inner = source.subscribe(subscriber)
      return () => {
        inner.unsubscribe()
        if (--this.#domainWatchers === 0) this.#disconnectDomainSignals()
      }
    })
  }

  /**
   * The cache follows every lifecycle event (gvir's event path, registered from open on);
   * while someone watches additions and removals, a call's events are delivered before it
   * resolves (gobject/call.ts afterEvents), as for any subscriber.
   */
  #connectDomainSignals(): void {
    if (this.#unwatchDomains || !this.#release) return
    this.#unwatchDomains = watchSignals()
  }

  #disconnectDomainSignals(): void {
    this.#unwatchDomains?.()
    this.#unwatchDomains = undefined
    // Unwatched, the list is not rebuilt per change: the next watcher rebuilds it.
    if (this.#release) this.#domainsStale = true
  }

  #disconnectSignals(): void {
    for (const id of this.#handlers) this.gobject.disconnect(id)
    this.#handlers = []
    this.#disconnectDomainSignals()
  }

  /** Marks the connection closed once: releases the loop, completes nothing, emits `closed$`. */
  #markClosed(): void {
    if (!this.#release) return
    this.#release()
    this.#release = undefined
    this.#liveness.stop()
    this.#disconnectSignals()
    this.#domainsStale = false
    this.#cache.clear()
    this.#domains.next([])
    void this.#hub?.close()
    this.#closed.next(this.#closeReason)
    this.#ended.next()
    this.#ended.complete()
  }

  /** @internal Emits once the connection is closed, replayed to later subscribers (CallContext). */
  get ended$(): Observable<void> { return this.#ended }

  /**
   * @internal Emits once, then completes, when libvirt-glib removes the domain `uuid` (its
   * `domain-removed`, which libvirt-glib emits after the domain's last signal: a transient
   * domain's `stopped`), or at once when libvirt-glib's cache no longer has it (CallContext).
   * One `domain-removed` handler serves every watcher, connected only while there is one: a
   * UI's per-row `events$` subscriptions complete when their domain goes instead of piling up
   * until `close()` (issue 13).
   */
  domainGone$(uuid: string): Observable<void> {
    return new Observable<void>((subscriber) => {
      const gone = (): void => {
        subscriber.next()
        subscriber.complete()
      }
      if (!this.#release) return
      if (this.#goneWatchers++ === 0) this.#connectGone()
      const sub = this.#gone.subscribe((u) => { if (u === uuid) gone() })
      // Subscribed after the removal: nothing more will come. (A removal still queued on
      // GLib's loop comes through the handler, connected above.)
      let cached = true
      try {
        cached = this.gobject.getDomain(uuid) !== null
      } catch {
        // a closed connection: ended$ completes the subscriber
      }
      if (!cached) gone()
      return () => {
        sub.unsubscribe()
        if (--this.#goneWatchers === 0) this.#disconnectGone()
      }
    })
  }

  #connectGone(): void {
    this.#unwatchGone = watchSignals()
    this.#goneHandler = this.gobject.connect('domain-removed', guard((gdom: LibvirtGObject.Domain) => this.#gone.next(gdom.getUuid())))
  }

  #disconnectGone(): void {
    if (this.#goneHandler !== undefined) {
      try {
        this.gobject.disconnect(this.#goneHandler)
      } catch (err) {
        reportError(err)
      }
    }
    this.#goneHandler = undefined
    this.#unwatchGone?.()
    this.#unwatchGone = undefined
  }

  /** @internal Sees every failure of calls made through this connection; detects a dead libvirtd. */
  noteFailure(err: unknown): void {
    try {
      if (!this.#release) return
      const message = err instanceof Error ? err.message : String(err)
      if (lostConnection.test(message)) {
        // Drop libvirt-glib's handle too (once no other call uses it).
        this.#closeReason = 'eof'
        this.#closing = true
        this.#markClosed()
        this.#closeHandle()
      }
    } catch (e) {
      reportError(e)
    }
  }

  #call<T>(call: Promise<T>): Promise<T> {
    return watched(this, call)
  }

  /**
   * Throws a VirError unless the connection is open. libvirt-glib's getCapabilities and
   * getDomainCapabilities on a closed GVirConnection fail a g_return_if_fail and hand back
   * `null` with no GError (GLib-CRITICAL, then a TypeError here); its fetch* calls say
   * "Connection is not open", and so does gvir.
   */
  #requireOpen(): void {
    if (!this.isOpen) throw notOpen()
  }

  /** @internal The error every call through a closed connection rejects with (see FailureWatcher). */
  closedError(): VirError | undefined {
    return this.#closing ? notOpen() : undefined
  }

  /** The liveness probe's call: async (never blocks the JS thread on a hung daemon) and cheap. */
  #probe(): Promise<unknown> {
    if (!this.isOpen) return Promise.resolve()
    return this.#call(callAsync(this.gobject, 'getCapabilities', [])).then(takeXml)
  }

  /**
   * @internal Whether libvirt answers this connection in-process without I/O (its test
   * driver), so gvir calls libvirt-glib's sync methods on the JS thread: see gobject/call.ts.
   */
  get inProcess(): boolean { return this.#inProcess }

  #wrapDomain(gdom: LibvirtGObject.Domain, uuid?: string): Domain {
    return watchDomain(wrapObject(gdom, Domain), this, uuid)
  }

  /**
   * Building the list wraps every cached domain, and libvirt-glib emits domain-added per
   * define: done eagerly, defining n domains cost O(n²) wraps (1,000 defines: 500,000). So
   * the list is rebuilt only while someone watches {@link domains$}, else marked stale and
   * rebuilt when the next watcher subscribes.
   */
  #refreshDomains(): void {
    if (!this.#domains.observed) {
      this.#domainsStale = true
      return
    }
    this.#domains.next(this.getDomains())
  }

  /** Closes the connection; `closed$` emits. Idempotent. */
  close(): void {
    this.#closing = true
    this.#markClosed()
    this.#closeHandle()
  }

  /**
   * Closes libvirt-glib's handle once no call made through this connection is still in a
   * thread (libvirt-glib's GTask threads, gvir's worker): closing it under one frees the
   * virConnect that thread is using. Measured with the liveness probe in flight: libvirt
   * printed "Object … is not a virObjectLockable instance", a read of freed memory.
   */
  #closeHandle(): void {
    if (this.#inFlight.size > 0) {
      void Promise.allSettled([...this.#inFlight]).then(() => this.#closeHandle())
      return
    }
    try {
      // gvir's own handle: libvirt-glib's close would deregister a callback it never registered (gvir_events.c).
      if (this.gobject.isOpen() && nativeEvents().detachHandle(nodeGtkSystem().addressOf(this.gobject))) this.gobject.close()
      else if (this.gobject.isOpen()) this.gobject.close()
    } catch (err) {
      reportError(err)
    }
  }

  /** @internal Sees each async call made through this connection while it is in flight (see {@link close}). */
  track(call: Promise<unknown>): void {
    this.#inFlight.add(call)
    const done = () => { this.#inFlight.delete(call) }
    call.then(done, done)
  }

  /** Whether the connection is open: false from {@link close} on, even while calls made before it finish. */
  get isOpen(): boolean { return !this.#closing && this.gobject.isOpen() }
  /** Whether the connection was opened read-only. */
  get isReadOnly(): boolean { return this.#readOnly }
  /** The URI this connection was opened with. */
  get uri(): string { return this.gobject.getUri() }

  /** Emits when libvirt-glib opens the connection. */
  get opened$(): Observable<void> { return this.#opened.asObservable() }
  /**
   * Emits once when the connection closes, with why: `client` for {@link close}; libvirt's
   * own reason from its close callback on a daemon (`eof` when the daemon died, at once;
   * `keepalive` when it stopped answering, see {@link ConnectionOpenOptions.keepAlive};
   * `error`); `eof` when a call failed because libvirtd went away. While it has subscribers
   * the daemon is also probed (see {@link ConnectionOpenOptions.probeIntervalMs}), the
   * fallback where libvirt cannot tell.
   */
  get closed$(): Observable<ConnectionCloseReason> { return probedWhileWatched(this.#closed.asObservable(), this.#liveness) }
  /** A domain was defined or a transient one started. */
  get domainAdded$(): Observable<Domain> { return probedWhileWatched(this.#watchingDomains(this.#added.asObservable()), this.#liveness) }
  /** A domain was undefined, or a transient one stopped; emitted once per domain. */
  get domainRemoved$(): Observable<Domain> { return probedWhileWatched(this.#watchingDomains(this.#removed.asObservable()), this.#liveness) }
  /**
   * The live list of domains: replays the current list to each new subscriber, then
   * emits a new list after every fetch, addition and removal. Empty before {@link fetchDomains}.
   */
  get domains$(): Observable<Domain[]> {
    const current = defer(() => {
      if (this.#domainsStale) {
        this.#domainsStale = false
        this.#domains.next(this.getDomains())
      }
      return this.#domains
    })
    const list = current.pipe(distinctUntilChanged((a, b) => a.length === b.length && a.every((d, i) => d === b[i])))
    return probedWhileWatched(this.#watchingDomains(list), this.#liveness)
  }

  /**
   * Refreshes the domain cache that {@link getDomains} reads.
   * libvirt-glib builds new GVirDomain objects on each fetch, so Domain objects got before
   * stay usable for calls but receive no more events: take them again from getDomains().
   */
  async fetchDomains(options: CallOptions = {}): Promise<void> {
    const hub = this.#hub
    const [, split] = await Promise.all([
      invoke(this, this.gobject, 'fetchDomains', [], options),
      hub && !hub.closed ? this.#call(this.#inProcess ? Promise.resolve().then(() => nativeEvents().listTransient(hub.token, false)) : nativeEvents().listTransient(hub.token, true)) : '|',
    ])
    const [transient = '', active = ''] = split.split('|')
    const uuidsOf = (joined: string) => new Set(Array.from({ length: joined.length / 36 }, (_, i) => joined.slice(i * 36, i * 36 + 36)))
    const fetched = cachedList(() => this.gobject.getDomains())
    const uuids = fetched.map((g) => g.getUuid())
    this.#cache.replace(uuids, (i) => this.#wrapDomain(fetched[i]!, uuids[i]), uuidsOf(transient), uuidsOf(active))
    for (const uuid of uuids) this.#hub?.revive(uuid)
    this.#refreshDomains()
  }

  /** Refreshes the storage pool cache. */
  async fetchStoragePools(options: CallOptions = {}): Promise<void> {
    await invoke(this, this.gobject, 'fetchStoragePools', [], options)
  }

  /** Refreshes the network cache. */
  async fetchNetworks(options: CallOptions = {}): Promise<void> {
    await invoke(this, this.gobject, 'fetchNetworks', [], options)
  }

  /** Refreshes the host interface cache. */
  async fetchInterfaces(options: CallOptions = {}): Promise<void> {
    await invoke(this, this.gobject, 'fetchInterfaces', [], options)
  }

  /**
   * Every domain of the hypervisor with its name, UUID, id and state, read from libvirt
   * itself (libvirt's `virConnectListAllDomains`) rather than from libvirt-glib's cache. It
   * builds no GVirDomain, no node-gtk wrapper and no {@link Domain} per row and leaves the
   * cache alone: the cheap way to show a list with states (bench/gobject W2). To act on a
   * row, take its Domain from the cache, e.g. `conn.getDomain(row.uuid)` after {@link fetchDomains}.
   *
   * Runs on a worker thread of libvirt's pool (libuv's), so a daemon's round trips never
   * hold up the JS thread; there it reads the states with three filtered listings, four round
   * trips in all whatever the number of domains. On the in-process test driver it runs on the
   * JS thread, as gvir's other calls there do (gobject/call.ts): nothing travels.
   *
   * Rejects with a VirError when the connection is closed or libvirt fails, and with an
   * `AbortError` when `options.signal` aborts first (a listing under way runs to its end on
   * its thread; its rows are dropped).
   * @example
   * for (const { name, state } of await conn.listAllDomains()) console.log(name, state)
   */
  async listAllDomains(options: CallOptions = {}): Promise<DomainSummary[]> {
    checkOptions(options, 'Connection.listAllDomains')
    if (options.signal?.aborted) throw abortError(options.signal)
    this.#requireOpen()
    // Either way the listing reports itself to monitor$ once (glib/threaded.ts).
    const rows = this.#inProcess
      ? await this.#call(Promise.resolve().then(() => listDomainsSync(this.gobject)))
      : await this.#call(listDomainsInThread(this.gobject, { signal: options.signal, byFilters: true }))
    return rows.map(toDomainSummary)
  }

  /** The domains of the cache (from the last {@link fetchDomains}, kept current by events). */
  getDomains(): Domain[] {
    deliverPending()
    return this.#cache.list()
  }
  /** The cached domain with this UUID. */
  getDomain(uuid: string): Domain | undefined {
    // C would look up the UUID cut at the NUL; no UUID contains one.
    if (hasNul(uuid)) return undefined
    deliverPending()
    return this.#cache.get(uuid)
  }
  /** The cached running domain with this id. */
  findDomainById(id: number): Domain | undefined {
    // C's int would turn 1.5 or 2^32 + 1 into 1, another domain's id.
    if (!Number.isInteger(id) || id < 0 || id > 0x7fffffff) return undefined
    deliverPending()
    return this.#cache.list().find((d) => d.id === id)
  }
  /** The cached domain with this name. */
  findDomainByName(name: string): Domain | undefined {
    // C would find the domain named by what precedes the NUL; no name contains one.
    if (hasNul(name)) return undefined
    deliverPending()
    return this.#cache.list().find((d) => d.name === name)
  }

  /**
   * The storage pools of the cache (from the last {@link fetchStoragePools}; none before).
   * Like domains, each fetch builds new GVirStoragePool objects: take pools again after one.
   */
  getStoragePools(): StoragePool[] {
    return cachedList(() => this.gobject.getStoragePools()).map((p) => this.#own(p, StoragePool))
  }
  /** The cached storage pool with this UUID. */
  getStoragePool(uuid: string): StoragePool | undefined {
    return this.#lookup(uuid, (u) => this.gobject.getStoragePool(u), StoragePool)
  }
  /** The cached storage pool with this name. */
  findStoragePoolByName(name: string): StoragePool | undefined {
    return this.#lookup(name, (n) => this.gobject.findStoragePoolByName(n), StoragePool)
  }

  /** The virtual networks of the cache (from the last {@link fetchNetworks}; none before). */
  getNetworks(): Network[] {
    return cachedList(() => this.gobject.getNetworks()).map((n) => canonicalNetwork(this, n))
  }
  /** The cached network with this UUID. */
  getNetwork(uuid: string): Network | undefined {
    return this.#lookupNetwork(uuid, (u) => this.gobject.getNetwork(u))
  }
  /** The cached network with this name. */
  findNetworkByName(name: string): Network | undefined {
    return this.#lookupNetwork(name, (n) => this.gobject.findNetworkByName(n))
  }

  /** A network cache lookup; the one Network per UUID (gobject/canonical.ts). */
  #lookupNetwork(key: string, find: (key: string) => LibvirtGObject.Network | null): Network | undefined {
    if (typeof key !== 'string' || hasNul(key)) return undefined
    const found = find(key)
    return found ? canonicalNetwork(this, found) : undefined
  }

  /** The host interfaces of the cache (from the last {@link fetchInterfaces}; none before). */
  getInterfaces(): Interface[] {
    return cachedList(() => this.gobject.getInterfaces()).map((i) => this.#own(i, Interface))
  }
  /** The cached host interface with this name (e.g. `eth0`). */
  getInterface(name: string): Interface | undefined {
    return this.#lookup(name, (n) => this.gobject.getInterface(n), Interface)
  }
  /** The cached host interface with this MAC address. */
  findInterfaceByMac(mac: string): Interface | undefined {
    return this.#lookup(mac, (m) => this.gobject.findInterfaceByMac(m), Interface)
  }

  /** Wraps an object this connection handed out, so its calls follow this connection. */
  #own<G extends AnyGObject, C extends GvirObject<G>>(gobj: G, cls: GvirClass<G, C>): C {
    return adopt(wrapObject(gobj, cls), this)
  }

  /** A cache lookup by a string key; nothing for a key with a NUL, which C would read cut short. */
  #lookup<G extends AnyGObject, C extends GvirObject<G>>(key: string, find: (key: string) => G | null, cls: GvirClass<G, C>): C | undefined {
    if (typeof key !== 'string' || hasNul(key)) return undefined
    const found = find(key)
    return found ? this.#own(found, cls) : undefined
  }

  /**
   * Defines a persistent storage pool from `config` (a gconfig `StoragePool` or its XML);
   * it is not started. Off the JS thread through a daemon (a worker thread), on it in-process.
   * @example
   * const pool = await conn.createStoragePool(`<pool type='dir'><name>images</name><target><path>/srv/images</path></target></pool>`)
   * await pool.start()
   */
  createStoragePool(config: ConfigInput, options: CallOptions = {}): Promise<StoragePool> {
    return invokeWithConfig(this, options, gi().LibvirtGConfig.StoragePool, config, 'the storage pool configuration',
      (conf) => this.#own(this.gobject.createStoragePool(conf, 0), StoragePool),
      // libvirt-glib cached the new pool under its UUID on the worker.
      (xml) => ({ target: this.gobject, call: 'createStoragePool', extra: xml, decode: (uuid) => this.#cached(this.gobject.getStoragePool(uuid as string), StoragePool, uuid as string) }))
  }

  /** The object libvirt-glib cached under `key` after a worker-thread call made it. */
  #cached<G extends AnyGObject, C extends GvirObject<G>>(gobj: G | null, cls: GvirClass<G, C>, key: string): C {
    if (!gobj) throw new VirError(`libvirt-glib did not cache the object it made (${key})`, { code: VirErrorCode.VIR_ERR_INTERNAL_ERROR })
    return this.#own(gobj, cls)
  }

  /**
   * A new libvirt data stream for one transfer: give it to `StorageVol.upload`/`download`,
   * `Domain.screenshot` or `Domain.openConsole` (they make one themselves when given none).
   */
  getStream(options: CallOptions = {}): Promise<Stream> {
    return invokeSync(this, options, () => this.newStream())
  }

  /** @internal A new stream, synchronously (virStreamNew only allocates); a VirError when closed. */
  newStream(): Stream {
    this.#requireOpen()
    // libvirt-glib returns NULL with a GLib-CRITICAL, no GError, when its handle is gone.
    const g = this.gobject.getStream(0) as LibvirtGObject.Stream | null
    if (!g) throw notOpen()
    return this.#own(g, Stream)
  }

  /** The hypervisor's name (`'QEMU'`, `'Test'`…). Off the JS thread through a daemon (a worker thread), on it in-process. */
  getHypervisorName(options: CallOptions = {}): Promise<string> {
    return invokeBlocking(this, options, () => this.gobject.getHypervisorName(), { target: this.gobject, call: 'getHypervisorName', decode: (name) => name as string })
  }

  /**
   * The hypervisor's version: `String(v)` is what `virsh version` prints (`'0.0.2'` for the
   * test driver, where the bare number is 2), `v.number` libvirt's
   * `major * 1,000,000 + minor * 1,000 + micro`. Off the JS thread through a daemon (a worker
   * thread), on it in-process.
   */
  getVersion(options: CallOptions = {}): Promise<Version> {
    return invokeBlocking(this, options, () => toVersion(Number(this.gobject.getVersion())), { target: this.gobject, call: 'getVersion', decode: (row) => toVersion((row as [number])[0]) })
  }

  /** The host's CPU and memory. Off the JS thread through a daemon (a worker thread), on it in-process. */
  getNodeInfo(options: CallOptions = {}): Promise<NodeInfo> {
    const info = (model: string, memory: number, cpus: number, mhz: number, nodes: number, sockets: number, cores: number, threads: number): NodeInfo =>
      ({ model, memory: memory * 1024, cpus, mhz, nodes, sockets, cores, threads })
    return invokeBlocking(this, options, () => {
      const n = this.gobject.getNodeInfo()
      return info(cString(n.model), Number(n.memory), n.cpus, n.mhz, n.nodes, n.sockets, n.cores, n.threads)
    }, { target: this.gobject, call: 'getNodeInfo', decode: (row) => info(...(row as [string, number, number, number, number, number, number, number])) })
  }

  /**
   * The host's capabilities as a gconfig `Capabilities`, from libvirt's own text
   * (virConnectGetCapabilities on libvirt-glib's handle): off the JS thread through a daemon
   * (a worker thread), on it in-process.
   */
  async getCapabilities(options: CallOptions = {}): Promise<Capabilities> {
    this.#requireOpen()
    const xml = await invokeBlocking(this, options, () => runSync(this.gobject, 'getCapabilitiesXml') as string,
      { target: this.gobject, call: 'getCapabilitiesXml', decode: (text) => text as string })
    return Capabilities.fromXml(xml)
  }

  /** What a domain can use on this host (emulator, machine types, devices), as a gconfig `DomainCapabilities`. */
  async getDomainCapabilities(options: DomainCapabilitiesOptions = {}): Promise<DomainCapabilities> {
    checkOptions(options, 'Connection.getDomainCapabilities')
    this.#requireOpen()
    const { emulatorbin = null, arch = null, machine = null, virttype = null } = options
    const conf = await invoke(this, this.gobject, 'getDomainCapabilities', [emulatorbin, arch, machine, virttype, 0], options)
    return DomainCapabilities.fromXml(takeXml(conf))
  }

  /**
   * Defines a persistent domain from `config` (a gconfig `Domain` or its XML). libvirt-glib
   * has only a blocking form: on the in-process driver it runs on the JS thread, on any
   * other connection on a worker thread, so a slow libvirtd never freezes the JS thread.
   */
  createDomain(config: ConfigInput, options: CallOptions = {}): Promise<Domain> {
    if (!this.#inProcess) return this.#domainInThread('createDomain', 0, config, options)
    return invokeSync(this, options, () => withGConfig(gi().LibvirtGConfig.Domain, config, (conf) => this.#adoptMade(this.gobject.createDomain(conf), true, false)))
  }

  /**
   * Creates and starts a transient domain from `config`. Blocking in libvirt-glib: runs
   * on the JS thread in-process, on a worker thread otherwise (see {@link createDomain}).
   */
  startDomain(config: ConfigInput, options: StartDomainOptions = {}): Promise<Domain> {
    const bad = optionsError(options, 'Connection.startDomain')
    if (bad) return Promise.reject(bad)
    const flags = (options.paused ? 1 : 0) | (options.autodestroy ? 2 : 0)
    if (!this.#inProcess) return this.#domainInThread('startDomain', flags, config, options)
    return invokeSync(this, options, () => withGConfig(gi().LibvirtGConfig.Domain, config, (conf) => this.#adoptMade(this.gobject.startDomain(conf, flags), false, true)))
  }

  /**
   * `call` on a worker thread, then the Domain of libvirt-glib's own GVirDomain: the worker
   * only asks libvirt (see glib/native/gvir_thread.c for why it cannot use libvirt-glib's
   * call), and libvirt-glib caches the domain when its `defined` or `started` event arrives
   * on this thread — often before the reply, else soon after.
   */
  #domainInThread(call: ConnectionThreadCall, flags: number, config: ConfigInput, options: CallOptions): Promise<Domain> {
    let xml: string
    try {
      xml = threadXml(config, 'the domain configuration')
    } catch (err) {
      return Promise.reject(toVirError(err))
    }
    return this.#call(callInThread(this.gobject, call, flags, xml, options).then((uuid) => this.#cachedDomain(uuid)))
  }

  /**
   * Waits for libvirt-glib's cache to hold domain `uuid`, for at most
   * {@link DOMAIN_EVENT_WAIT_MS}, and wraps it. Polled, not only awaited through
   * `domain-added`: a redefined domain libvirt-glib had not cached arrives with `updated`.
   * Past the wait (no events from this driver?) a fetch fills the cache.
   */
  async #cachedDomain(uuid: string): Promise<Domain> {
    const deadline = performance.now() + DOMAIN_EVENT_WAIT_MS
    let dom = this.#cache.get(uuid)
    while (!dom && performance.now() < deadline && this.isOpen) {
      await sleep(DOMAIN_EVENT_POLL_MS)
      dom = this.#cache.get(uuid)
    }
    if (!dom && this.isOpen) {
      await this.fetchDomains()
      dom = this.#cache.get(uuid)
    }
    // Only a domain already gone again (a transient one that stopped at once) is missing now.
    if (!dom) throw new VirError(`Domain not found: domain ${uuid} went away before it could be returned`, { code: VirErrorCode.VIR_ERR_NO_DOMAIN })
    return dom
  }

  /** A domain libvirt-glib's createDomain/startDomain made (in-process): into gvir's cache before its event comes. */
  #adoptMade(gdom: LibvirtGObject.Domain, persistent: boolean, active: boolean): Domain {
    return this.#cache.put(gdom.getUuid(), this.#wrapDomain(gdom), persistent, active)
  }

  /** Restores a domain saved with `Domain.saveToFile()`. */
  async restoreDomainFromFile(filename: string, options: RestoreDomainOptions = {}): Promise<void> {
    checkOptions(options, 'Connection.restoreDomainFromFile')
    recordLibvirtErrors()
    const run = (conf: Parameters<LibvirtGObject.Connection['restoreDomainFromFile']>[1]) =>
      callAsync(this.gobject, 'restoreDomainFromFile', [filename, conf, 0], options)
    await this.#call(options.config === undefined ? run(null) : withGConfig(gi().LibvirtGConfig.Domain, options.config, run))
  }

  // ---- beyond libvirt-glib: libvirt's own calls on the connection's handle (gvir_ops_beyond.c, gobject/host-objects.ts) ----

  /**
   * The host's devices (virConnectListAllNodeDevices), of `options.cap` when given, as
   * virsh nodedev-list --cap. Each is libvirt-glib's GVirNodeDevice; `===` holds across
   * listings and lookups. Off the JS thread through a daemon, on it in-process.
   * @example
   * const pcis = await conn.listNodeDevices({ cap: 'pci' })
   */
  listNodeDevices(options: ListNodeDevicesOptions = {}): Promise<NodeDevice[]> { return listNodeDevices(this, options) }
  /** The node device called `name` (virNodeDeviceLookupByName); rejects with VIR_ERR_NO_NODE_DEVICE when there is none. */
  findNodeDevice(name: string, options: CallOptions = {}): Promise<NodeDevice> { return findNodeDevice(this, name, options) }
  /** Every secret (virConnectListAllSecrets; gvir never reads their values). */
  listSecrets(options: CallOptions = {}): Promise<Secret[]> { return listSecrets(this, options) }
  /** The secret with this UUID; rejects with VIR_ERR_NO_SECRET when there is none. */
  findSecretByUuid(uuid: string, options: CallOptions = {}): Promise<Secret> { return findSecretByUuid(this, uuid, options) }
  /** The secret for `usageId` (a volume's path, a ceph or iscsi name, a tls or vtpm name) of `usageType`; VIR_ERR_NO_SECRET when none. */
  findSecretByUsage(usageType: SecretUsageType, usageId: string, options: CallOptions = {}): Promise<Secret> { return findSecretByUsage(this, usageType, usageId, options) }
  /** Every network filter (virConnectListAllNWFilters). */
  listNetworkFilters(options: CallOptions = {}): Promise<NetworkFilter[]> { return listNetworkFilters(this, options) }
  /** The network filter called `name`; rejects with VIR_ERR_NO_NWFILTER when there is none. */
  findNetworkFilterByName(name: string, options: CallOptions = {}): Promise<NetworkFilter> { return findNetworkFilterByName(this, name, options) }

  /**
   * Every network as libvirt lists it now, active and inactive (virConnectListAllNetworks),
   * not libvirt-glib's cache; {@link networks$} emits the list too. A Network is the same
   * object here, in {@link getNetworks} and in {@link networks$} (one per UUID).
   */
  async listAllNetworks(options: CallOptions = {}): Promise<Network[]> {
    const list = await listAllNetworks(this, options)
    this.#networkList.next(list)
    return list
  }

  /** Defines a persistent network from `config` (a gconfig `Network` or its XML), not started (virNetworkDefineXML, virsh net-define). */
  createNetwork(config: ConfigInput, options: CallOptions = {}): Promise<Network> { return networkFromConfig(this, 'virNetworkDefineXML', config, options) }
  /** Creates and starts a transient network from `config` (virNetworkCreateXML, virsh net-create). */
  startNetwork(config: ConfigInput, options: CallOptions = {}): Promise<Network> { return networkFromConfig(this, 'virNetworkCreateXML', config, options) }

  readonly #networkList = new BehaviorSubject<Network[] | undefined>(undefined)
  #networksWatched = false

  /**
   * The live list of networks: libvirt's listing when the first subscriber comes, then a
   * new one after every network gvir defines, starts, stops or undefines, and after each
   * {@link listAllNetworks}. Changes made outside gvir show at the next of those.
   */
  get networks$(): Observable<Network[]> {
    if (!this.#networksWatched) {
      this.#networksWatched = true
      onChanged(this, 'network', () => { if (this.#networkList.observed && this.isOpen) this.listAllNetworks().catch(reportError) })
    }
    return defer(() => {
      if (this.#networkList.value === undefined && this.isOpen) this.listAllNetworks().catch((err: unknown) => this.#networkList.error(err))
      return this.#networkList
    }).pipe(filter((l): l is Network[] => l !== undefined),
      distinctUntilChanged((a, b) => a.length === b.length && a.every((n, i) => n === b[i])))
  }

  /** Creates and starts a transient storage pool from `config` (virStoragePoolCreateXML, virsh pool-create). */
  startStoragePool(config: ConfigInput, options: CallOptions = {}): Promise<StoragePool> { return startStoragePool(this, config, options) }
  /** The storage pool types this host supports, as libvirt's XML (virConnectGetStoragePoolCapabilities, virsh pool-capabilities). */
  getStoragePoolCapabilities(options: CallOptions = {}): Promise<string> { return getStoragePoolCapabilities(this, options) }
  /**
   * The sources a pool of `type` (`'logical'`, `'netfs'`, `'iscsi'`…) could use, found by
   * libvirt (virConnectFindStoragePoolSources, virsh pool-find-sources), as libvirt's
   * `<sources>` XML; `spec` is the `<source>` XML some types need (a host to probe).
   */
  findStoragePoolSources(type: string, spec?: string, options: CallOptions = {}): Promise<string> { return findStoragePoolSources(this, type, spec, options) }

  /**
   * Statistics of every domain (or of `options.domains`) in one bulk call
   * (virConnectGetAllDomainStats / virDomainListGetStats): libvirt's typed parameters under
   * libvirt's own names ('state.state', 'cpu.time', 'balloon.current', 'block.0.rd.bytes'…),
   * 64-bit ones as BigInts, as python-libvirt gives them. Off the JS thread through a daemon.
   * Each record's `domain` is the cached Domain of {@link getDomains} (or the one given in
   * `options.domains`); when libvirt reports a domain the cache lacks (no {@link fetchDomains}
   * yet), gvir fetches once, which, as any fetch, builds new Domain objects: fetch first.
   * @example
   * for (const { domain, stats } of await conn.getAllDomainStats({ groups: ['state', 'cpu-total'] })) console.log(domain.name, stats['cpu.time'])
   */
  async getAllDomainStats(options: DomainStatsOptions<Domain> = {}): Promise<DomainStatsRecord<Domain>[]> {
    checkOptions(options, 'Connection.getAllDomainStats')
    if (options.signal?.aborted) throw abortError(options.signal)
    this.#requireOpen()
    const records = await bulkStats(this, this.gobject, groupFlags(options.groups), options.domains, options)
    const given = new Map((options.domains ?? []).map((d) => [d.uuid, d]))
    const missing = records.some(([uuid]) => !given.has(uuid) && !this.getDomain(uuid))
    // libvirt-glib's cache is empty before a fetch: fill it once rather than drop records.
    if (missing) await this.fetchDomains(options)
    const out: DomainStatsRecord<Domain>[] = []
    for (const [uuid, stats] of records) {
      const domain = given.get(uuid) ?? this.getDomain(uuid)
      if (domain) out.push({ domain, stats })
    }
    return out
  }

  // libvirt calls libvirt-glib lacks (gobject/host-extra.ts): off the JS thread through a daemon, on it in-process.

  /** The host's name (virConnectGetHostname). */
  getHostname(options: CallOptions = {}): Promise<string> {
    return hostExtra.getHostname(this, options)
  }

  /** The host's SMBIOS information as libvirt's `<sysinfo>` XML (virConnectGetSysinfo). */
  getSysinfo(options: CallOptions = {}): Promise<string> {
    return hostExtra.getSysinfo(this, options)
  }

  /** The canonical URI of the connection, as libvirt names it (virConnectGetURI). */
  getUri(options: CallOptions = {}): Promise<string> {
    return hostExtra.getUri(this, options)
  }

  /** libvirt's library version here and at the other end (virGetVersion, virConnectGetLibVersion). */
  getLibVersion(options: CallOptions = {}): Promise<hostExtra.LibvirtVersions> {
    return hostExtra.getLibvirtVersions(this, options)
  }

  /** The host's security model, or `null` when it has none (virNodeGetSecurityModel). */
  getSecurityModel(options: CallOptions = {}): Promise<hostExtra.SecurityModel | null> {
    return hostExtra.getSecurityModel(this, options)
  }
}
