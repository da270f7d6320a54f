/**
 * GObject lists returned with transfer full (`getDomains`, `getSnapshots`, `getDevices`,
 * `getVolumes`…): the caller owns one reference on every element.
 *
 * node-gtk 4.1.1 balances that reference for a single transfer-full GObject return, but not
 * for the elements of a transfer-full GList: measured, after 3,500 `gconn.getDomains()` the
 * test driver's one domain had refcount 3,503. Every cached list read therefore pinned every
 * domain in it forever (with its node-gtk wrapper, which stays strong while C holds a ref, and
 * the gvir Domain on it): 100,000 lifecycle operations through Connection grew RSS by 1.5 GiB,
 * ~58 KiB per defined domain per list read, where raw LibvirtGObject without list reads grew 6 MiB.
 *
 * gvir gives back the reference it owns. Whether node-gtk leaks it is measured, not assumed,
 * so a fixed node-gtk is never over-released:
 * - a *fresh* list (new objects nobody else holds, e.g. `getDevices`): an element with exactly
 *   two references holds node-gtk's toggle ref and the transferred one; drop the latter;
 * - a *cached* list (objects the GVir parent also holds): the first time, the list is read
 *   twice in a row; the first element's refcount rising by one between the reads means node-gtk
 *   leaks the reference, and that answer is kept for the process.
 * @module
 */
import { nodeGtkSystem } from '../lib/gi.js'
import type { AnyGObject } from './object.js'

function refCount(obj: object): number {
  return nodeGtkSystem().refCount(obj)
}

/** Whether node-gtk leaves the transferred reference of list elements to us; unknown until measured. */
let leaksElementRefs: boolean | undefined

/**
 * Reads a transfer-full list of objects its parent also holds (`fetch` must be a pure cache
 * read, safe to call twice), and drops the reference node-gtk left on each element.
 */
export function cachedList<T extends AnyGObject>(fetch: () => T[] | null): T[] {
  const list = fetch() ?? []
  if (list.length === 0) return list
  if (leaksElementRefs === undefined) {
    const first = list[0]!
    const before = refCount(first)
    const again = fetch() ?? []
    const rise = refCount(first) - before
    if (again.includes(first) && (rise === 0 || rise === 1)) leaksElementRefs = rise === 1
    if (leaksElementRefs) release(again)
  }
  if (leaksElementRefs) release(list)
  return list
}

/** Reads a transfer-full list of new objects (nobody else holds them) and drops what node-gtk left. */
export function freshList<T extends AnyGObject>(fetch: () => T[] | null): T[] {
  const list = fetch() ?? []
  for (const obj of list) if (refCount(obj) === 2) obj.unref()
  return list
}

function release(list: readonly AnyGObject[]): void {
  for (const obj of list) obj.unref()
}
