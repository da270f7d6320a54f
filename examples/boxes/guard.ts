/**
 * Nothing may throw into node-gtk (a throw from a signal handler or a timer ends the
 * process) and no Promise may reject unseen: every UI entry point goes through these.
 * @module
 */

/** Where the app shows an error it caught (the window's error banner). */
export type ErrorSink = (error: unknown) => void

/** Wraps a GTK signal handler so that a throw goes to `sink` instead of ending the process. */
export function guarded<A extends unknown[], R>(sink: ErrorSink, fn: (...args: A) => R, fallback: R): (...args: A) => R {
  return (...args: A): R => {
    try {
      return fn(...args)
    } catch (err) {
      report(sink, err)
      return fallback
    }
  }
}

/** Runs an async UI action detached from its caller; a rejection goes to `sink`. */
export function detach(sink: ErrorSink, work: () => Promise<unknown>): void {
  let running: Promise<unknown>
  try {
    running = work()
  } catch (err) {
    report(sink, err)
    return
  }
  running.catch((err: unknown) => report(sink, err))
}

function report(sink: ErrorSink, err: unknown): void {
  try {
    sink(err)
  } catch (failure) {
    console.error('boxes: the error sink failed:', failure, 'while reporting', err)
  }
}

/** The message to show for an error: a VirError's (or any Error's) message. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error || err instanceof DOMException) return err.message
  return String(err)
}
