/**
 * Which connection handed out a storage pool, volume, network…, so its calls' failures
 * reach that connection (a dead libvirtd is only noticed through failed calls).
 * @module
 */
import { type FailureWatcher, watched } from './failure.js'

const owners = new WeakMap<object, FailureWatcher>()

/**
 * @internal Records that `obj` came from `owner` (a Connection, or the pool a volume came
 * from). The first owner stays. Returns `obj`.
 * @example
 * return adopt(wrapObject(gpool, StoragePool), this)
 */
export function adopt<T extends object>(obj: T, owner: FailureWatcher | undefined): T {
  if (owner && !owners.has(obj)) owners.set(obj, owner)
  return obj
}

/** @internal The owner recorded by {@link adopt}, if any. */
export function ownerOf(obj: object): FailureWatcher | undefined {
  return owners.get(obj)
}

/** @internal Passes `call`'s failure to `obj`'s owner, then rethrows it. */
export function viaOwner<T>(obj: object, call: Promise<T>): Promise<T> {
  return watched(owners.get(obj), call)
}

/** @internal A FailureWatcher that forwards to `obj`'s owner, for objects it hands out. */
export function forwardTo(obj: object): FailureWatcher {
  return { noteFailure: (err) => owners.get(obj)?.noteFailure(err) }
}
