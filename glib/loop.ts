/**
 * GMain ↔ libuv glue (provisional: a timer pump while held; replaced by the native watcher).
 * @module
 */
import { gi } from '../lib/gi.js'

let holds = 0
let timer: NodeJS.Timeout | undefined

/** A function that releases what {@link hold} took; calling it twice is harmless. */
export type Release = () => void

/**
 * Keeps GLib's default main context iterated, and the Node process alive, until released.
 * Every pending call, open connection and live subscription holds the loop.
 */
export function hold(): Release {
  holds++
  if (!timer) {
    const ctx = gi().GLib.MainContext.default()
    timer = setInterval(() => { while (ctx.iteration(false)); }, 1)
  }
  let released = false
  return () => {
    if (released) return
    released = true
    if (--holds === 0 && timer) { clearInterval(timer); timer = undefined }
  }
}

/** Starts the glue; idempotent. */
export function startLoop(): void {}
