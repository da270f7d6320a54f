/**
 * `ConfigList`: a live list view over repeated child elements (disks, hosts, devices…).
 * @module
 */
import { ConfigError } from './error.js'
import { childOrderAt, ConfigObject, elementPath, ensurePath, insertionPoint, pruneFrom, viewOf, type ConfigClass } from './object.js'
import { walk } from './path.js'
import { detachElement, insertElement, type XmlElement } from './xml/index.js'

/** How a list finds and types its items. */
export interface ListShape<C extends ConfigObject> {
  /** Element steps from the owner to the container (`['devices']`, or `[]` for the owner itself). */
  readonly container: readonly string[]
  /** Name of the items, or null for every element child (`<devices>`). */
  readonly itemTag: string | null
  /** The class that views an item element. */
  classify(el: XmlElement): ConfigClass<C>
}

/**
 * A live list: it reads the tree on every call, so it always shows the document as it is.
 * Adding, removing and moving touch only the node concerned; the items in between keep
 * their source text.
 */
export class ConfigList<C extends ConfigObject> implements Iterable<C> {
  /** @internal */
  constructor(
    private readonly owner: ConfigObject,
    private readonly shape: ListShape<C>,
  ) {}

  /** A `ConfigError` naming the list's place: `/domain/devices/disk: …`. */
  private error(message: string): ConfigError {
    const where = `${elementPath(this.owner.node)}${this.shape.container.map((s) => `/${s}`).join('')}/${this.shape.itemTag ?? '*'}`
    return new ConfigError(`${where}: ${message}`, { path: where })
  }

  /** What `console.log` and `util.inspect` show: the items, each as its class and XML. */
  [Symbol.for('nodejs.util.inspect.custom')](_depth: number, options: object, inspect: (value: unknown, options: object) => string): string {
    return `ConfigList(${this.length}) ${inspect(this.toArray(), options)}`
  }

  private containerEl(): XmlElement | undefined {
    return walk(this.owner.node, this.shape.container)
  }

  private elements(): XmlElement[] {
    const box = this.containerEl()
    if (box === undefined) return []
    const tag = this.shape.itemTag
    const out: XmlElement[] = []
    for (const c of box.children) if (c.kind === 'element' && (tag === null || c.name === tag)) out.push(c)
    return out
  }

  private view(el: XmlElement): C {
    return viewOf(el, this.shape.classify(el))
  }

  /** Number of items. */
  get length(): number {
    return this.elements().length
  }

  /** The item at `index` (negative counts from the end), or undefined. */
  at(index: number): C | undefined {
    const els = this.elements()
    const el = els[index < 0 ? els.length + index : index]
    return el === undefined ? undefined : this.view(el)
  }

  /** The items, as an array snapshot. */
  toArray(): C[] {
    return this.elements().map((el) => this.view(el))
  }

  /** The items that are instances of `cls`. */
  ofType<D extends C>(cls: ConfigClass<D>): D[] {
    return this.toArray().filter((x): x is D => x instanceof cls)
  }

  /** The position of `item`, or -1. */
  indexOf(item: C): number {
    return this.elements().indexOf(item.node)
  }

  /**
   * Iterates over a snapshot of the items, so `for…of` and spreading work.
   * @example
   * ```ts
   * for (const disk of domain.disks) console.log(disk.targetDev)   // vda
   * ```
   */
  [Symbol.iterator](): Iterator<C> {
    return this.toArray()[Symbol.iterator]()
  }

  /**
   * Inserts `item` at `index` (default: after the last item; the first item of an empty list
   * goes where the container's declared order puts it). An item attached elsewhere is moved.
   */
  add(item: C, index?: number): C {
    if (!(item instanceof ConfigObject)) throw this.error('only gconfig objects can be added to a list')
    const tag = this.shape.itemTag
    if (tag !== null && item.node.name !== tag) throw this.error(`this list holds <${tag}> elements, not <${item.node.name}>`)
    for (let p: XmlElement | null = this.owner.node; p !== null; p = p.parent?.kind === 'element' ? p.parent : null) {
      if (p === item.node) throw this.error(`cannot add <${item.node.name}> inside itself`)
    }
    if (index !== undefined && !Number.isInteger(index)) throw this.error(`list index ${String(index)} is not an integer`)
    detachElement(item.node)
    const box = ensurePath(this.owner, this.shape.container)
    const els = this.elements()
    let at = index === undefined ? els.length : index < 0 ? els.length + index : index
    at = Math.max(0, Math.min(at, els.length))
    let before: XmlElement | null
    if (at < els.length) before = els[at]!
    else if (els.length > 0) before = nextElement(els[els.length - 1]!)
    else before = insertionPoint(box, item.node.name, childOrderAt(this.owner, this.shape.container.join('/'), box))
    insertElement(box, item.node, before)
    return item
  }

  /** Removes an item (or the item at an index) and returns it, detached but still usable. */
  remove(item: C | number): C {
    const els = this.elements()
    const el = typeof item === 'number' ? els[item < 0 ? els.length + item : item] : item?.node
    if (el === undefined || !els.includes(el)) throw this.error('no such item in this list')
    const box = el.parent?.kind === 'element' ? el.parent : null
    const view = this.view(el)
    detachElement(el)
    pruneFrom(this.owner, box)
    return view
  }

  /** Moves the item at `from` so that it ends up at `to`; nothing else moves. */
  move(from: number, to: number): void {
    const n = this.length
    const norm = (i: number): number => (i < 0 ? n + i : i)
    if (!Number.isInteger(from) || !Number.isInteger(to) || norm(from) < 0 || norm(from) >= n || norm(to) < 0 || norm(to) >= n) {
      throw this.error(`cannot move item ${from} to ${to} in a list of ${n}`)
    }
    if (norm(from) === norm(to)) return
    this.add(this.at(from)!, norm(to))
  }
}

function nextElement(el: XmlElement): XmlElement | null {
  const kids = el.parent!.children
  for (let i = kids.indexOf(el) + 1; i < kids.length; i++) {
    const k = kids[i]!
    if (k.kind === 'element') return k
  }
  return null
}
