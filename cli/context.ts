/**
 * What every command runs with: the output, one lazily opened connection shared by the
 * commands of a batch, and the signal that Ctrl-C aborts.
 * @module
 */
import { Connection } from '../lib/index.js'
import type { Output } from './output.js'

/** The state one `gvir` invocation shares between its commands. */
export class Context {
  #conn?: Promise<Connection>

  constructor(readonly uri: string, readonly out: Output, readonly signal: AbortSignal) {}

  /** The connection to {@link uri}, opened on first use. */
  connection(): Promise<Connection> {
    this.#conn ??= Connection.open(this.uri, { signal: this.signal })
    return this.#conn
  }

  /** Closes the connection if one was opened; a failed open is forgotten. */
  async close(): Promise<void> {
    const pending = this.#conn
    this.#conn = undefined
    if (!pending) return
    try {
      ;(await pending).close()
    } catch {
      // It never opened: nothing to close.
    }
  }
}
