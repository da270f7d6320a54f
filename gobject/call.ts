/**
 * How gobject classes call libvirt-glib methods that have both a sync form and an
 * `*Async`/`*Finish` pair: on the JS thread when libvirt answers in-process without I/O,
 * through a GTask thread otherwise.
 *
 * ## The rule
 * A connection is **in-process** when libvirt serves it with its embedded test driver:
 * URI scheme exactly `test`, no `+transport`, no host (`test:///default`,
 * `test:///path/to/node.xml`). Every call on such a connection, and on the objects it hands
 * out, is an in-memory lookup under a mutex (microseconds; the node file is read once, at
 * open). For those gvir calls the sync libvirt-glib method on the JS thread instead of
 * `fooAsync`: the GTask thread, the loop wake-up and node-gtk's callback cost ~100–500 µs
 * per call where the call itself takes ~5 µs (bench/gobject, W1/W2), and the result is
 * identical. Calls that touch files even on the test driver (open, saveToFile,
 * restoreDomainFromFile, screenshots, streams) stay async.
 *
 * Every other URI (`qemu:///system`, `test+unix://`, anything remote) goes through
 * libvirtd's socket, which can take seconds: those calls always use the async pair, so a
 * UI's main loop never freezes.
 *
 * The Promise and its errors are the same either way: a {@link VirError}, or an
 * `AbortError` when the signal had aborted before the call (a sync call cannot be
 * interrupted once started, and an in-process one has nothing to interrupt).
 * @module
 */
import type { Observable } from 'rxjs'
import { abortError, callAsync, probeCall, probeSync, runInThread, toVirError, type AsyncArgs, type AsyncMethodName, type CallOptions, type FinishResult, type ThreadArg, type ThreadCall } from '../glib/index.js'
import { hasNul, nulError } from '../glib/cstring.js'
import { optionsError } from '../glib/arguments.js'
import { dispatchReady } from '../glib/loop.js'
import { hasSignalWatchers } from '../glib/signal.js'
import { gi, type GObject } from '../lib/gi.js'
import type { FailureWatcher } from './failure.js'
import { watched } from './failure.js'

/** What a gvir object knows about the connection its calls go through. */
export interface CallContext extends FailureWatcher {
  /** Whether libvirt answers this connection in-process, without I/O (see the module's rule). */
  readonly inProcess: boolean
  /**
   * Emits once when the connection is closed (by `close()` or a lost libvirtd), and at
   * once to anyone subscribing later: the signal Observables of its objects end with it.
   */
  readonly ended$?: Observable<void>
  /** The connection's share of gvir's own event path (gobject/event-hub.ts), once open. */
  readonly events?: import('./event-hub.js').EventHub
  /**
   * Emits once, then completes, when libvirt-glib removes the domain `uuid` from the
   * connection (undefined, or a transient domain stopped), after the domain's last signal;
   * at once when it is already gone. The domain's signal Observables end with it.
   */
  domainGone$?(uuid: string): Observable<void>
}

/**
 * The async pairs that change a domain's state (Domain, DomainSnapshot): on the in-process
 * driver their libvirt events are queued for GLib's loop, see {@link afterEvents}.
 */
const changesDomainState = new Set<string>(['start', 'resume', 'wakeup', 'save', 'revertTo'])

/** Whether `obj` is a GVirDomain or GVirDomainSnapshot, whose state changes emit events. */
function isDomainObject(obj: object): boolean {
  const { Domain, DomainSnapshot } = gi().LibvirtGObject
  return obj instanceof Domain || obj instanceof DomainSnapshot
}

/**
 * Resolves with `value` once GLib has dispatched what it has ready. The in-process driver
 * queues the events of a state change behind a 0 ms libvirt timer on GLib's context; a
 * sync call returns before they are delivered, and a script that awaits a few calls in a
 * row never yields to the loop, so its subscribers missed the events (the tour's
 * `stopped`). So the ready sources are dispatched here and now ({@link dispatchReady}): the
 * events reach every handler, and libvirt-glib's domain cache, before the Promise settles.
 * Where that would re-enter GLib (the call was made inside a signal handler or an app's own
 * GLib main loop) it falls back to waiting two check phases: Node runs its immediates
 * before gvir's watcher in each, so the watcher dispatches between the two. On a daemon
 * connection the completion itself comes through the loop, as the events do.
 *
 * When no gvir subscription is connected in the process, nobody can see the events now:
 * they are left to the loop glue's next turn, as on a daemon, and the cache reads that
 * depend on them deliver them first ({@link deliverPending}). Dispatching them cost ~10 µs
 * per state change, a quarter of a define+start+stop+delete (bench/gobject W1); a handler
 * connected straight on `.gobject`, outside gvir, gets them on that next turn.
 */
export function afterEvents<R>(value: R): Promise<R> {
  if (!hasSignalWatchers() || dispatchReady()) return Promise.resolve(value)
  return new Promise((resolve) => setImmediate(() => setImmediate(() => resolve(value))))
}

/**
 * Delivers libvirt's queued events before a read of libvirt-glib's domain cache, which they
 * keep current (an undefined domain leaves the cache with its event): {@link afterEvents}
 * may have left them queued. Nothing to do (~0.2 µs) when none are ready; inside a GLib
 * dispatch it cannot, and the cache is as current as the loop has made it.
 */
export function deliverPending(): void {
  dispatchReady()
}

/** Whether `uri` names libvirt's in-process test driver (the module's rule). */
export function isInProcessUri(uri: string): boolean {
  try {
    const url = new URL(uri)
    return url.protocol === 'test:' && url.host === ''
  } catch {
    return false
  }
}

/**
 * Calls `obj[name]`'s async pair, or, on an in-process connection, its sync twin
 * `obj[name](...args, null)` (the trailing `null` is the Cancellable of those that take
 * one; node-gtk ignores it for those that don't). libvirt-glib's sync methods return what
 * the matching `*Finish` returns. A failure is shown to `ctx` (dead-libvirtd detection)
 * and rejects with a {@link VirError}.
 */
export function invoke<T extends object, B extends AsyncMethodName<T>>(
  ctx: CallContext | FailureWatcher | undefined,
  obj: T,
  name: B,
  args: AsyncArgs<T, B>,
  options: CallOptions,
): Promise<FinishResult<T, B>> {
  const bad = optionsError(options, name)
  if (bad) return Promise.reject(bad)
  const closed = ctx?.closedError?.()
  if (closed) return Promise.reject(closed)
  if (!ctx || !('inProcess' in ctx) || !ctx.inProcess) return watched(ctx, callAsync(obj, name, args, options))
  const { signal } = options
  if (signal?.aborted) return Promise.reject(abortError(signal))
  // As callAsync does: C would cut a string at a NUL and act on another name (glib/cstring.ts).
  const cut = (args as unknown[]).findIndex(hasNul)
  if (cut >= 0) return Promise.reject(nulError(`argument ${cut + 1} of ${name}`))
  const probe = probeCall(obj, name, args as unknown[], 'sync')
  try {
    const fn = (obj as unknown as Record<string, (...a: unknown[]) => FinishResult<T, B>>)[name]
    const value = fn.call(obj, ...(args as unknown[]), null)
    probe?.end()
    return changesDomainState.has(name) && isDomainObject(obj) ? afterEvents(value) : Promise.resolve(value)
  } catch (err) {
    const e = toVirError(err)
    probe?.end(e)
    ctx.noteFailure(e)
    return Promise.reject(e)
  }
}

/**
 * Runs a sync-only libvirt-glib call (it runs on the JS thread whatever the connection)
 * and gives its result as a Promise; a throw rejects with a {@link VirError} that `ctx`
 * sees first, and an already-aborted signal rejects with an `AbortError` without calling `fn`,
 * as a closed connection rejects with its {@link FailureWatcher.closedError}.
 */
export function invokeSync<R>(ctx: FailureWatcher | undefined, options: CallOptions, fn: () => R): Promise<R> {
  const bad = optionsError(options)
  if (bad) return Promise.reject(bad)
  const { signal } = options
  if (signal?.aborted) return Promise.reject(abortError(signal))
  const closed = ctx?.closedError?.()
  if (closed) return Promise.reject(closed)
  const probe = probeSync(invokeSync)
  try {
    const value = fn()
    probe?.end()
    return Promise.resolve(value)
  } catch (err) {
    const e = toVirError(err)
    probe?.end(e)
    ctx?.noteFailure(e)
    return Promise.reject(e)
  }
}

/** How {@link invokeBlocking} runs a call on gvir's worker thread (glib's runInThread). */
export interface OffThreadCall<R> {
  /** The GObject the call is on. */
  readonly target: GObject.Object
  /** The call, by libvirt-glib's name (glib's `ThreadCall`). */
  readonly call: ThreadCall
  /** libvirt-glib's flags (or the flag `setAutostart` sets). */
  readonly flags?: number
  /** The XML, size, number or stream the call takes. */
  readonly extra?: ThreadArg
  /** What goes with it (a monitor, a console's name, a socket). */
  readonly index?: number | string
  /** Makes the value from what the worker returns. */
  readonly decode: (raw: unknown) => R
}

/**
 * A call libvirt-glib has only in a blocking form: on the JS thread (`onJsThread`, through
 * {@link invokeSync}) on an in-process connection, where libvirt answers without I/O, or
 * when the object came from no connection; on gvir's worker thread (`offThread`)
 * otherwise, so a slow or stalled libvirtd never freezes the JS thread — a GTK app's main
 * loop included. The Promise and its errors are alike both ways.
 */
export function invokeBlocking<R>(ctx: CallContext | undefined, options: CallOptions, onJsThread: () => R, offThread: OffThreadCall<R>): Promise<R> {
  if (!ctx || ctx.inProcess) return invokeSync(ctx, options, onJsThread)
  return invokeInThread(ctx, options, offThread)
}

/**
 * {@link invokeBlocking}'s worker-thread half, for callers that chose the thread
 * themselves: a closed connection rejects at once; otherwise `ctx` sees the call in flight
 * and its failure, and a throw from `decode` rejects with a {@link VirError}.
 */
export function invokeInThread<R>(ctx: FailureWatcher | undefined, options: CallOptions, offThread: OffThreadCall<R>): Promise<R> {
  const bad = optionsError(options, offThread.call)
  if (bad) return Promise.reject(bad)
  const closed = ctx?.closedError?.()
  if (closed) return Promise.reject(closed)
  const { target, call, flags, extra, index, decode } = offThread
  return watched(ctx, runInThread(target, call, flags, extra, options, index).then((raw) => {
    try {
      return decode(raw)
    } catch (err) {
      throw toVirError(err)
    }
  }))
}

/** Maps any settled value to `undefined`, for Promise<void> methods (one shared function, no per-call closure). */
export function toVoid(): undefined {
  return undefined
}
