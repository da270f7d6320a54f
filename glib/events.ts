/**
 * libvirt's events as gvir takes them itself (glib/native/gvir_events.c): one
 * `virConnect*EventRegisterAny` per connection and event kind, callbacks on GLib's default
 * context, payloads batched and handed to JS in one call per GLib dispatch. gobject's
 * event hub (gobject/event-hub.ts) counts subscribers and demultiplexes the records.
 * @module
 */
import { nativeAddon } from './loop.js'

/**
 * One event as C hands it over: `[token, kind, key, name, ...values]`: the
 * connection's token, the event kind ({@link EventKind}), the object's UUID (a node
 * device's name), its name, then the payload in libvirt's callback order.
 */
// Published, not internal: gobject/event-hub.d.ts names it, and a stripped type breaks a consumer's
// `tsc` with skipLibCheck false (test/package).
export type EventRecord = readonly [token: number, kind: number, key: string | null, name: string | null, ...values: unknown[]]

/** @internal The native half (glib/native/gvir_events.c). */
export interface NativeEvents {
  open(connectionAddress: number): number
  register(token: number, kinds: readonly number[], inThread: true): Promise<(number | string | null)[]>
  register(token: number, kinds: readonly number[], inThread: false): (number | string | null)[]
  deregister(token: number, kinds: readonly number[], inThread: boolean): Promise<unknown> | unknown
  close(token: number, kinds: readonly number[], inThread: boolean): Promise<unknown> | unknown
  keepAlive(token: number, intervalS: number, count: number): number | string
  setSink(sink: (batch: EventRecord[]) => void): void
  stats(): EventStats
  openConnection(uri: string, readOnly: boolean): Promise<number>
  refObject(address: number): void
  listTransient(token: number, inThread: true): Promise<string>
  listTransient(token: number, inThread: false): string
  emitSignal(objectAddress: number, name: string, argAddress?: number): boolean
  detachHandle(connectionAddress: number): boolean
}

/** Counters of gvir's event path, for tests and benchmarks. */
export interface EventStats {
  /** Native→JS calls made, one per GLib dispatch that had events. */
  readonly batches: number
  /** Events libvirt called back with (delivered or dropped). */
  readonly events: number
  /** libvirt event registrations in place now, over every connection. */
  readonly registrations: number
}

/**
 * @internal The event kinds: 0–26 are libvirt's domain event IDs (`VIR_DOMAIN_EVENT_ID_*`),
 * then the other objects' events and the close callback.
 */
export const EventKind = {
  lifecycle: 0, reboot: 1, rtcChange: 2, watchdog: 3, graphics: 5, ioErrorReason: 6, controlError: 7,
  diskChange: 9, trayChange: 10, balloonChange: 13, deviceRemoved: 15, blockJob2: 16, tunable: 17,
  agentLifecycle: 18, deviceAdded: 19, migrationIteration: 20, jobCompleted: 21, deviceRemovalFailed: 22,
  metadataChange: 23, blockThreshold: 24, memoryFailure: 25, memoryDeviceSizeChange: 26,
  networkLifecycle: 27, poolLifecycle: 28, poolRefresh: 29, nodeDeviceLifecycle: 30, nodeDeviceUpdate: 31,
  secretLifecycle: 32, secretValueChanged: 33, close: 34,
} as const

/** @internal Number of event kinds (the size of a per-kind table). */
export const EVENT_KIND_COUNT = 35

/** @internal gvir's event path (loading the addon on first use). */
export function nativeEvents(): NativeEvents {
  return nativeAddon().events
}

/**
 * gvir's event path's counters: batches handed to JS, events libvirt called back with,
 * registrations in place.
 * @example
 * ```ts
 * const { registrations } = eventStats()
 * ```
 */
export function eventStats(): EventStats {
  return nativeEvents().stats()
}
