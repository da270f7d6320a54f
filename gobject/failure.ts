/**
 * How an object tells its connection that a call failed, so the connection can notice a
 * dead libvirtd (LibvirtGObject emits no `connection-closed` then; the next call fails
 * with "client socket is closed").
 * @module
 */

/** Something that wants to see every failure of the calls made through it. */
export interface FailureWatcher {
  /** Looks at a failure; never throws. */
  noteFailure(err: unknown): void
}

/** Passes a call's failure to `watcher` (if any) and rethrows it unchanged. */
export async function watched<T>(watcher: FailureWatcher | undefined, call: Promise<T>): Promise<T> {
  try {
    return await call
  } catch (err) {
    watcher?.noteFailure(err)
    throw err
  }
}
