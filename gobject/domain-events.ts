/**
 * The lifecycle signals of a GVirDomain and their details, as LibvirtGObject emits them
 * (libvirt-gobject-connection.c, domain_event_cb; the GIR marks the signals `detailed`
 * without listing the details).
 * @module
 */

/** Every signal and detail LibvirtGObject emits on a domain. */
export const domainEventDetails = {
  started: ['booted', 'migrated', 'restored', 'from-snapshot', 'wakeup'],
  stopped: ['shutdown', 'destroyed', 'crashed', 'migrated', 'saved', 'failed', 'from-snapshot'],
  suspended: ['paused', 'migrated', 'ioerror', 'watchdog', 'restored', 'from-snapshot'],
  resumed: ['unpaused', 'migrated', 'from-snapshot'],
  pmsuspended: ['memory', 'disk'],
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
  [T in DomainEventType]: { readonly type: T; readonly detail: DomainEventDetail<T> | undefined }
}[DomainEventType]

/** Every `signal::detail` pair (and bare `updated`) to connect to, with the event it means. */
export function domainEventSignals(): readonly { readonly signal: string; readonly event: DomainEvent }[] {
  const out: { signal: string; event: DomainEvent }[] = []
  for (const type of Object.keys(domainEventDetails) as DomainEventType[]) {
    const details = domainEventDetails[type] as readonly string[]
    if (details.length === 0) out.push({ signal: type, event: { type, detail: undefined } as DomainEvent })
    for (const detail of details) out.push({ signal: `${type}::${detail}`, event: { type, detail } as DomainEvent })
  }
  return out
}
