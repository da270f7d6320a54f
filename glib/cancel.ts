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
 * The `DOMException` named `'AbortError'` that an aborted call rejects with; `cause` is `signal.reason`.
 *
 * @example
 * ```ts
 * if (signal.aborted) return Promise.reject(abortError(signal))
 * ```
 */
export function abortError(signal: AbortSignal): DOMException {
  return new DOMException('The operation was aborted', { name: 'AbortError', cause: signal.reason })
}

/**
 * Whether `value` is the `AbortError` an aborted gvir call rejects with.
 *
 * @example
 * ```ts
 * await conn.fetchDomains({ signal: AbortSignal.timeout(100) })
 *   .catch((err) => { if (!isAbortError(err)) throw err })
 * ```
 */
export function isAbortError(value: unknown): value is DOMException {
  return value instanceof DOMException && value.name === 'AbortError'
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
 * the AbortError. Without a signal nothing is created.
 *
 * @example
 * ```ts
 * const link = linkCancellable(signal, (err) => reject(err))
 * gobject.fetchDomainsAsync(link.cancellable, (obj, res) => { link.release(); … })
 * ```
 */
export function linkCancellable(signal: AbortSignal | undefined, onAbort?: (error: DOMException) => void): CancellableLink {
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
