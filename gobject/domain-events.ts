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

/**
 * The event for one emission of `type`'s signal, given the emission's detail quark (GLib's
 * `GSignalInvocationHint.detail`, 0 when none). Events are made once per detail and shared,
 * so an emission allocates nothing. A detail this table doesn't know (a newer libvirt-glib)
 * still comes through, with its name.
 */
export function domainEventFor(type: DomainEventType, detailQuark: number, quarkToString: (q: number) => string): DomainEvent {
  let byQuark = eventsByQuark.get(type)
  if (!byQuark) eventsByQuark.set(type, byQuark = new Map())
  let event = byQuark.get(detailQuark)
  if (!event) {
    const detail = detailQuark === 0 ? undefined : quarkToString(detailQuark)
    event = Object.freeze({ type, detail }) as DomainEvent
    byQuark.set(detailQuark, event)
  }
  return event
}
const eventsByQuark = new Map<DomainEventType, Map<number, DomainEvent>>()
