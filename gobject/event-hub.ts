/**
 * One connection's share of gvir's event path (glib/events.ts): counts subscribers per
 * libvirt event kind, registers a kind with libvirt when its first subscriber comes and
 * deregisters it with the last, and hands each batch's records to the domains (by UUID) and
 * connection-level listeners that want them.
 *
 * Why per connection and kind, not per domain: `events$` on 8,000 domains through
 * libvirt-glib's signals connected 192,000 GObject handlers (2.3 s, +18.5 MiB per 1,000
 * domains, issue #16); here a domain's subscription is one listener in an array under its
 * UUID, and libvirt sees at most one registration per kind however many domains listen.
 * @module
 */
// rxjs's pieces, not its index (test/package/startup: the index loads 224 modules).
import { Observable } from 'rxjs/internal/Observable'
import { config } from 'rxjs/internal/config'
import { hold, reportError, type Release } from '../glib/index.js'
import { EVENT_KIND_COUNT, EventKind, type EventRecord, nativeEvents } from '../glib/events.js'
import { watchSignals } from '../glib/signal.js'
import type { DomainAnyEvent } from './domain-events.js'
import { decodeDomainEvent } from './event-decode.js'
import { nodeGtkSystem, type LibvirtGObject } from '../lib/gi.js'

/** One subscription to a domain's events. */
interface DomainListener {
  /** Bit k set: wants records of kind k. */
  readonly mask: number
  /** Only events of this `type` (a per-type Observable), or every type. */
  readonly type: string | undefined
  readonly next: (e: DomainAnyEvent) => void
  readonly complete: () => void
}

/** One listener of a connection-level kind (networks, pools, node devices, secrets, close). */
interface RecordListener {
  readonly kinds: readonly number[]
  readonly next: (rec: EventRecord) => void
  readonly complete: () => void
}

const hubs = new Map<number, EventHub>()
let sinkSet = false

/** The native sink: one call per GLib dispatch with every record of it. */
function sink(batch: EventRecord[]): void {
  for (const rec of batch) {
    const hub = hubs.get(rec[0])
    if (!hub) continue
    try {
      hub.deliver(rec)
    } catch (err) {
      reportError(err)
    }
  }
}

/** rxjs's own hook for a subscriber that throws: gvir's reporter unless the app set one. */
function routeUnhandledErrors(): void {
  if (config.onUnhandledError == null) config.onUnhandledError = (err) => reportError(err)
}

/** One connection's registrations and listeners. */
export class EventHub {
  readonly #token: number
  readonly #inThread: boolean
  readonly #counts = new Int32Array(EVENT_KIND_COUNT)
  /** Pinned kinds: registered for the connection's own use (lifecycle on a daemon, close), whatever the subscribers. */
  readonly #pinned = new Uint8Array(EVENT_KIND_COUNT)
  #chain: Promise<void> = Promise.resolve()
  /** Listeners by domain UUID; each array is replaced, never changed, so a delivery walks a snapshot. */
  readonly #domains = new Map<string, readonly DomainListener[]>()
  #records: readonly RecordListener[] = []
  #listeners = 0
  /** Domain subscriptions per kind mask: a mask's kinds are counted once, not per domain (8,000 events$ subscriptions: one count each of 22 kinds). */
  readonly #masks = new Map<number, number>()
  /** UUIDs of domains the connection's cache removed: their subscribers complete at once. */
  readonly #gone = new Set<string>()
  #release?: Release
  #unwatch?: () => void
  #closed = false
  #errors: string[] = []

  /**
   * @param gconn the open GVirConnection whose libvirt handle gvir registers on
   * @param inThread register through gvir's worker thread (a daemon: each registration is a round trip)
   */
  constructor(gconn: LibvirtGObject.Connection, inThread: boolean) {
    const native = nativeEvents()
    if (!sinkSet) {
      native.setSink(sink)
      sinkSet = true
    }
    routeUnhandledErrors()
    this.#token = native.open(nodeGtkSystem().addressOf(gconn))
    this.#inThread = inThread
    hubs.set(this.#token, this)
  }

  /** @internal The native token, for keepAlive. */
  get token(): number { return this.#token }

  /** Whether close() ran. */
  get closed(): boolean { return this.#closed }

  /** libvirt's refusals so far (a driver without some event kind), for diagnostics. */
  get errors(): readonly string[] { return this.#errors }

  /** Resolves once every registration asked for so far is in place (or refused). */
  settled(): Promise<void> { return this.#chain }

  /** Registers `kinds` for good (until close), whatever the subscribers. */
  pin(kinds: readonly number[]): Promise<void> {
    const fresh = kinds.filter((k) => !this.#pinned[k])
    for (const k of fresh) this.#pinned[k] = 1
    const add = fresh.filter((k) => this.#counts[k] === 0)
    if (add.length) this.#job(add, true)
    return this.#chain
  }

  #job(kinds: number[], add: boolean): void {
    if (this.#closed || kinds.length === 0) return
    const native = nativeEvents()
    const note = (res: unknown) => {
      const arr = res as (number | string | null)[]
      const err = arr[arr.length - 1]
      if (add && typeof err === 'string') this.#errors.push(err)
    }
    if (!this.#inThread) {
      note(add ? native.register(this.#token, kinds, false) : native.deregister(this.#token, kinds, false))
      return
    }
    this.#chain = this.#chain.then(() => {
      if (this.#closed) return undefined
      return (add ? native.register(this.#token, kinds, true) : native.deregister(this.#token, kinds, true) as Promise<unknown>).then(note)
    }).catch(reportError)
  }

  #acquire(kinds: readonly number[]): void {
    const add: number[] = []
    for (const k of kinds) if (this.#counts[k]++ === 0 && !this.#pinned[k]) add.push(k)
    this.#job(add, true)
    this.#hold()
  }

  #releaseKinds(kinds: readonly number[]): void {
    const drop: number[] = []
    for (const k of kinds) if (--this.#counts[k] === 0 && !this.#pinned[k]) drop.push(k)
    this.#job(drop, false)
    this.#unhold()
  }

  /** One more listener: the first holds the loop and counts as a signal watcher (gobject/call.ts afterEvents). */
  #hold(): void {
    if (this.#listeners++ === 0) {
      this.#release = hold()
      this.#unwatch = watchSignals()
    }
  }

  #unhold(): void {
    if (--this.#listeners === 0) {
      this.#release?.()
      this.#unwatch?.()
      this.#release = this.#unwatch = undefined
    }
  }

  /**
   * The events of the domain `uuid` of the given kinds (and only `type`, when given): the
   * kinds are registered while at least one subscriber is there. Completes at close().
   */
  domainEvents<T extends DomainAnyEvent>(uuid: string, kinds: readonly number[], type?: string): Observable<T> {
    let mask = 0
    for (const k of kinds) mask |= 1 << k
    return new Observable<T>((subscriber) => {
      if (this.#closed || this.#gone.has(uuid)) {
        subscriber.complete()
        return undefined
      }
      const listener: DomainListener = { mask, type, next: (e) => subscriber.next(e as T), complete: () => subscriber.complete() }
      const list = this.#domains.get(uuid)
      this.#domains.set(uuid, list ? [...list, listener] : [listener])
      const count = this.#masks.get(mask) ?? 0
      this.#masks.set(mask, count + 1)
      if (count === 0) this.#acquire(kinds)
      else this.#hold()
      return () => {
        const list = this.#domains.get(uuid)
        if (!list?.includes(listener)) return
        const rest = list.length === 1 ? [] : list.filter((l) => l !== listener)
        if (rest.length) this.#domains.set(uuid, rest)
        else this.#domains.delete(uuid)
        const left = (this.#masks.get(mask) ?? 1) - 1
        if (left === 0) {
          this.#masks.delete(mask)
          this.#releaseKinds(kinds)
        } else {
          this.#masks.set(mask, left)
          this.#unhold()
        }
      }
    })
  }

  /** The records of connection-level `kinds`, made into values by `project` (`undefined`: skipped). */
  records<T>(kinds: readonly number[], project: (rec: EventRecord) => T | undefined): Observable<T> {
    return new Observable<T>((subscriber) => {
      if (this.#closed) {
        subscriber.complete()
        return undefined
      }
      const listener: RecordListener = {
        kinds,
        next: (rec) => {
          const v = project(rec)
          if (v !== undefined) subscriber.next(v)
        },
        complete: () => subscriber.complete(),
      }
      this.#records = [...this.#records, listener]
      this.#acquire(kinds)
      return () => {
        if (!this.#records.includes(listener)) return
        this.#records = this.#records.filter((l) => l !== listener)
        this.#releaseKinds(kinds)
      }
    })
  }

  /** Hands one record to its listeners (the sink's call). */
  deliver(rec: EventRecord): void {
    if (this.#closed) return
    const kind = rec[1]
    if (kind < EventKind.networkLifecycle) {
      const list = this.#domains.get(rec[2] ?? '')
      if (list) {
        const bit = 1 << kind
        let event: DomainAnyEvent | null | undefined
        for (const l of list) {
          if ((l.mask & bit) === 0) continue
          event ??= decodeDomainEvent(rec)
          if (event === null) break
          if (l.type !== undefined && l.type !== event.type) continue
          try { l.next(event) } catch (err) { reportError(err) }
        }
      }
    }
    for (const l of this.#records) {
      if (!l.kinds.includes(kind)) continue
      try { l.next(rec) } catch (err) { reportError(err) }
    }
    this.onRecord?.(rec)
  }

  /**
   * The domain `uuid` left the connection (undefined, or a transient domain stopped): its
   * subscribers complete, after the event that removed it, and later ones at once, until
   * {@link revive}.
   */
  ended(uuid: string): void {
    this.#gone.add(uuid)
    for (const l of this.#domains.get(uuid) ?? []) {
      try { l.complete() } catch (err) { reportError(err) }
    }
  }

  /** A domain of that UUID is back (defined again): its events flow to new subscribers. */
  revive(uuid: string): void {
    this.#gone.delete(uuid)
  }

  /** @internal The connection's own look at every record (the close callback, the domain cache). */
  onRecord?: (rec: EventRecord) => void

  /**
   * Stops delivery at once (nothing more reaches a listener, not even what is queued), completes
   * every listener, and drops the registrations and gvir's reference to libvirt's connection
   * (on the worker thread for a daemon). Resolves when libvirt has them all dropped.
   */
  close(): Promise<void> {
    if (this.#closed) return this.#chain
    this.#closed = true
    hubs.delete(this.#token)
    const native = nativeEvents()
    if (this.#inThread) {
      // close() marks the token closed synchronously, before the worker drops the registrations.
      const closing = native.close(this.#token, [], true) as Promise<unknown>
      this.#chain = this.#chain.then(() => closing).then(() => undefined, reportError)
    } else {
      native.close(this.#token, [], false)
    }
    const domains = [...this.#domains.values()].flat()
    const records = this.#records
    this.#domains.clear()
    this.#records = []
    for (const l of [...domains, ...records]) {
      try { l.complete() } catch (err) { reportError(err) }
    }
    this.#counts.fill(0)
    this.#masks.clear()
    this.#listeners = 0
    this.#release?.()
    this.#unwatch?.()
    this.#release = this.#unwatch = undefined
    return this.#chain
  }
}
