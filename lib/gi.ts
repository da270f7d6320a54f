/**
 * The one place gvir loads node-gtk and the GObject-introspection namespaces it uses.
 *
 * Loading is lazy so that `gvir/gconfig` (pure TypeScript) never pays for, or needs,
 * the native stack.
 * @module
 */
import { createRequire } from 'node:module'
import { checkNodeGtkPatches, nodeGtkLoadError } from '../glib/node-gtk-check.js'
import type * as GLibNs from '../typings/GLib-2.0.js'
import type * as GObjectNs from '../typings/GObject-2.0.js'
import type * as GioNs from '../typings/Gio-2.0.js'
import type * as LibvirtGLibNs from '../typings/LibvirtGLib-1.0.js'
import type * as LibvirtGConfigNs from '../typings/LibvirtGConfig-1.0.js'
import type * as LibvirtGObjectNs from '../typings/LibvirtGObject-1.0.js'

/** The node-gtk module surface gvir uses. */
export interface NodeGtk {
  require(ns: 'GLib', version: '2.0'): typeof GLibNs
  require(ns: 'GObject', version: '2.0'): typeof GObjectNs
  require(ns: 'Gio', version: '2.0'): typeof GioNs
  require(ns: 'LibvirtGLib', version: '1.0'): typeof LibvirtGLibNs
  require(ns: 'LibvirtGConfig', version: '1.0'): typeof LibvirtGConfigNs
  require(ns: 'LibvirtGObject', version: '1.0'): typeof LibvirtGObjectNs
  /** GTK 4 and its display layer, for apps (examples/boxes); untyped here: gvir's typings stop at Gio. */
  require(ns: 'Gtk' | 'Gdk' | 'Gsk', version: '4.0'): unknown
}

/** node-gtk's low-level helpers (`require('node-gtk').System`) that gvir relies on. */
export interface NodeGtkSystem {
  /** The address of the GObject (or boxed value) behind a wrapper, for gvir's native addon. */
  addressOf(obj: object): number
  /** The GObject's current reference count (node-gtk's own toggle reference included). */
  refCount(obj: object): number
}

/** node-gtk's {@link NodeGtkSystem} helpers. */
export function nodeGtkSystem(): NodeGtkSystem {
  return (nodeGtk() as unknown as { System: NodeGtkSystem }).System
}

/** The GI namespaces gvir uses, as node-gtk exposes them. */
export interface Namespaces {
  readonly GLib: typeof GLibNs
  readonly GObject: typeof GObjectNs
  readonly Gio: typeof GioNs
  readonly LibvirtGLib: typeof LibvirtGLibNs
  readonly LibvirtGConfig: typeof LibvirtGConfigNs
  readonly LibvirtGObject: typeof LibvirtGObjectNs
}

const require = createRequire(import.meta.url)
let cached: Namespaces | undefined

/** node-gtk itself, loaded on first use. */
export function nodeGtk(): NodeGtk {
  let g: NodeGtk
  try {
    g = require('node-gtk') as NodeGtk
  } catch (err) {
    throw nodeGtkLoadError(err)
  }
  checkNodeGtkPatches(require('node-gtk/lib/native.js') as { gvirPatches?: unknown })
  return g
}

/** The GI namespaces, loaded on first use and shared by every layer. */
export function gi(): Namespaces {
  if (cached) return cached
  const g = nodeGtk()
  cached = {
    GLib: g.require('GLib', '2.0'),
    GObject: g.require('GObject', '2.0'),
    Gio: g.require('Gio', '2.0'),
    LibvirtGLib: g.require('LibvirtGLib', '1.0'),
    LibvirtGConfig: g.require('LibvirtGConfig', '1.0'),
    LibvirtGObject: g.require('LibvirtGObject', '1.0'),
  }
  return cached
}

export type { GLibNs as GLib, GObjectNs as GObject, GioNs as Gio, LibvirtGLibNs as LibvirtGLib, LibvirtGConfigNs as LibvirtGConfig, LibvirtGObjectNs as LibvirtGObject }
