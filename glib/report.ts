/**
 * Where gvir sends errors nobody can catch: a subscriber that throws, a callback that
 * failed after its Promise settled. They must never reach node-gtk (a throw into a
 * node-gtk callback ends the process), and must not vanish either.
 * @module
 */

/** Receives an error gvir cannot hand to any caller. */
export type ErrorReporter = (error: unknown) => void

const defaultReporter: ErrorReporter = (error) => {
  console.error('gvir: an error was thrown where no caller could catch it:', error)
}

let reporter: ErrorReporter = defaultReporter

/**
 * Replaces the reporter (by default `console.error`); `null` restores the default.
 * Returns the reporter that was in place, so a test or an app can put it back.
 *
 * @example
 * ```ts
 * setErrorReporter((err) => logger.error({ err }, 'gvir subscriber failed'))
 * ```
 */
export function setErrorReporter(next: ErrorReporter | null): ErrorReporter {
  const previous = reporter
  reporter = next ?? defaultReporter
  return previous
}

/**
 * Hands `error` to the current reporter; a reporter that throws is itself reported to `console.error`.
 *
 * @example
 * ```ts
 * // inside a node-gtk callback, where a throw would end the process
 * try { handle(args) } catch (err) { reportError(err) }
 * ```
 */
export function reportError(error: unknown): void {
  try {
    reporter(error)
  } catch (failure) {
    try {
      console.error('gvir: the error reporter threw:', failure, 'while reporting:', error)
    } catch {
      // Nothing is left to report with; dropping it is all that keeps the process alive.
    }
  }
}
