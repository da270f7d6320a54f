/**
 * GMain ↔ libuv glue.
 *
 * libvirt-glib delivers async results and libvirt events only while GLib's default
 * main context is iterated. gvir lets Node's own loop (libuv) drive that context
 * through a small native watcher (glib/native/gvir_loop.c): before libuv blocks it asks
 * GLib which fds and timeout it wants; after libuv wakes it lets GLib check and
 * dispatch. An idle process therefore sleeps in epoll like any Node process.
 *
 * Measured alternatives, and why they lost (bench/loop prints the figures):
 * - a 1 ms `setInterval` calling `MainContext.iteration(false)`: ~0.2 ms latency but
 *   1000 wake-ups a second, forever, even with nothing to do;
 * - running a `GLib.MainLoop` while calls are pending (node-gtk nests libuv inside it):
 *   blocks inside a native call, starves Node timers under ESM (node-gtk #449), and an
 *   ESM script whose top-level await was pending exited with code 13 here.
 *
 * The watcher keeps the process alive only while something holds it: an open
 * connection, a pending call or a live subscription each take a {@link hold}. When an
 * app runs its own GLib main loop (`app.run()`), GLib iterates itself and the watcher
 * stands aside until it returns.
 * @module
 */
import { createRequire } from 'node:module'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gi } from '../lib/gi.js'

/** A function that releases what {@link hold} took; calling it twice is harmless. */
export type Release = () => void

/** Counters kept by the native watcher, for tests and benchmarks. */
export interface LoopStats {
  /** libuv iterations in which the watcher ran GLib's check phase. */
  readonly iterations: number
  /** How many of those dispatched GLib sources. */
  readonly dispatches: number
  /** Holds currently taken. */
  readonly refs: number
  /** File descriptors GLib asked to watch at the last iteration. */
  readonly fds: number
  /** Whether the watcher is active (false while an app's GLib main loop runs). */
  readonly watching: boolean
}

/** @internal A domain listing as the native addon returns it: count, NUL-joined names, 36-character UUIDs, ids, states. */
export type DomainColumns = [count: number, names: string, uuids: string, ids: Int32Array, states: Int32Array]

/** @internal What a worker-thread call takes besides its object: text, a size, a number, or an array of addresses or strings. */
export type NativeArg = string | bigint | number | readonly (number | string | null)[]

/** @internal The native addon (glib/native): the loop watcher and the worker-thread calls. */
export interface Addon {
  start(): void
  stop(): void
  adoptForeign(window?: number): boolean
  threadCall(op: string, address: number, flags: number, extra?: NativeArg, index?: number | string): Promise<unknown>
  takeObject(valueAddress: number, objectAddress: number): void
  callSync(op: string, address: number, flags: number, extra?: NativeArg, index?: number | string): unknown
  listDomains(connectionAddress: number, byFilters?: boolean): Promise<DomainColumns>
  listDomainsSync(connectionAddress: number, byFilters?: boolean): DomainColumns
  ref(): void
  unref(): void
  stats(): LoopStats
  dispatchReady(): boolean
  /** gvir's own libvirt event path (glib/native/gvir_events.c, glib/events.ts). */
  events: import('./events.js').NativeEvents
  /** glib/native/gvir_trace.c: where captured records go (batches of tab-separated lines). */
  traceSink(sink: ((records: string[]) => void) | null): void
  /** Captures the probes of these comma-separated log sources ('' stops). */
  traceStart(sources: string): void
  /** Whether the loop watcher's hooks record (loop$). */
  traceLoop(on: boolean): void
  /** Delivers the records queued so far, now. */
  traceFlush(): void
  /** Makes gvir's recorder libvirt's error function (glib/native/gvir_libvirt.c). */
  recordErrors(): void
  /** The code of the most recent libvirt error whose exact message `text` carries, or 0. */
  libvirtErrorCode(text: string): number
}

let addon: Addon | undefined

function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'binding.gyp'))) {
    const up = dirname(dir)
    if (up === dir) throw new Error('gvir: cannot find the package root (binding.gyp)')
    dir = up
  }
  return dir
}

function load(): Addon {
  if (addon) return addon
  // GLib must be loaded by node-gtk first, so both share one libglib and one default context.
  gi()
  const require = createRequire(import.meta.url)
  const loaded = require(join(packageRoot(), 'build/Release/gvir_loop.node')) as Addon
  loaded.start()
  // Node's teardown runs libuv once more with JavaScript disallowed; a GLib dispatch
  // then would call into JS and crash the exiting process (seen: ~1 exit in 10).
  process.once('exit', () => loaded.stop())
  adoptNodeGtkLoop(require, loaded)
  addon = loaded
  return loaded
}

/**
 * node-gtk attaches its own GLib source (libuv nested in GLib) the first time an app runs a
 * GLib main loop, and leaves it attached. The watcher must never dispatch that source
 * (it would re-enter uv_run), so it adopts the source the moment node-gtk attaches it:
 * node-gtk's loop module calls its native `StartLoop` through the binding object at call
 * time, so wrapping that property sees every start. If node-gtk's loop started before
 * gvir loaded, the watcher finds the source by itself (see gvir_loop.c find_foreign).
 */
function adoptNodeGtkLoop(require: NodeJS.Require, loaded: Addon): void {
  const binding = require('node-gtk/lib/native.js') as { StartLoop?: (...args: unknown[]) => unknown }
  const start = binding.StartLoop
  if (typeof start !== 'function') return
  binding.StartLoop = function startLoop(this: unknown, ...args: unknown[]) {
    const result = start.apply(this, args)
    loaded.adoptForeign()
    return result
  }
}

/** @internal The loaded native addon (loading and starting it on first use). */
export function nativeAddon(): Addon {
  return load()
}

/** Starts the glue; idempotent. {@link init} calls it. */
export function startLoop(): void {
  load()
}

/**
 * Keeps GLib's default main context iterated, and the Node process alive, until the
 * returned function is called. Every pending call, open connection and live
 * subscription holds the loop; when the last hold is released the process may exit.
 *
 * @example
 * ```ts
 * // keep GLib sources of your own (a GLib.timeoutAdd, a raw node-gtk signal) served
 * const release = hold()
 * GLib.timeoutAdd(GLib.PRIORITY_DEFAULT, 500, () => { release(); return false })
 * ```
 */
export function hold(): Release {
  const a = load()
  a.ref()
  let released = false
  return () => {
    if (released) return
    released = true
    a.unref()
  }
}

/**
 * The native watcher's counters (see {@link LoopStats}).
 *
 * @example
 * ```ts
 * const before = loopStats().dispatches
 * await conn.fetchDomains()
 * console.log(loopStats().dispatches - before, 'GLib dispatches')
 * ```
 */
export function loopStats(): LoopStats {
  return load().stats()
}

/**
 * Dispatches at once the GLib sources that are ready without waiting, as the watcher would
 * at libuv's next check phase; `false` (nothing dispatched) where that would re-enter GLib
 * or libuv: inside a GLib dispatch (a signal handler, an app's own GLib main loop), or
 * while another thread owns the default context. gobject/call.ts uses it so that the
 * events an in-process libvirt call queued reach their subscribers before its Promise
 * settles, without waiting two turns of Node's loop.
 */
export function dispatchReady(): boolean {
  return load().dispatchReady()
}
