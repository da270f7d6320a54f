/**
 * GObject signals as rxjs Observables.
 * @module
 */
// rxjs's pieces, not its index: `import 'rxjs'` loads all 224 of its modules (~78 ms CPU), these ~25 ms.
import { Observable } from 'rxjs/internal/Observable'
import { config } from 'rxjs/internal/config'
import { share } from 'rxjs/internal/operators/share'
import { gi } from '../lib/gi.js'
import type { GObject } from '../lib/gi.js'
import { hold } from './loop.js'
import { reportError } from './report.js'

/**
 * rxjs rethrows a subscriber's exception from a timer unless `config.onUnhandledError`
 * is set, and an uncaught exception ends a Node process. gvir points that hook at
 * {@link reportError}, but only when nobody set it: an app's own hook wins.
 */
function routeUnhandledErrors(): void {
  if (config.onUnhandledError == null) config.onUnhandledError = (err) => reportError(err)
}

/** Throws a TypeError unless `obj` has the signal `name` (with or without `::detail`). */
function checkSignal(obj: GObject.Object, name: string): void {
  const gtype = obj.__gtype__
  const [ok] = gi().GObject.signalParseName(name, gtype, false)
  if (!ok) throw new TypeError(`${gi().GObject.typeName(gtype)} has no signal '${name}'`)
}

let watchers = 0

/**
 * Counts a gvir listener of GObject signals until the returned function is called
 * (idempotent). {@link fromSignals} counts each connected set; code that connects its own
 * handlers for users' sake (Connection's domain-added/removed) counts them here.
 */
export function watchSignals(): () => void {
  watchers++
  let done = false
  return () => {
    if (!done) watchers--
    done = true
  }
}

/**
 * Whether any gvir signal subscription is connected in this process. When none is, no gvir
 * subscriber can see an event now, and a call may leave libvirt's queued events to the loop
 * glue's next turn instead of dispatching them at once (gobject's in-process calls).
 */
export function hasSignalWatchers(): boolean {
  return watchers > 0
}

/** Options of {@link fromSignals}. */
export interface FromSignalsOptions {
  /**
   * Completes every subscriber, and disconnects the handlers, when this emits — e.g. when
   * the object's connection closes and no signal can come any more, so a subscription
   * left open does not hold the process. Checked at each subscription (a replaying
   * source that already emitted completes it at once), with no cost per event.
   */
  readonly until?: Observable<unknown>
}

/** One signal of a {@link fromSignals} set and what an emission of it becomes. */
export interface SignalSpec<T> {
  /** The signal, with or without `::detail`: `'domain-added'`, `'started::booted'`. */
  readonly signal: string
  /** Makes the emitted value from the signal's arguments; a throw errors the Observable. */
  readonly project: (...args: never[]) => T
}

/**
 * An Observable of the GObject signal `name` (`'domain-added'`, or with a detail,
 * `'started::booted'`) on `obj`.
 *
 * - built on `obj.connect()` / `obj.disconnect(id)`: the handler is connected when the
 *   first subscriber arrives and disconnected when the last one leaves (`share()`);
 * - while connected it holds gvir's loop glue, so emissions arrive and the process stays alive;
 * - each emission is the signal's arguments as an array, or what `project` makes of
 *   them; a `project` that throws errors the Observable (and disconnects);
 * - a subscriber that throws is reported through {@link reportError}; the others still
 *   get the value and nothing reaches node-gtk.
 *
 * @throws TypeError at once when `obj` has no such signal.
 * @example
 * ```ts
 * fromSignal(conn, 'domain-added', (dom: Domain) => dom).subscribe((dom) => console.log(dom.getName()))
 * fromSignal(domain, 'stopped::destroyed').subscribe(() => console.log('destroyed'))
 * ```
 */
export function fromSignal<A extends unknown[] = unknown[]>(obj: GObject.Object, name: string): Observable<A>
export function fromSignal<A extends unknown[], T>(obj: GObject.Object, name: string, project: (...args: A) => T): Observable<T>
export function fromSignal<A extends unknown[], T>(obj: GObject.Object, name: string, project?: (...args: A) => T): Observable<T | A> {
  return fromSignals<T | A>(obj, [{ signal: name, project: (project ?? ((...args: A) => args)) as unknown as SignalSpec<T | A>['project'] }])
}

/**
 * One Observable of several signals of `obj`, each emission made into a value by its spec's
 * `project`: what {@link fromSignal} does for one, with one `share()` and one loop hold for
 * the set. Why not `merge()` of one Observable per signal: each rxjs layer between GLib's
 * emission and the subscriber (inner share, merge, outer share) cost ~1 µs per event in
 * bench/loop, where the whole stop→`stopped` path in GJS takes ~11 µs; a domain's
 * `events$` is 25 signal::detail pairs.
 *
 * @throws TypeError at once when `obj` lacks one of the signals.
 * @example
 * ```ts
 * fromSignals(domain, [
 *   { signal: 'started::booted', project: () => 'booted' },
 *   { signal: 'stopped::destroyed', project: () => 'destroyed' },
 * ]).subscribe((what) => console.log(what))
 * ```
 */
export function fromSignals<T>(obj: GObject.Object, specs: readonly SignalSpec<T>[], options: FromSignalsOptions = {}): Observable<T> {
  for (const { signal } of specs) checkSignal(obj, signal)
  routeUnhandledErrors()
  const { until } = options
  return new Observable<T>((subscriber) => {
    if (until) subscriber.add(until.subscribe(() => subscriber.complete()))
    if (subscriber.closed) return undefined
    const release = hold()
    const unwatch = watchSignals()
    // node-gtk 4.1.1 keeps every handler ever connected in a JS array on the wrapper and
    // disconnect() never clears its slot: the handler (and through it this subscriber and its
    // rxjs chain) lived as long as the GObject, 7 KiB of heap per events$ subscribe/unsubscribe.
    // gvir's patch 0004 frees the slot; where it cannot (a disconnect off the JS thread, an
    // unpatched node-gtk) the handler still reaches the subscriber only through `target`,
    // which teardown clears, so at most these small closures stay behind.
    let target: typeof subscriber | undefined = subscriber
    const ids: number[] = []
    const disconnect = () => {
      target = undefined
      for (const id of ids) obj.disconnect(id)
      ids.length = 0
    }
    try {
      for (const { signal, project } of specs) {
        const make = project as (...args: unknown[]) => T
        ids.push(obj.connect(signal, (...args: unknown[]): void => {
          // node-gtk ends the process on a throw from a signal handler: nothing may escape.
          const to = target
          if (!to) return
          try {
            let value: T
            try {
              value = make(...args)
            } catch (err) {
              to.error(err)
              return
            }
            to.next(value)
          } catch (err) {
            reportError(err)
          }
        }))
      }
    } catch (err) {
      disconnect()
      unwatch()
      release()
      subscriber.error(err)
      return undefined
    }
    return () => {
      disconnect()
      unwatch()
      release()
    }
  }).pipe(share())
}
