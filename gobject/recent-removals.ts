/**
 * Which domains a connection has just reported removed, to report each removal once.
 *
 * libvirt-glib 4.0 emits `domain-removed` twice for one domain whenever a domain's events
 * reach it after the domain is gone (a daemon's events lag its replies; define, start,
 * stop, delete in a row is enough): the `stopped` handler asks `virDomainIsPersistent`,
 * which fails, so it drops the domain from its cache and emits; the `undefined` handler
 * then finds no cached GVirDomain, builds a new one and emits again. The two emissions
 * carry two different GVirDomains, so only the UUID tells they are one removal.
 * @module
 */

/**
 * The last {@link RecentRemovals.CAPACITY} removed UUIDs. Bounded, not a set of every
 * UUID ever removed: a soak defining and deleting 100,000 domains would hold them all,
 * and the duplicate comes within the same burst of events (at most one per domain
 * whose events were still queued).
 */
export class RecentRemovals {
  /** How many removals are remembered. */
  static readonly CAPACITY = 256
  readonly #uuids = new Set<string>()

  /** Records a removal of `uuid`; whether it is the first since the domain was (re)added. */
  removed(uuid: string): boolean {
    if (this.#uuids.has(uuid)) return false
    this.#uuids.add(uuid)
    if (this.#uuids.size > RecentRemovals.CAPACITY) {
      // A Set iterates in insertion order: the first one is the oldest.
      for (const oldest of this.#uuids) { this.#uuids.delete(oldest); break }
    }
    return true
  }

  /** The domain `uuid` exists again (defined anew or started): its next removal is real. */
  added(uuid: string): void {
    this.#uuids.delete(uuid)
  }
}
