/**
 * Property declarations: each is a path into the tree plus a codec, in the style of
 * virt-manager's `XMLProperty`. A class is built from a record of them by `defineElement`.
 * @module
 */
import { describeValue, type Codec } from './codec.js'
import { ConfigError } from './error.js'
import { ConfigList } from './list.js'
import { childOrderAt, ConfigObject, ensurePath, insertionPoint, pathUnder, readRaw, removeRaw, viewOf, writeRaw, type ConfigClass } from './object.js'
import { compilePath, walk, type CompiledPath } from './path.js'
import { formatScaled, isByteCount, parseScaled, unitScale } from './units.js'
import { checkXmlChars, detachElement, insertElement, replaceElement, type XmlElement } from './xml/index.js'

/** A declared scalar or child-view property. */
export interface PropSpec<T> {
  /** Tells a scalar or child view (`prop`) from a list. */
  readonly kind: 'prop'
  /** The declared path, as written. */
  readonly path: string
  /** For `child()`: the class of the child view. */
  readonly childClass?: ConfigClass<ConfigObject>
  /** For `size()`: the unit attribute on the element. */
  readonly unitAttr?: string
  /** For `size()` of a memory limit: `Infinity` stands for libvirt's "unlimited". */
  readonly unlimited?: boolean
  /** For `prop()`: the codec, for introspection (which properties are enumerations, and of what). */
  readonly codec?: Codec<T>
  /** Reads the value; throws `ConfigError` when the stored text does not decode. */
  read(obj: ConfigObject): T | undefined
  /** Writes the value (undefined removes); throws `ConfigError` and changes nothing on a bad value. */
  write(obj: ConfigObject, value: T | undefined): void
}

/** A declared live list. */
export interface ListSpec<C extends ConfigObject> {
  /** Tells a list from a scalar or child view. */
  readonly kind: 'list'
  /** The declared path, as written. */
  readonly path: string
  /** Name of the items, or null for every element child of the container. */
  readonly itemTag: string | null
  /** The classes items may have (by tag for `polyChildren`, plus the fallback). */
  readonly classes: readonly ConfigClass<ConfigObject>[]
  /** The list view on `obj`. */
  list(obj: ConfigObject): ConfigList<C>
}

/** Any declaration `defineElement` accepts. */
export type AnySpec = PropSpec<unknown> | ListSpec<ConfigObject>

/**
 * A class, or a function returning it. The function form lets an element contain itself
 * (`<backingStore>` inside `<backingStore>`): `child('backingStore', () => DomainDiskBackingStore)`.
 * It is called on first use, once the class exists.
 */
export type ClassRef<C extends ConfigObject> = ConfigClass<C> | (() => ConfigClass<C>)

function isClass<C extends ConfigObject>(ref: ClassRef<C>): ref is ConfigClass<C> {
  return ref === (ConfigObject as unknown) || ref.prototype instanceof ConfigObject
}

/** A memoised getter for `ref`; checks that a thunk really returns a gconfig class. */
function resolver<C extends ConfigObject>(ref: ClassRef<C>, path: string): () => ConfigClass<C> {
  if (typeof ref !== 'function') throw new ConfigError(`${path}: not a gconfig class`, { path })
  if (isClass(ref)) return () => ref
  let cls: ConfigClass<C> | undefined
  return () => {
    if (cls !== undefined) return cls
    const got = (ref as () => ConfigClass<C>)()
    if (typeof got !== 'function' || !isClass(got)) throw new ConfigError(`${path}: the class function did not return a gconfig class`, { path })
    return (cls = got)
  }
}

/** A `ConfigError` for `rel` under `obj`, its message and `path` naming the element path (`/domain/devices/disk[2]/target/@bus`). */
function failure(obj: ConfigObject, rel: string, message: string): ConfigError {
  const where = pathUnder(obj, rel)
  return new ConfigError(`${where}: ${message}`, { path: where })
}

function decodeWith<T>(obj: ConfigObject, codec: Codec<T>, text: string, path: string): T {
  try {
    return codec.parse(text)
  } catch (e) {
    if (e instanceof ConfigError) throw failure(obj, path, e.message)
    throw e
  }
}

function encodeWith<T>(obj: ConfigObject, codec: Codec<T>, value: T, path: string): string {
  let text: string
  try {
    text = codec.format(value)
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e
    // An enumeration refuses what it does not know; say how to write such a value on purpose.
    const hint = codec.values !== undefined && typeof value === 'string' ? `; to write a value gvir does not know yet, use .set('${path}', ${describeValue(value)})` : ''
    throw failure(obj, path, e.message + hint)
  }
  checkXmlChars(text, pathUnder(obj, path))
  return text
}

/** A value at `path` (attribute, element text, or `.`) converted by `codec`. */
export function prop<T>(path: string, codec: Codec<T>): PropSpec<T> {
  const cp = compilePath(path)
  return {
    kind: 'prop',
    path,
    codec,
    read: (obj) => {
      const raw = readRaw(obj.node, cp)
      return raw === undefined ? undefined : decodeWith(obj, codec, raw, path)
    },
    write: (obj, value) => {
      if (value === undefined) return removeRaw(obj, cp)
      // Writing back what an enumeration read (a value gvir does not know) changes nothing.
      if (codec.values !== undefined && typeof value === 'string' && readRaw(obj.node, cp) === value) return
      writeRaw(obj, cp, encodeWith(obj, codec, value, path))
    },
  }
}

function elementPath(path: string, what: string): CompiledPath {
  const cp = compilePath(path)
  if (cp.attr !== null) throw new ConfigError(`${what}() takes an element path, not '${path}'`, { path })
  return cp
}

/** True when the (empty) element at `path` is present, e.g. `features/acpi`. */
export function flag(path: string): PropSpec<boolean> {
  const cp = elementPath(path, 'flag')
  if (cp.steps.length === 0) throw new ConfigError('flag() needs a child element path', { path })
  return {
    kind: 'prop',
    path,
    read: (obj) => walk(obj.node, cp.steps) !== undefined,
    write: (obj, value) => {
      if (value !== undefined && typeof value !== 'boolean') throw failure(obj, path, `${describeValue(value)} is not a boolean`)
      if (value === true) ensurePath(obj, cp.steps)
      else removeRaw(obj, cp)
    },
  }
}

/** Options of {@link size}. */
export interface SizeOptions {
  /** Attribute holding the unit; default `unit`. */
  unitAttr?: string
  /** Unit assumed when the attribute is absent; default `bytes` (domain memory: `KiB`). */
  defaultUnit?: string
  /**
   * libvirt's memory-limit rule (`<memtune>` limits): {@link UNLIMITED_KIB} KiB or more is
   * "unlimited" and reads as `Infinity`; writing `Infinity` writes that sentinel, in KiB.
   */
  unlimited?: boolean
}

/**
 * libvirt's "unlimited" memory limit, `VIR_DOMAIN_MEMORY_PARAM_UNLIMITED` (INT64_MAX >> 10),
 * in KiB: 9007199254740991. A `<memtune>` limit of this many KiB reads as `Infinity`.
 */
export const UNLIMITED_KIB = 9007199254740991

/**
 * A size in bytes at `path` (an element's text, or an attribute), scaled by the unit attribute
 * on the same element. Writes keep the element's unit when the value is a whole number of it,
 * else switch to bytes; a new element gets `defaultUnit` when exact.
 *
 * Sizes are exact `number`s, beyond 2^53 too: a KiB count below 2^53 (every memory size libvirt
 * formats) times 1024 is exact in a double. A byte count no double holds exactly (odd bytes
 * beyond 2^53, 8 PiB) is refused with `ConfigError` rather than rounded: its text is `get(path)`.
 */
export function size(path: string, opts: SizeOptions = {}): PropSpec<number> {
  const cp = compilePath(path)
  const unitAttr = opts.unitAttr ?? 'unit'
  const defaultUnit = opts.defaultUnit ?? 'bytes'
  const unlimited = opts.unlimited === true
  if (unitScale(defaultUnit) === undefined) throw new ConfigError(`unknown default unit '${defaultUnit}'`, { path })
  return {
    kind: 'prop',
    path,
    unitAttr,
    unlimited,
    read: (obj) => {
      const raw = readRaw(obj.node, cp)
      if (raw === undefined) return undefined
      const unit = walk(obj.node, cp.steps)!.getAttribute(unitAttr) ?? defaultUnit
      if (unlimited && isUnlimited(raw, unit)) return Infinity
      const bytes = parseScaled(raw, unit)
      if (typeof bytes === 'string') throw failure(obj, path, bytes)
      return bytes
    },
    write: (obj, value) => {
      if (value === undefined) return removeRaw(obj, cp)
      const el = walk(obj.node, cp.steps)
      const present = el?.getAttribute(unitAttr)
      let unit = present ?? defaultUnit
      let text: string | undefined
      if (unlimited && value === Infinity) {
        unit = 'KiB'
        text = String(UNLIMITED_KIB)
      } else {
        if (!isByteCount(value)) {
          const what = unlimited ? 'a size in bytes (a non-negative integer) or Infinity' : 'a size in bytes (a non-negative integer)'
          throw failure(obj, path, `${describeValue(value)} is not ${what}`)
        }
        const scale = unitScale(unit)
        text = scale === undefined ? undefined : formatScaled(value, scale)
        if (text === undefined) {
          unit = 'bytes'
          text = formatScaled(value, 1)!
        }
      }
      const target = ensurePath(obj, cp.steps)
      if (cp.attr !== null) target.setAttribute(cp.attr, text)
      else if (target.text !== text) target.setText(text)
      const implicit = present === undefined && el !== undefined && unit === defaultUnit
      if (!implicit && present !== unit) target.setAttribute(unitAttr, unit)
    },
  }
}

function isUnlimited(raw: string, unit: string): boolean {
  const scale = unitScale(unit)
  const s = raw.trim()
  return scale !== undefined && /^[0-9]+$/.test(s) && BigInt(s) * BigInt(scale) >= BigInt(UNLIMITED_KIB) * 1024n
}

/**
 * A child view of class `cls` at `path`; undefined when absent (reading never creates it;
 * `obj.ensure(key)` does, in libvirt's order). Setting adopts the given object.
 * `cls` may be a function returning the class, for an element that contains itself.
 */
export function child<C extends ConfigObject>(path: string, cls: ClassRef<C>): PropSpec<C> {
  const cp = elementPath(path, 'child')
  if (cp.steps.length === 0) throw new ConfigError('child() needs a child element path', { path })
  const tag = cp.steps[cp.steps.length - 1]!
  const resolve = resolver(cls, path)
  return {
    kind: 'prop',
    path,
    get childClass() {
      return resolve() as ConfigClass<ConfigObject>
    },
    read: (obj) => {
      const el = walk(obj.node, cp.steps)
      return el === undefined ? undefined : viewOf(el, resolve())
    },
    write: (obj, value) => {
      if (value === undefined) return removeRaw(obj, cp)
      if (!(value instanceof ConfigObject)) throw failure(obj, path, 'not a gconfig object')
      if (value.node.name !== tag) throw failure(obj, path, `expected a <${tag}> element, got <${value.node.name}>`)
      for (let p: XmlElement | null = obj.node; p !== null; p = p.parent?.kind === 'element' ? p.parent : null) {
        if (p === value.node) throw failure(obj, path, 'cannot put an element inside itself')
      }
      const existing = walk(obj.node, cp.steps)
      if (existing === value.node) return
      if (existing !== undefined) {
        replaceElement(existing, value.node)
        return
      }
      detachElement(value.node)
      const parent = ensurePath(obj, cp.steps, cp.steps.length - 1)
      insertElement(parent, value.node, insertionPoint(parent, tag, childOrderAt(obj, cp.steps.slice(0, -1).join('/'), parent)))
    },
  }
}

/**
 * A live list of `<tag>` children (the path's last step) of class `cls` (or a function
 * returning it, for an element that contains itself).
 */
export function children<C extends ConfigObject>(path: string, cls: ClassRef<C>): ListSpec<C> {
  const cp = elementPath(path, 'children')
  if (cp.steps.length === 0) throw new ConfigError('children() needs the item element name', { path })
  const resolve = resolver(cls, path)
  const shape = { container: cp.steps.slice(0, -1), itemTag: cp.steps[cp.steps.length - 1]!, classify: resolve }
  return {
    kind: 'list',
    path,
    itemTag: shape.itemTag,
    get classes() {
      return [resolve() as ConfigClass<ConfigObject>]
    },
    list: (obj) => new ConfigList(obj, shape),
  }
}

/**
 * A live list of every element child of the container at `path` (`devices`), each viewed by
 * the class registered for its tag, else `fallback`; nothing is dropped. Classes may be given
 * as functions returning them, for content that contains itself.
 */
export function polyChildren(
  path: string,
  byTag: Record<string, ClassRef<ConfigObject>>,
  fallback: ClassRef<ConfigObject>,
): ListSpec<ConfigObject> {
  const cp = elementPath(path, 'polyChildren')
  const map = new Map<string, () => ConfigClass<ConfigObject>>()
  for (const key of Object.keys(byTag)) map.set(key, resolver(byTag[key]!, `${path}/${key}`))
  const other = resolver(fallback, path)
  const shape = { container: cp.steps, itemTag: null, classify: (el: XmlElement) => (map.get(el.name) ?? other)() }
  return {
    kind: 'list',
    path,
    itemTag: null,
    get classes() {
      return [...[...map.values()].map((r) => r()), other()]
    },
    list: (obj) => new ConfigList(obj, shape),
  }
}
