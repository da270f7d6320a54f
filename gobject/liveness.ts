/**
 * Noticing a dead libvirtd while nobody calls it.
 *
 * When a remote libvirtd dies, libvirt's client sees the socket's end of file in its event
 * loop and marks the connection closed, but LibvirtGObject registers no close callback, so
 * no `connection-closed` is emitted; only the next call fails ("client socket is closed",
 * measured with kill -9 under test+unix://). A UI that only listens (to `closed$`,
 * `domains$`…) would never learn of the loss. So while someone listens, gvir makes one cheap
 * async call every few seconds; its failure reaches the connection like any other call's.
 *
 * Why an async call: libvirt-glib's sync calls run on the JS thread, and against a daemon
 * that hangs (SIGSTOP, a stuck driver) one would block the app forever; an async call only
 * stays pending in a GTask thread. Only one probe is in flight at a time.
 * @module
 */
// rxjs's pieces, not its index: `import 'rxjs'` loads all 224 of its modules (~78 ms CPU), these ~25 ms.
import { Observable } from 'rxjs/internal/Observable'
import { reportError } from '../glib/index.js'

/** How often a watched connection is probed by default, in ms. */
export const DEFAULT_PROBE_INTERVAL_MS = 2_000

/**
 * Runs `probe` every `intervalMs` while at least one watcher holds it. Never keeps the
 * process alive by itself (an open connection already does).
 */
export class LivenessProbe {
  #watchers = 0
  #timer: ReturnType<typeof setInterval> | undefined
  #inFlight = false
  #stopped = false
  readonly #probe: () => Promise<unknown>
  readonly #intervalMs: number

  /** @param probe a cheap async call whose failure the caller already routes; its rejection is ignored here */
  constructor(probe: () => Promise<unknown>, intervalMs = DEFAULT_PROBE_INTERVAL_MS) {
    this.#probe = probe
    this.#intervalMs = intervalMs
  }

  /** Adds a watcher; returns the function that removes it (idempotent). */
  watch(): () => void {
    if (this.#stopped || this.#intervalMs <= 0) return () => undefined
    if (this.#watchers++ === 0) {
      this.#timer = setInterval(() => this.#tick(), this.#intervalMs)
      this.#timer.unref()
    }
    let done = false
    return () => {
      if (done) return
      done = true
      if (--this.#watchers === 0) this.#clear()
    }
  }

  /** Stops for good (the connection closed); later watchers are ignored. */
  stop(): void {
    this.#stopped = true
    this.#clear()
  }

  /** Number of watchers, for tests. */
  get watchers(): number {
    return this.#watchers
  }

  #clear(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer)
    this.#timer = undefined
  }

  #tick(): void {
    if (this.#inFlight || this.#stopped) return
    this.#inFlight = true
    let call: Promise<unknown>
    try {
      call = this.#probe()
    } catch (err) {
      this.#inFlight = false
      reportError(err)
      return
    }
    call.then(
      () => { this.#inFlight = false },
      () => { this.#inFlight = false },
    )
  }
}

/** `source`, holding a watch on `probe` for as long as each subscription lasts. */
export function probedWhileWatched<T>(source: Observable<T>, probe: LivenessProbe): Observable<T> {
  return new Observable<T>((subscriber) => {
    const unwatch = probe.watch()
    const sub = source.subscribe(subscriber)
    return () => {
      sub.unsubscribe()
      unwatch()
    }
  })
}
