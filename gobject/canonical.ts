/**
 * One gvir object per libvirt object for the objects gvir builds itself (node devices,
 * secrets, network filters, networks): libvirt-glib caches none of the first three, and
 * each listing builds new GObjects on new libvirt handles, so `wrapObject` alone would give
 * a new gvir object per listing. Here each connection keeps the first gvir object it handed
 * out per libvirt key (a device's name, a UUID) and hands out that one again; a later
 * GObject for the same key is dropped (node-gtk frees it with its wrapper). A full listing
 * forgets the keys it no longer has, so the map holds only what libvirt still has.
 * @module
 */
import { type AnyGObject, type GvirClass, type GvirObject, wrapObject } from './object.js'
import { adopt } from './owner.js'
import type { CallContext } from './call.js'

const registries = new WeakMap<object, Map<string, GvirObject>>()

function registryOf(owner: object): Map<string, GvirObject> {
  let map = registries.get(owner)
  if (!map) registries.set(owner, map = new Map())
  return map
}

/**
 * @internal The one `cls` object of `owner` for libvirt key `key`: the one handed out
 * before, or `gobj` wrapped (and adopted by `owner`) now. Without an owner, `wrapObject`'s.
 */
export function canonical<G extends AnyGObject, C extends GvirObject<G>>(owner: CallContext | undefined, kind: string, key: string, gobj: G, cls: GvirClass<G, C>): C {
  if (!owner) return wrapObject(gobj, cls)
  const map = registryOf(owner)
  const id = `${kind}\0${key}`
  const known = map.get(id)
  if (known instanceof cls) return known
  const made = adopt(wrapObject(gobj, cls), owner)
  map.set(id, made)
  return made
}

/**
 * @internal {@link canonical} for a full listing of `kind`: the objects in the listing's
 * order, and every other key of that kind forgotten (libvirt no longer has it).
 */
export function canonicalList<G extends AnyGObject, C extends GvirObject<G>>(owner: CallContext | undefined, kind: string, gobjs: readonly G[], keyOf: (g: G) => string, cls: GvirClass<G, C>): C[] {
  const list = gobjs.map((g) => canonical(owner, kind, keyOf(g), g, cls))
  if (owner) {
    const keep = new Set(gobjs.map((g) => `${kind}\0${keyOf(g)}`))
    const map = registryOf(owner)
    for (const id of map.keys()) if (id.startsWith(`${kind}\0`) && !keep.has(id)) map.delete(id)
  }
  return list
}

/** @internal Forgets `owner`'s object of `kind` for `key` (it was undefined). */
export function forgetCanonical(owner: CallContext | undefined, kind: string, key: string): void {
  if (owner) registryOf(owner).delete(`${kind}\0${key}`)
}

const listeners = new WeakMap<object, Map<string, () => void>>()

/** @internal Calls `fn` whenever gvir itself changes `owner`'s objects of `kind` ({@link changed}). */
export function onChanged(owner: object, kind: string, fn: () => void): void {
  let map = listeners.get(owner)
  if (!map) listeners.set(owner, map = new Map())
  map.set(kind, fn)
}

/** @internal gvir defined, started, stopped or undefined one of `owner`'s objects of `kind`. */
export function changed(owner: object | undefined, kind: string): void {
  if (owner) listeners.get(owner)?.get(kind)?.()
}
