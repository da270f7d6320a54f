/**
 * AbortSignal → Gio.Cancellable.
 *
 * A Cancellable is made only when the caller gives a signal: most calls have none, and
 * every GObject node-gtk wraps costs a wrapper and a GLib idle to free it.
 *
 * Ownership, measured here with node-gtk 4.1.1 as installed (`Gio.Cancellable.new()` ×
 * 200,000, `--expose-gc`): node-gtk already drops the extra reference of a transfer-full
 * return (src/function.cc, `OwnsExtraGObjectReturnRef`), so the wrapper holds the only
 * (toggle) reference, and the GObject is freed from a GLib idle after V8 collects the
 * wrapper (`GObjectTeardownIdle`). With GLib's default context iterated RSS grew 3.4 MiB
 * and every Cancellable's fd was closed after GC; without iteration the idles never run,
 * which is the "leak" (26 MiB per 50,000) reported in issue 4. Calling `.unref()` once
 * more drops that toggle reference: the object is finalized at once while its wrapper
 * still points at it (its eventfd closed immediately, and `isCancelled()` on a
 * never-cancelled one then returned `true`: a use-after-free). Releasing only when
 * node-gtk's ref is the last one does not help either: the GTask still holds the
 * Cancellable in and well after the callback (System.refCount 2 after 5 ms). So gvir
 * never unrefs a Cancellable; it only detaches its abort listener. Measured with gvir's
 * loop glue: 20,000 `callAsync(conn, 'fetchDomains', [], { signal })` grew RSS by
 * 2.3 MiB, against 1.1 MiB without a signal.
 * @module
 */
import { gi } from '../lib/gi.js'
import type { Gio } from '../lib/gi.js'

/**
 * What an aborted call rejects with, as `fetch` does: the signal's `reason` itself.
 * `controller.abort()` gives a `DOMException` named `'AbortError'`, `AbortSignal.timeout(ms)`
 * one named `'TimeoutError'`, and `controller.abort(reason)` rejects with `reason`, whatever it
 * is. Only a signal aborted without any reason (possible only by hand-made EventTarget
 * plumbing) gets a fresh `AbortError`.
 *
 * @example
 * ```ts
 * if (signal.aborted) return Promise.reject(abortError(signal))
 * ```
 */
export function abortError(signal: AbortSignal): unknown {
  const reason: unknown = signal.reason
  return reason === undefined ? new DOMException('The operation was aborted', 'AbortError') : reason
}

/**
 * Whether `value` is what a gvir call aborted by its signal rejects with when the signal
 * carries no custom reason: a `DOMException` named `'AbortError'` (`controller.abort()`,
 * `AbortSignal.abort()`) or `'TimeoutError'` (`AbortSignal.timeout(ms)`). A custom reason
 * (`controller.abort(myError)`) is the rejection itself: test for it as you made it.
 *
 * @example
 * ```ts
 * await conn.fetchDomains({ signal: AbortSignal.timeout(100) })
 *   .catch((err) => { if (!isAbortError(err)) throw err })
 * ```
 */
export function isAbortError(value: unknown): value is DOMException {
  return value instanceof DOMException && (value.name === 'AbortError' || value.name === 'TimeoutError')
}

/** A Cancellable tied to an AbortSignal for the length of one call. */
export interface CancellableLink {
  /** The Cancellable to pass to GIO, or `null` when there is no signal. */
  readonly cancellable: Gio.Cancellable | null
  /** Detaches from the signal; call once the GIO operation has called back. Idempotent. */
  release(): void
}

const noLink: CancellableLink = { cancellable: null, release() {} }

/**
 * Links `signal` to a new Cancellable: aborting cancels it, then calls `onAbort` with
 * {@link abortError}'s rejection (the signal's reason). Without a signal nothing is created.
 *
 * @example
 * ```ts
 * const link = linkCancellable(signal, (err) => reject(err))
 * gobject.fetchDomainsAsync(link.cancellable, (obj, res) => { link.release(); … })
 * ```
 */
export function linkCancellable(signal: AbortSignal | undefined, onAbort?: (reason: unknown) => void): CancellableLink {
  if (!signal) return noLink
  const cancellable = gi().Gio.Cancellable.new()
  const listener = (): void => {
    // Runs inside the caller's controller.abort(): a throw here would surface there.
    try {
      cancellable.cancel()
      onAbort?.(abortError(signal))
    } catch {
      // cancel() cannot fail; onAbort only settles a Promise.
    }
  }
  signal.addEventListener('abort', listener, { once: true })
  let released = false
  return {
    cancellable,
    release() {
      if (released) return
      released = true
      signal.removeEventListener('abort', listener)
    },
  }
}
