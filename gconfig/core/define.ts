/**
 * `defineElement` / `defineDocument`: a class from a record of declarations, one accessor per key.
 * @module
 */
import { ConfigDocument } from './document.js'
import { ConfigError } from './error.js'
import type { ConfigList } from './list.js'
import { ConfigObject, EMPTY_LAYOUT, type ConfigClass, type Layout } from './object.js'
import { compilePath } from './path.js'
import type { AnySpec, ListSpec, PropSpec } from './spec.js'
import type { ParseOptions, XmlElement } from './xml/index.js'

/** Options of {@link defineElement}. */
export interface ElementOptions {
  /** libvirt's order of this element's children, used when a setter creates one. */
  readonly order?: readonly string[]
  /** The same for nested elements created through deeper paths, keyed by relative path. */
  readonly childOrder?: Readonly<Record<string, readonly string[]>>
}

/** Options of {@link defineDocument}. */
export interface DocumentOptions extends ElementOptions {
  /** The RelaxNG file that validates this kind (`domain.rng`). */
  readonly schema: string
}

/** The accessors a record of declarations gives: values for props, read-only live lists. */
export type SpecValues<S> = {
  -readonly [K in keyof S as S[K] extends ListSpec<ConfigObject> ? never : K]: S[K] extends PropSpec<infer T> ? T | undefined : never
} & {
  readonly [K in keyof S as S[K] extends ListSpec<ConfigObject> ? K : never]: S[K] extends ListSpec<infer C> ? ConfigList<C> : never
}

/** The class `defineElement` returns, to be extended. */
export interface ElementClass<S, I extends ConfigObject = ConfigObject> {
  /** A view on `node`, or a new empty element of this tag. */
  new (node?: XmlElement): I & SpecValues<S>
  /** Instances carry one accessor per declaration. */
  readonly prototype: I & SpecValues<S>
  /** The element name. */
  readonly tag: string
  /** Where setters put new nodes. */
  readonly layout: Layout
  /** The declarations, for introspection (coverage, docs). */
  readonly spec: Readonly<Record<string, AnySpec>>
  /** Parses a document whose root is this element. */
  fromXml<T extends ConfigObject>(this: ConfigClass<T>, xml: string, options?: ParseOptions): T
}

/** The class `defineDocument` returns, to be extended. */
export interface DocumentClass<S> extends ElementClass<S, ConfigDocument> {
  /** The RelaxNG file that validates this kind. */
  readonly schema: string
}

const RESERVED = new Set(['constructor', '__proto__', 'prototype', 'node', 'toXml', 'get', 'set', 'remove', 'clone', 'validate', 'ensure'])

function layoutFrom(spec: Record<string, AnySpec>, options: ElementOptions): Layout {
  const childOrder = new Map<string, readonly string[]>()
  for (const key of Object.keys(options.childOrder ?? {})) childOrder.set(key, options.childOrder![key]!)
  const attrOrder = new Map<string, string[]>()
  // Resolved on use: a declaration may name its own class through a function.
  const childClass = new Map<string, () => ConfigClass<ConfigObject>>()
  for (const key of Object.keys(spec)) {
    const s = spec[key]!
    const cp = compilePath(s.path)
    const rel = cp.steps.join('/')
    if (cp.attr !== null) {
      const list = attrOrder.get(rel) ?? []
      if (!list.includes(cp.attr)) list.push(cp.attr)
      attrOrder.set(rel, list)
    }
    if (s.kind === 'prop' && s.unitAttr !== undefined) {
      const list = attrOrder.get(rel) ?? []
      if (!list.includes(s.unitAttr)) list.push(s.unitAttr)
      attrOrder.set(rel, list)
    }
    if (s.kind === 'prop' && 'childClass' in s) childClass.set(rel, () => s.childClass!)
    if (s.kind === 'list' && s.itemTag !== null) childClass.set(rel, () => s.classes[0]!)
  }
  if (options.order === undefined && childOrder.size === 0 && attrOrder.size === 0 && childClass.size === 0) return EMPTY_LAYOUT
  return { order: options.order, childOrder, attrOrder, childClass }
}

function install(target: object, spec: Record<string, AnySpec>): void {
  for (const key of Object.keys(spec)) {
    if (RESERVED.has(key)) throw new ConfigError(`'${key}' cannot be a property name`)
    const s = spec[key]!
    if (s.kind === 'list') {
      Object.defineProperty(target, key, {
        configurable: true,
        get(this: ConfigObject) {
          return this.listView(s, () => s.list(this))
        },
      })
    } else {
      Object.defineProperty(target, key, {
        configurable: true,
        get(this: ConfigObject) {
          return s.read(this)
        },
        set(this: ConfigObject, v: unknown) {
          s.write(this, v)
        },
      })
    }
  }
}

/**
 * A class for one XML element from its declarations; extend it to name it:
 * `export class DomainDisk extends defineElement('disk', { … }, { order: […] }) {}`.
 */
export function defineElement<const S extends Record<string, AnySpec>>(tag: string, spec: S, options: ElementOptions = {}): ElementClass<S> {
  const layout = layoutFrom(spec, options)
  abstract class Defined extends ConfigObject {
    static override readonly tag = tag
    static override readonly layout = layout
    static readonly spec = spec
  }
  install(Defined.prototype, spec)
  return Defined as unknown as ElementClass<S>
}

/**
 * A class for a document kind (a root element with a RelaxNG schema):
 * `export class Domain extends defineDocument('domain', { … }, { schema: 'domain.rng', order: […] }) {}`.
 */
export function defineDocument<const S extends Record<string, AnySpec>>(tag: string, spec: S, options: DocumentOptions): DocumentClass<S> {
  const layout = layoutFrom(spec, options)
  abstract class Defined extends ConfigDocument {
    static override readonly tag = tag
    static override readonly layout = layout
    static override readonly schema = options.schema
    static readonly spec = spec
  }
  install(Defined.prototype, spec)
  return Defined as unknown as DocumentClass<S>
}
