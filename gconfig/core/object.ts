/**
 * `ConfigObject`: a typed view on one element of the tree, and the tree-walking helpers the
 * declared properties share.
 * @module
 */
import { ConfigError } from './error.js'
import { compilePath, walk, type CompiledPath } from './path.js'
import {
  checkXmlChars,
  cloneElement,
  detachElement,
  insertElement,
  lineColumn,
  parseXml,
  serializeDocument,
  serializeElement,
  XmlElement,
  type ParseOptions,
} from './xml/index.js'

/** Where a class's setters put what they create: libvirt's element and attribute order. */
export interface Layout {
  /** Order of this element's children. */
  readonly order: readonly string[] | undefined
  /** Order of the children of nested elements, keyed by relative path (`source`, `os/loader`). */
  readonly childOrder: ReadonlyMap<string, readonly string[]>
  /** Attribute order per element, keyed by relative path (`''` for the element itself). */
  readonly attrOrder: ReadonlyMap<string, readonly string[]>
  /** Classes declared for child elements by relative path, whose own layout then applies (resolved on use). */
  readonly childClass: ReadonlyMap<string, () => ConfigClass<ConfigObject>>
}

/** The layout of a class that declares nothing. */
export const EMPTY_LAYOUT: Layout = { order: undefined, childOrder: new Map(), attrOrder: new Map(), childClass: new Map() }

/** A concrete class of `C`, as the declarations take it. */
export interface ConfigClass<C extends ConfigObject> {
  new (node?: XmlElement): C
  /** The element name it models (`''`: any). */
  readonly tag: string
  /** Where its setters put new nodes. */
  readonly layout: Layout
}

/**
 * Where `el` is, as an XPath-like element path from the top of its tree:
 * `/domain/devices/disk[2]` (a 1-based index where the element has same-named siblings).
 */
export function elementPath(el: XmlElement): string {
  const steps: string[] = []
  for (let cur: XmlElement | null = el; cur !== null; cur = cur.parent?.kind === 'element' ? cur.parent : null) {
    const p: XmlElement['parent'] = cur.parent
    let step = cur.name
    if (p?.kind === 'element') {
      let index = 0
      let count = 0
      for (const c of p.children) {
        if (c.kind !== 'element' || c.name !== cur.name) continue
        count++
        if (c === cur) index = count
      }
      if (count > 1) step += `[${index}]`
    }
    steps.push(step)
  }
  return `/${steps.reverse().join('/')}`
}

/** `rel` (a declared path: `target/@bus`, `.`) under `obj`'s element, as a full element path. */
export function pathUnder(obj: ConfigObject, rel: string): string {
  const base = elementPath(obj.node)
  return rel === '.' || rel === '' ? base : `${base}/${rel.replace(/^\.\//, '')}`
}

/** The view of class `cls` on `el`; the same object on every call while the class is the same. */
export function viewOf<C extends ConfigObject>(el: XmlElement, cls: ConfigClass<C>): C {
  const v = el.view
  if (v !== undefined && (v as object).constructor === cls) return v as C
  return new cls(el)
}

function layoutOf(obj: ConfigObject): Layout {
  return (obj.constructor as ConfigClass<ConfigObject>).layout ?? EMPTY_LAYOUT
}

/** The order in which `el` (at `rel` under `obj`) wants its children. */
export function childOrderAt(obj: ConfigObject, rel: string, el: XmlElement): readonly string[] | undefined {
  const layout = layoutOf(obj)
  if (rel === '') return layout.order
  const declared = layout.childOrder.get(rel) ?? layout.childClass.get(rel)?.().layout.order
  if (declared !== undefined) return declared
  const v = el.view
  return v instanceof ConfigObject ? layoutOf(v).order : undefined
}

/** The element child of `parent` that a new `<name>` should go before, per `order`. */
export function insertionPoint(parent: XmlElement, name: string, order: readonly string[] | undefined): XmlElement | null {
  if (order === undefined) return null
  const mine = order.indexOf(name)
  if (mine < 0) return null
  for (const c of parent.children) if (c.kind === 'element' && order.indexOf(c.name) > mine) return c
  return null
}

/** Walks `steps[0, count)` from `obj`'s element, creating what is missing in declared order. */
export function ensurePath(obj: ConfigObject, steps: readonly string[], count = steps.length): XmlElement {
  let cur = obj.node
  let rel = ''
  for (let i = 0; i < count; i++) {
    const name = steps[i]!
    let next = cur.firstElement(name)
    if (next === undefined) {
      next = new XmlElement(name)
      insertElement(cur, next, insertionPoint(cur, name, childOrderAt(obj, rel, cur)))
    }
    rel = rel === '' ? name : `${rel}/${name}`
    cur = next
  }
  return cur
}

/** Removes emptied elements from `from` up to, not including, `obj`'s own element. */
export function pruneFrom(obj: ConfigObject, from: XmlElement | null): void {
  let p = from
  while (p !== null && p !== obj.node && p.isEmpty && isInside(p, obj.node)) {
    const up: XmlElement | null = p.parent?.kind === 'element' ? p.parent : null
    detachElement(p)
    p = up
  }
}

function isInside(el: XmlElement, ancestor: XmlElement): boolean {
  for (let p = el.parent; p !== null; p = p.parent) if (p === ancestor) return true
  return false
}

/** The raw text at `cp` under `el`: an attribute value or an element's text. */
export function readRaw(el: XmlElement, cp: CompiledPath): string | undefined {
  const target = walk(el, cp.steps)
  if (target === undefined) return undefined
  return cp.attr !== null ? target.getAttribute(cp.attr) : target.text
}

/** Writes `text` at `cp` under `obj`, creating parents. `text` must be checked already. */
export function writeRaw(obj: ConfigObject, cp: CompiledPath, text: string): void {
  const target = ensurePath(obj, cp.steps)
  if (cp.attr !== null) target.setAttribute(cp.attr, text, layoutOf(obj).attrOrder.get(cp.steps.join('/')))
  else if (target.text !== text || target.children.some((c) => c.kind === 'cdata')) target.setText(text)
}

/** Removes what `cp` names under `obj` (attribute, or the element itself) and prunes. */
export function removeRaw(obj: ConfigObject, cp: CompiledPath): void {
  const target = walk(obj.node, cp.steps)
  if (target === undefined) return
  if (cp.attr !== null) {
    if (target.removeAttribute(cp.attr)) pruneFrom(obj, target)
  } else if (cp.steps.length === 0) {
    if (target.text !== '') target.setText('')
  } else {
    const parent = target.parent?.kind === 'element' ? target.parent : null
    detachElement(target)
    pruneFrom(obj, parent)
  }
}

/**
 * A typed view on one element of a document. Subclasses come from `defineElement` or
 * `defineDocument`; every property reads and writes the tree, which stays the single truth.
 */
export abstract class ConfigObject {
  /** The element name this class models; `''` accepts any. */
  static readonly tag: string = ''
  /** Where setters put the nodes they create. */
  static readonly layout: Layout = EMPTY_LAYOUT

  /** The live tree node. */
  readonly node: XmlElement

  /** A view on `node`, or a new empty element of this class's tag. */
  constructor(node?: XmlElement) {
    const cls = this.constructor as typeof ConfigObject
    if (node === undefined) {
      if (cls.tag === '') throw new ConfigError(`${cls.name} models any element; give it the element to view`)
      node = new XmlElement(cls.tag)
    }
    this.node = node
    node.view = this
  }

  /**
   * Parses `xml` whose root must be this class's element. Throws `ConfigError` with line and
   * column on malformed XML, a second root, a wrong root, excessive depth or length.
   */
  static fromXml<T extends ConfigObject>(this: ConfigClass<T>, xml: string, options?: ParseOptions): T {
    const doc = parseXml(xml, options)
    // biome-ignore lint/complexity/noThisInStatic: `this` is the subclass called on (Domain.fromXml), whose tag ConfigObject.tag is not
    const { tag } = this
    if (tag !== '' && doc.root.name !== tag) {
      const { line, column } = lineColumn(xml, doc.root.start)
      throw new ConfigError(`line ${line}, column ${column}: expected a <${tag}> document, found <${doc.root.name}>`, { line, column })
    }
    return new this(doc.root)
  }

  /** The XML text: for an unmodified document, exactly the text it was parsed from. */
  toXml(): string {
    const p = this.node.parent
    if (p !== null && p.kind === 'document' && p.root === this.node) return serializeDocument(p)
    return serializeElement(this.node)
  }

  // Live list views by declaration, so `dom.disks === dom.disks`. A plain field rather than a
  // WeakMap: ephemeron tables made garbage collection dominate the parse-read-write benchmark.
  private lists: Map<object, unknown> | undefined = undefined

  /** @internal The list view for declaration `key`, made once per object. */
  listView<L>(key: object, make: () => L): L {
    this.lists ??= new Map()
    let l = this.lists.get(key) as L | undefined
    if (l === undefined) this.lists.set(key, (l = make()))
    return l
  }

  /** The raw text at `path` (`'@type'`, `'os/type/@arch'`, `'memory'`, `'.'`), for what is not declared. */
  get(path: string): string | undefined {
    return readRaw(this.node, compilePath(path))
  }

  /**
   * Writes raw text at `path`, creating parents in libvirt's order; `undefined` removes the node
   * and prunes emptied parents. Only XML's own rules are checked, not the property's codec: this
   * is the one way to write a value gvir does not know yet (a newer libvirt's bus, model or
   * mode), on purpose: `disk.set('target/@bus', 'futurebus')`. Its typed getter then reads it.
   */
  set(path: string, value: string | undefined): void {
    const cp = compilePath(path)
    if (value === undefined) {
      removeRaw(this, cp)
      return
    }
    if (typeof value !== 'string') throw new ConfigError(`${pathUnder(this, path)}: a value must be a string`, { path: pathUnder(this, path) })
    checkXmlChars(value, pathUnder(this, path))
    writeRaw(this, cp, value)
  }

  /**
   * The child view `key` names, created first when it is missing: an empty element of the
   * declared class, put where libvirt's order puts it. The one rule for building through a
   * child that is not there yet: `pool.ensure('target').path = '/var/lib/p'`. Reading never
   * creates anything (`pool.target` stays `undefined` until then); an element left empty is
   * written as `<target/>`.
   */
  ensure<K extends ChildKey<this>>(key: K): NonNullable<this[K]> {
    const spec = (this.constructor as { spec?: Readonly<Record<string, { kind: string; path: string; childClass?: ConfigClass<ConfigObject> }>> }).spec
    const s = typeof key === 'string' && spec !== undefined && Object.hasOwn(spec, key) ? spec[key] : undefined
    const cls = s?.kind === 'prop' ? s.childClass : undefined
    if (s === undefined || cls === undefined) throw new ConfigError(`${elementPath(this.node)}: '${String(key)}' is not a child element of ${this.constructor.name}`)
    const bag = this as unknown as Record<string, unknown>
    const present = bag[key as string]
    if (present !== undefined) return present as NonNullable<this[K]>
    // The element its path names: usually the class's tag, but a class may view another name
    // (`<inactiveDomain>` is a Domain) or any element (tag '').
    bag[key as string] = new cls(new XmlElement(compilePath(s.path).steps.at(-1)!))
    return bag[key as string] as NonNullable<this[K]>
  }

  /** What `console.log` and `util.inspect` show: the class and the document as XML, not the tree's internals. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `${this.constructor.name} ${this.toXml()}`
  }

  /** Detaches this element from its parent (tidying indentation); the view stays usable. */
  remove(): this {
    detachElement(this.node)
    return this
  }

  /** A deep, detached copy of the same class. */
  clone(): this {
    const cls = this.constructor as ConfigClass<this>
    return new cls(cloneElement(this.node))
  }
}

/** The keys of `O` whose value is an optional child view (`target`, `os`, `source`…). */
export type ChildKey<O> = {
  [K in keyof O]-?: K extends string ? (undefined extends O[K] ? (NonNullable<O[K]> extends ConfigObject ? K : never) : never) : never
}[keyof O]

/** A view on any element, for content gvir has no class for. */
export class GenericElement extends ConfigObject {}
