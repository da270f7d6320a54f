/**
 * The base of every gvir object: one gvir wrapper per GObject, and gvir's ownership rule.
 *
 * ## Identity
 * node-gtk 4.1.1 keeps one JS wrapper per GObject pointer (stored in the object's qdata) for as
 * long as that wrapper is alive, and keeps the wrapper strongly reachable while anything besides
 * node-gtk's toggle reference holds the GObject (e.g. a GVirConnection's domain cache). So the
 * node-gtk wrapper is a reliable key: the registry is a `WeakMap` from it to the gvir object.
 * The gvir object holds the wrapper (`.gobject`), the WeakMap holds the gvir object only while
 * the wrapper lives (an ephemeron), so nothing here keeps either alive on its own: no leak.
 * The only way to get a second gvir object for one GObject would be for node-gtk to build a new
 * wrapper, which needs the old one collected, which needs the old gvir object unreachable —
 * so nobody can observe two of them.
 *
 * ## Ownership rule
 * Every GObject gvir receives or creates is one of two kinds:
 *
 * 1. **Exposed** (Connection, Domain, StoragePool, …, any object wrapped by {@link wrapObject}):
 *    owned by node-gtk's toggle reference, kept by the gvir object through `.gobject`. gvir never
 *    unrefs these; node-gtk frees them once the gvir object is unreachable and no C code holds them.
 * 2. **Transient** (GVirConfig objects that carry XML in or out, GVirDomainInfo-like results
 *    gvir converts at once, Gio.Cancellables): used only inside one gvir call and never handed to
 *    user code. gvir releases each with {@link useTransient}, which drops node-gtk's toggle
 *    reference right after the last use so the object is finalized at once.
 *
 * Why kind 2 needs an explicit release: node-gtk 4.1.1 balances transfer-full returns (the
 * wrapper is left with only its toggle ref), but when the wrapper is collected it defers the
 * `g_object_remove_toggle_ref` to a GLib idle (GObjectTeardownIdle) that runs only while GLib's
 * default context is iterated, and only after V8 decides to collect a wrapper whose native
 * weight it cannot see. Measured here: 5,000 `Domain.getConfig(0)` +106 MiB RSS with no GLib
 * iteration, +15.6 MiB with iteration, +0.6 MiB with the release below; 20,000 → +31 MiB
 * without it. The release is only sound when node-gtk's toggle ref is the only reference
 * (`System.refCount(obj) === 1`): then nothing else can be using the object, node-gtk's weak
 * ref (GObjectFinalized) clears the wrapper's pointer, and its deferred teardown becomes a
 * no-op. If something else still holds it, gvir leaves it to node-gtk (never steals a ref).
 * The wrapper is dead after release: {@link useTransient} is the only way gvir releases, so
 * the object cannot escape the callback that uses it.
 * @module
 */
import { nodeGtkSystem } from '../lib/gi.js'
import type { GObject } from '../lib/gi.js'

/** The node-gtk wrapper of any GObject. */
export type AnyGObject = GObject.Object

/**
 * Base of every gvir object that stands for one GObject.
 *
 * Don't construct subclasses directly: get them from gvir calls, which go through
 * {@link wrapObject} so that `===` holds between two lookups of the same GObject.
 * @typeParam G - the node-gtk type of the wrapped GObject, e.g. `LibvirtGObject.Domain`
 */
export abstract class GvirObject<G extends AnyGObject = AnyGObject> {
  /**
   * The underlying GObject as node-gtk exposes it (e.g. a `LibvirtGObject.Domain`), for GTK
   * code. Don't `unref()` it: gvir and node-gtk own it.
   */
  readonly gobject: G

  /** @internal Use {@link wrapObject}. */
  constructor(gobject: G) {
    this.gobject = gobject
  }
}

/** A gvir class whose instances stand for a GObject of type `G`. */
export type GvirClass<G extends AnyGObject, C extends GvirObject<G>> = new (gobject: G) => C

const registry = new WeakMap<AnyGObject, GvirObject>()

/**
 * The one gvir object for `gobj`, created as an instance of `cls` the first time.
 * @throws TypeError if `gobj` is already wrapped by a class that isn't `cls` or a subclass of it
 * @example
 * const domain = wrapObject(gdomain, Domain)
 * wrapObject(gdomain, Domain) === domain // true
 */
export function wrapObject<G extends AnyGObject, C extends GvirObject<G>>(gobj: G, cls: GvirClass<G, C>): C {
  const known = registry.get(gobj)
  if (known) {
    if (known instanceof cls) return known
    throw new TypeError(`gvir: this GObject is already wrapped as ${known.constructor.name}, not ${cls.name}`)
  }
  const created = new cls(gobj)
  registry.set(gobj, created)
  return created
}

/** Like {@link wrapObject}, but passes `null`/`undefined` through (libvirt-glib's "not found"). */
export function wrapNullable<G extends AnyGObject, C extends GvirObject<G>>(gobj: G | null | undefined, cls: GvirClass<G, C>): C | undefined {
  return gobj ? wrapObject(gobj, cls) : undefined
}

/** The gvir object already standing for `gobj`, if any (never creates one). */
export function lookupObject(gobj: AnyGObject): GvirObject | undefined {
  return registry.get(gobj)
}

/**
 * Runs `use(obj)` and then releases the transient GObject `obj` (ownership rule, kind 2):
 * it is finalized at once when node-gtk's toggle ref is its only reference, and left to
 * node-gtk otherwise. `obj` must not escape `use`: its wrapper is dead afterwards.
 * `use` may be async; the release waits for it. `null` is passed through untouched.
 * @example
 * const xml = useTransient(gdomain.getConfig(0), (config) => config.toXml())
 */
export function useTransient<T extends AnyGObject | null, R>(obj: T, use: (obj: T) => R): R {
  let result: R
  try {
    result = use(obj)
  } catch (err) {
    releaseTransient(obj)
    throw err
  }
  if (result instanceof Promise) {
    return result.finally(() => releaseTransient(obj)) as R
  }
  releaseTransient(obj)
  return result
}

/**
 * Drops node-gtk's toggle reference on a transient GObject when it is the only reference
 * left (see the module's ownership rule). Internal: prefer {@link useTransient}, which keeps
 * the dead wrapper out of reach.
 * @returns whether the object was finalized now
 */
export function releaseTransient(obj: AnyGObject | null | undefined): boolean {
  if (!obj) return false
  if (nodeGtkSystem().refCount(obj) !== 1) return false
  obj.unref()
  return true
}
