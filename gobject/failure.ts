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
  /** Sees each call while it is in flight (a connection closes libvirt's handle only once none is). */
  track?(call: Promise<unknown>): void
  /**
   * The error a new call must reject with because the connection was closed (by `close()`
   * or a lost libvirtd), or `undefined` while it is open. libvirt-glib's objects keep a
   * reference to libvirt's connection, so their calls would still go through.
   */
  closedError?(): Error | undefined
}

/** Shows `watcher` (if any) the call in flight, passes its failure on, and rethrows it unchanged. */
export async function watched<T>(watcher: FailureWatcher | undefined, call: Promise<T>): Promise<T> {
  watcher?.track?.(call)
  try {
    return await call
  } catch (err) {
    watcher?.noteFailure(err)
    throw err
  }
}
