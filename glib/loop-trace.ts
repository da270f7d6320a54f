/**
 * `loop$`: gvir's own event loop as it runs — the counterpart of libvirt's
 * examples/systemtap/events.stp for the loop glue (glib/native/gvir_loop.c) that lets Node's
 * libuv drive GLib's default main context, through which libvirt-glib's event
 * implementation (every libvirt handle and timeout) runs.
 *
 * While somebody subscribes, the watcher reports each fd GLib asks it to watch (added,
 * its events changed, removed), each change of the poll timeout GLib asks for, and each GLib
 * dispatch with its duration. While nobody does, each hook costs one test of a flag.
 * @module
 */
import { Observable } from 'rxjs/internal/Observable'
import { Subject } from 'rxjs/internal/Subject'
import { captureLoop, flushCapture, type StopCapture, type TraceRecord } from './trace-capture.js'

/** One event of gvir's loop watcher. */
export interface LoopEvent {
  /** Always `'loop'`, so that loop events and RPC events can share one stream. */
  readonly kind: 'loop'
  /** When the watcher saw it, in ms since the epoch (µs precision). */
  readonly time: number
  /**
   * `'handle_add'` / `'handle_update'` / `'handle_remove'`: an fd GLib watches (first seen
   * while subscribed, its events changed, no longer asked for); `'timeout'`: the poll timeout
   * GLib asked for changed; `'dispatch'`: GLib dispatched its ready sources.
   */
  readonly event: 'handle_add' | 'handle_update' | 'handle_remove' | 'timeout' | 'dispatch'
  /** The fd, for the handle events. */
  readonly fd?: number
  /** What the fd is watched for: `'r'`, `'w'`, `'rw'`… (`p` for urgent data), for add/update. */
  readonly events?: string
  /** The timeout in ms, -1 for none, for `'timeout'`. */
  readonly timeoutMs?: number
  /** How long the dispatch took, in µs. */
  readonly durationUs?: number
}

const events = new Subject<LoopEvent>()
let subscribers = 0
let stop: StopCapture | undefined

const EPOLLIN = 0x1
const EPOLLPRI = 0x2
const EPOLLOUT = 0x4

function eventsText(mask: number): string {
  return `${mask & EPOLLIN ? 'r' : ''}${mask & EPOLLOUT ? 'w' : ''}${mask & EPOLLPRI ? 'p' : ''}`
}

/** @internal A native loop record `['L', µs, what, a, b]` as a LoopEvent. */
export function loopEventOf(r: TraceRecord): LoopEvent | undefined {
  const time = Number(r[1]) / 1000
  const a = Number(r[3])
  const b = Number(r[4])
  switch (r[2]) {
    case 'handle_add':
    case 'handle_update': return { kind: 'loop', time, event: r[2], fd: a, events: eventsText(b) }
    case 'handle_remove': return { kind: 'loop', time, event: 'handle_remove', fd: a }
    case 'timeout': return { kind: 'loop', time, event: 'timeout', timeoutMs: a }
    case 'dispatch': return { kind: 'loop', time, event: 'dispatch', durationUs: a }
    default: return undefined
  }
}

/**
 * gvir's loop watcher at work: the fds and timeouts GLib asks it to watch and every GLib
 * dispatch. Hot; nothing is recorded while nobody subscribes.
 *
 * @example
 * ```ts
 * const sub = loop$.subscribe((e) => { if (e.event === 'dispatch') console.log(`dispatch ${e.durationUs} µs`) })
 * await conn.fetchDomains()
 * flushLoop()
 * sub.unsubscribe()
 * ```
 */
export const loop$: Observable<LoopEvent> = new Observable<LoopEvent>((subscriber) => {
  if (subscribers === 0) stop = captureLoop((r) => {
    const e = loopEventOf(r)
    if (e) events.next(e)
  })
  subscribers++
  const inner = events.subscribe(subscriber)
  return () => {
    inner.unsubscribe()
    if (--subscribers === 0) {
      const s = stop
      stop = undefined
      s?.()
    }
  }
})

/** Delivers to loop$'s subscribers, now, what the watcher recorded so far (records reach JS in batches). */
export function flushLoop(): void {
  flushCapture()
}
