/**
 * The lifecycle signals of a GVirDomain and their details, as LibvirtGObject emits them
 * (libvirt-gobject-connection.c, domain_event_cb; the GIR marks the signals `detailed`
 * without listing the details).
 * @module
 */

/** Every signal and detail LibvirtGObject emits on a domain. */
export const domainEventDetails = {
  /** The domain started: how. */
  started: ['booted', 'migrated', 'restored', 'from-snapshot', 'wakeup'],
  /** The domain stopped: why. */
  stopped: ['shutdown', 'destroyed', 'crashed', 'migrated', 'saved', 'failed', 'from-snapshot'],
  /** The domain was paused: why. */
  suspended: ['paused', 'migrated', 'ioerror', 'watchdog', 'restored', 'from-snapshot'],
  /** The domain resumed: why. */
  resumed: ['unpaused', 'migrated', 'from-snapshot'],
  /** The guest went to power-management sleep: to memory or disk. */
  pmsuspended: ['memory', 'disk'],
  /** The domain's config changed (no detail). */
  updated: [],
} as const

/** A domain signal name. */
export type DomainEventType = keyof typeof domainEventDetails

/** The details one signal can carry. */
export type DomainEventDetail<T extends DomainEventType = DomainEventType> = (typeof domainEventDetails)[T][number]

/**
 * One lifecycle event of a domain, e.g. `{ type: 'started', detail: 'booted' }`.
 * `updated` has no detail. libvirt-glib emits nothing for a reboot.
 */
export type DomainEvent = {
  [T in DomainEventType]: DomainEventOf<T>
}[DomainEventType]

/** A lifecycle event of one type `T`, e.g. `DomainEventOf<'started'>`. */
export interface DomainEventOf<T extends DomainEventType> {
  /** The signal: `started`, `stopped`, `suspended`, `resumed`, `pmsuspended` or `updated`. */
  readonly type: T
  /** Its detail, one of {@link domainEventDetails}`[type]`; `undefined` for `updated`. */
  readonly detail: DomainEventDetail<T> | undefined
}

/** One `signal::detail` of a domain and the event its emission stands for. */
export interface DomainEventSignal {
  /** `started::booted`, or bare `updated`, which has no detail. */
  readonly signal: string
  /** The event, made once and frozen, so an emission allocates nothing. */
  readonly event: DomainEvent
  /** Gives {@link event}: the `project` of glib's `fromSignals`. */
  readonly project: () => DomainEvent
}

/** The `signal::detail` names to connect for one event type, each with its event. */
export function domainEventSignals(type: DomainEventType): readonly DomainEventSignal[] {
  let out = signalsByType.get(type)
  if (!out) {
    const details = domainEventDetails[type] as readonly (string | undefined)[]
    out = (details.length === 0 ? [undefined] : details).map((detail): DomainEventSignal => {
      const event = Object.freeze({ type, detail }) as DomainEvent
      return { signal: detail === undefined ? type : `${type}::${detail}`, event, project: () => event }
    })
    signalsByType.set(type, out)
  }
  return out
}
const signalsByType = new Map<DomainEventType, readonly DomainEventSignal[]>()

/** Every signal and detail of {@link domainEventDetails}: what `events$` connects. */
export function allDomainEventSignals(): readonly DomainEventSignal[] {
  all ??= (Object.keys(domainEventDetails) as DomainEventType[]).flatMap(domainEventSignals)
  return all
}
let all: readonly DomainEventSignal[] | undefined
