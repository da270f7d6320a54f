/**
 * Promises over GIO's `fooAsync` / `fooFinish` pairs, and over sync-only calls.
 *
 * One helper adapts every pair by name, the way GJS's `Gio._promisify` does, so gobject
 * classes never wrap an async method by hand.
 * @module
 */
import type { Gio, GObject } from '../lib/gi.js'
import { abortError, linkCancellable } from './cancel.js'
import { optionsError } from './arguments.js'
import { toVirError } from './error.js'
import { hasNul, nulError } from './cstring.js'
import { hold } from './loop.js'
import { probeCall, probeSync } from './monitor.js'
import { reportError } from './report.js'

/** Options every gvir async call takes. */
export interface CallOptions {
  /**
   * Aborting it stops gvir waiting and rejects at once with the signal's `reason`, as `fetch`
   * does: a `DOMException` named `'AbortError'` for `controller.abort()`, `'TimeoutError'` for
   * `AbortSignal.timeout(ms)`, or the value given to `controller.abort(reason)`.
   *
   * What an abort cancels: a call not yet made (an already-aborted signal never reaches
   * libvirt); the wait for any pending call; libvirt-glib's GIO operations (the GTask's
   * Cancellable is cancelled, e.g. a fetch or a stream read); and a stream transfer (the Node
   * stream is destroyed and the libvirt stream finished). What it cannot cancel: a request
   * libvirt has already received. libvirt has no way to take back a call once sent, so
   * `domain.suspend({ signal: AbortSignal.timeout(400) })` on a stalled daemon rejects after
   * 400 ms, and the domain is paused anyway once the daemon gets to it: check the state
   * afterwards when it matters.
   */
  signal?: AbortSignal
}

type Method = (...args: never[]) => unknown

/** The names `foo` for which `T` has both `fooAsync` and `fooFinish` methods. */
export type AsyncMethodName<T> = {
  [K in keyof T & string]: K extends `${infer B}Async`
    ? T[K] extends (...args: never[]) => unknown
      ? `${B}Finish` extends keyof T ? (T[`${B}Finish`] extends (...args: never[]) => unknown ? B : never) : never
      : never
    : never
}[keyof T & string]

/** The arguments of `T[name + 'Async']` before its trailing `cancellable, callback`. */
export type AsyncArgs<T, B extends string> = T[`${B}Async` & keyof T] extends (...args: infer P) => unknown
  ? P extends [...infer A, (Gio.Cancellable | null)?, unknown?] ? A : never
  : never

/** What `T[name + 'Finish']` returns. */
export type FinishResult<T, B extends string> = T[`${B}Finish` & keyof T] extends (...args: never[]) => infer R ? R : never

/**
 * Appends the stack of the place the Promise was made to `err`'s stack, as GJS does
 * ("Promise created here"): the error itself is raised from a GLib callback, whose
 * stack names no line of the caller's.
 */
function withCallSite<E>(err: E, site: Error): E {
  try {
    if (err instanceof Error || err instanceof DOMException) {
      const frames = (site.stack ?? '').split('\n').slice(1).join('\n')
      err.stack = `${err.stack ?? String(err)}\n    --- Promise created here ---\n${frames}`
    }
  } catch {
    // A frozen error keeps its own stack.
  }
  return err
}

/**
 * Calls `obj[name + 'Async'](...args, cancellable, callback)` and settles with
 * `obj[name + 'Finish'](result)`.
 *
 * - holds gvir's loop glue while pending, so the callback arrives and the process stays alive;
 * - rejects with a {@link VirError} (VIR_ERR_INVALID_ARG, without calling `obj`, when a string
 *   argument contains a NUL, which C would silently cut), or with the signal's reason (an
 *   `AbortError` or `TimeoutError` `DOMException`, or a custom reason) when `options.signal` aborts (at once if it already has, without calling `obj`; during
 *   the call, the GIO operation is cancelled);
 * - every rejection's stack ends with the caller's;
 * - nothing thrown while settling reaches node-gtk.
 *
 * @example
 * ```ts
 * await callAsync(conn, 'open', [])                       // Promise<boolean>
 * const caps = await callAsync(conn, 'getCapabilities', [], { signal })
 * await callAsync(domain, 'start', [0])
 * ```
 */
export function callAsync<T extends object, B extends AsyncMethodName<T>>(
  obj: T,
  name: B,
  args: AsyncArgs<T, B>,
  options: CallOptions = {},
): Promise<FinishResult<T, B>> {
  const site = new Error('Promise created here')
  return new Promise<FinishResult<T, B>>((resolve, reject) => {
    const bad = optionsError(options, name)
    if (bad) {
      reject(withCallSite(bad, site))
      return
    }
    const { signal } = options
    if (signal?.aborted) {
      // The signal's reason, untouched (as fetch): one reason may reject many calls.
      reject(abortError(signal))
      return
    }
    const methods = obj as unknown as Record<string, unknown>
    const start = methods[`${name}Async`]
    const finish = methods[`${name}Finish`]
    if (typeof start !== 'function' || typeof finish !== 'function') {
      reject(withCallSite(toVirError(new TypeError(`${describe(obj)} has no ${name}Async/${name}Finish pair`)), site))
      return
    }
    // C would cut the string at the NUL and act on another name or path (see cstring.ts).
    const cut = (args as unknown[]).findIndex(hasNul)
    if (cut >= 0) {
      reject(withCallSite(nulError(`argument ${cut + 1} of ${name}Async`), site))
      return
    }

    let settled = false
    const probe = probeCall(obj, name, args as unknown[])
    const fail = (err: unknown, ours = true): void => {
      if (settled) return
      settled = true
      probe?.end(err)
      reject(ours ? withCallSite(err, site) : err)
    }
    const link = linkCancellable(signal, (reason) => fail(reason, false))
    const release = hold()
    const done = (): void => {
      link.release()
      release()
    }

    const callback = (_source: GObject.Object | null, result: Gio.AsyncResult): void => {
      // node-gtk ends the process on a throw from here: nothing may escape.
      try {
        // After an abort the Promise has already rejected; not calling Finish lets
        // GTask free the result itself.
        if (settled) return
        let value: FinishResult<T, B>
        try {
          value = (finish as Method).call(obj, ...([result] as never[])) as FinishResult<T, B>
        } catch (err) {
          fail(toVirError(err))
          return
        }
        settled = true
        probe?.end()
        resolve(value)
      } catch (err) {
        reportError(err)
      } finally {
        done()
      }
    }

    try {
      ;(start as Method).call(obj, ...([...(args as unknown[]), link.cancellable, callback] as never[]))
    } catch (err) {
      done()
      fail(toVirError(err))
    }
  })
}

/**
 * Runs a sync-only libvirt-glib call (it blocks the JS thread: libvirt-glib has no
 * async form of it) and gives its result as a Promise; a throw becomes a
 * {@link VirError}. An already-aborted `options.signal` rejects with an `AbortError`
 * without calling `fn`.
 *
 * @example
 * ```ts
 * await callSync(() => domain.stop(0))
 * ```
 */
export function callSync<R>(fn: () => R, options: CallOptions = {}): Promise<R> {
  const bad = optionsError(options)
  if (bad) return Promise.reject(bad)
  const { signal } = options
  if (signal?.aborted) return Promise.reject(abortError(signal))
  const probe = probeSync(callSync)
  try {
    const value = fn()
    probe?.end()
    return Promise.resolve(value)
  } catch (err) {
    const error = toVirError(err)
    probe?.end(error)
    return Promise.reject(error)
  }
}

function describe(obj: object): string {
  return obj.constructor?.name || 'object'
}
