/**
 * A connection's domains as gvir keeps them: by UUID, with whether each is persistent and
 * running, kept current by libvirt's lifecycle events from gvir's own event path.
 *
 * Why not libvirt-glib's cache: it is kept by libvirt-glib's own lifecycle handler, which
 * asks the daemon `virDomainIsPersistent` for every stopped event, synchronously on the JS
 * thread (59% of the JS thread's CPU in a 4,000-event storm, issue #16). gvir opens the
 * connection itself, so that handler is never registered, and learns persistence from the
 * events: a define makes a domain persistent, an undefine transient; a transient domain
 * leaves the cache when it stops, a stopped one when it is undefined. One `Domain` per UUID
 * for as long as the domain exists, across fetches.
 * @module
 */
import type { Domain } from './domain.js'

/** libvirt's lifecycle event numbers (`virDomainEventType`). */
const DEFINED = 0
const UNDEFINED = 1
const STARTED = 2
const STOPPED = 5
const DEFINED_ADDED = 0
const STARTED_BOOTED = 0

interface Entry {
  readonly domain: Domain
  persistent: boolean
  active: boolean
}

/** What a lifecycle event did to the cache. */
export type CacheChange = 'added' | 'removed' | undefined

/** The domains of one connection. */
export class DomainCache {
  readonly #byUuid = new Map<string, Entry>()

  /** Every domain, in the order they came. */
  list(): Domain[] {
    return Array.from(this.#byUuid.values(), (e) => e.domain)
  }

  /** The domain with this UUID. */
  get(uuid: string): Domain | undefined {
    return this.#byUuid.get(uuid)?.domain
  }

  /** How many domains. */
  get size(): number { return this.#byUuid.size }

  /**
   * Replaces the cache with a fetch's domains (`wrap` makes a Domain, keeping the one gvir
   * already has for a UUID), `transient` naming those that are not persistent and `active`
   * those running, when known.
   */
  replace(uuids: readonly string[], wrap: (i: number) => Domain, transient: ReadonlySet<string>, active?: ReadonlySet<string>): void {
    const old = new Map(this.#byUuid)
    this.#byUuid.clear()
    for (let i = 0; i < uuids.length; i++) {
      const uuid = uuids[i]!
      const prev = old.get(uuid)
      const domain = prev?.domain ?? wrap(i)
      this.#byUuid.set(uuid, { domain, persistent: !transient.has(uuid), active: active ? active.has(uuid) : prev?.active ?? false })
    }
  }

  /** Adds a domain a call made (createDomain, startDomain) before its event comes. */
  put(uuid: string, domain: Domain, persistent: boolean, active: boolean): Domain {
    const prev = this.#byUuid.get(uuid)
    if (prev) return prev.domain
    this.#byUuid.set(uuid, { domain, persistent, active })
    return domain
  }

  /**
   * Applies lifecycle event (`event`, `detail`) of domain `uuid`; `make` gives its Domain when
   * the cache does not have it (from the GVirDomain the event carries). As libvirt-glib did,
   * a define (`defined::added`) and a transient domain's boot announce the domain
   * (`added`) even when a fetch or the call that made it cached it already.
   */
  apply(uuid: string, event: number, detail: number, make: () => Domain | undefined): { change: CacheChange; domain: Domain | undefined } {
    let e = this.#byUuid.get(uuid)
    if (event === DEFINED || event === STARTED) {
      const fresh = !e
      if (!e) {
        const domain = make()
        if (!domain) return { change: undefined, domain: undefined }
        e = { domain, persistent: event === DEFINED, active: event === STARTED }
        this.#byUuid.set(uuid, e)
      }
      if (event === DEFINED) e.persistent = true
      else e.active = true
      const announce = fresh || (event === DEFINED && detail === DEFINED_ADDED) || (event === STARTED && detail === STARTED_BOOTED && !e.persistent)
      return { change: announce ? 'added' : undefined, domain: e.domain }
    }
    if (!e) return { change: undefined, domain: undefined }
    if (event === UNDEFINED) {
      e.persistent = false
      if (!e.active) {
        this.#byUuid.delete(uuid)
        return { change: 'removed', domain: e.domain }
      }
    } else if (event === STOPPED) {
      e.active = false
      if (!e.persistent) {
        this.#byUuid.delete(uuid)
        return { change: 'removed', domain: e.domain }
      }
    }
    return { change: undefined, domain: e.domain }
  }

  /** Empties the cache (the connection closed). */
  clear(): void {
    this.#byUuid.clear()
  }
}
