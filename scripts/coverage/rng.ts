// A RelaxNG reader that flattens a schema into the tree of elements and attributes it allows,
// for the coverage report (scripts/coverage.ts). It resolves include (with overriding defines),
// nested grammar/parentRef, define combine, ref, choice, optional, zeroOrMore, oneOrMore,
// interleave, group and mixed; every alternative is merged into one tree, since coverage asks
// "can this path occur", not "in which combination".
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { XMLParser } from 'fast-xml-parser'

/** A raw RelaxNG node. */
export interface RngNode {
  readonly tag: string
  readonly attrs: Readonly<Record<string, string>>
  readonly children: readonly RngNode[]
  readonly text: string
  /** The XML comment right before it, if any (libvirt documents its schema that way). */
  readonly doc?: string
}

/** What a value (attribute or element text) may hold. */
export interface RngValue {
  /** Literal `<value>`s. */
  readonly values: Set<string>
  /** XML Schema datatypes from `<data type>`, and `string` for `<text/>`. */
  readonly types: Set<string>
  /** Names of the defines the value passes through (`virYesNo`, `UUID`…). */
  readonly refs: Set<string>
}

/** One attribute an element may carry. */
export interface RngAttribute {
  readonly name: string
  readonly value: RngValue
  /** The schema's comment on it, if any. */
  doc?: string
}

/** One element an element may contain. */
export interface RngChild {
  readonly element: RngElement
  /** True when it may occur more than once under its parent. */
  multiple: boolean
  /** Each `<element>` pattern that produced it, with the choice branches leading there. */
  readonly sources: { readonly node: RngNode; readonly branches: readonly string[] }[]
}

/** An element with everything any alternative of the schema allows inside it. */
export interface RngElement {
  /** Local name; `*` for anyName/nsName (open content). */
  readonly name: string
  readonly attributes: Map<string, RngAttribute>
  /** In schema order. */
  readonly children: Map<string, RngChild>
  /** Set when the element may hold text. */
  text?: RngValue
  /** Its content refers back to a define being expanded: walking stopped there. */
  recursive: boolean
  /** anyName/nsName content: anything may follow. */
  open: boolean
  /** The schema's comment on it, if any. */
  doc?: string
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: true,
  commentPropName: '#comment',
})

type Ordered = Record<string, unknown>

function commentText(raw: Ordered): string | undefined {
  const c = raw['#comment'] as Ordered[] | undefined
  return c?.map((t) => String(t['#text'] ?? '')).join(' ').replace(/\s+/g, ' ').trim()
}

function toNode(raw: Ordered, doc?: string): RngNode | undefined {
  const tag = Object.keys(raw).find((k) => k !== ':@')
  if (tag === undefined || tag === '#comment') return undefined
  if (tag === '#text') return { tag, attrs: {}, children: [], text: String(raw[tag]) }
  const kids: RngNode[] = []
  let pending: string | undefined
  for (const k of raw[tag] as Ordered[]) {
    const c = commentText(k)
    if (c !== undefined) pending = c
    else {
      const n = toNode(k, pending)
      if (n !== undefined) kids.push(n)
      if (n?.tag !== '#text') pending = undefined
    }
  }
  const attrs = (raw[':@'] ?? {}) as Record<string, string>
  const text = kids.filter((k) => k.tag === '#text').map((k) => k.text).join('')
  const node = { tag: tag.replace(/^rng:/, ''), attrs, children: kids.filter((k) => k.tag !== '#text'), text }
  return doc === undefined ? node : { ...node, doc }
}

/** Parses RelaxNG text into its root node. */
export function parseRng(xml: string): RngNode {
  const roots = (parser.parse(xml) as Ordered[]).map((r) => toNode(r)).filter((n): n is RngNode => n !== undefined && n.tag !== '?xml')
  if (roots.length !== 1) throw new Error('a RelaxNG schema has exactly one root element')
  return roots[0]!
}

/** A grammar scope: its defines and start. */
class Grammar {
  readonly defines = new Map<string, RngNode[]>()
  start: RngNode[] = []
  constructor(readonly parent: Grammar | undefined) {}
}

/** Reads schema files; `load(path)` returns the parsed root, cached. */
export type SchemaLoader = (path: string) => RngNode

function fileLoader(): SchemaLoader {
  const cache = new Map<string, RngNode>()
  return (path) => {
    let node = cache.get(path)
    if (node === undefined) cache.set(path, (node = parseRng(readFileSync(path, 'utf8'))))
    return node
  }
}

function fill(g: Grammar, el: RngNode, dir: string, load: SchemaLoader, skip: ReadonlySet<string>, skipStart: boolean): void {
  for (const c of el.children) {
    if (c.tag === 'start' && !skipStart) g.start = [...c.children]
    else if (c.tag === 'define') {
      const name = c.attrs.name!
      if (skip.has(name)) continue
      const body: RngNode = { tag: 'group', attrs: {}, children: c.children, text: '' }
      if (c.attrs.combine !== undefined && g.defines.has(name)) g.defines.get(name)!.push(body)
      else g.defines.set(name, [body])
    } else if (c.tag === 'div') fill(g, c, dir, load, skip, skipStart)
    else if (c.tag === 'include') {
      const path = resolve(dir, c.attrs.href!)
      const overridden = new Set(c.children.filter((d) => d.tag === 'define').map((d) => d.attrs.name!))
      const hasStart = c.children.some((d) => d.tag === 'start')
      fill(g, load(path), dirname(path), load, new Set([...skip, ...overridden]), skipStart || hasStart)
      fill(g, c, dir, load, skip, skipStart)
    }
  }
}

function grammarOf(el: RngNode, dir: string, load: SchemaLoader, parent: Grammar | undefined): Grammar {
  const g = new Grammar(parent)
  fill(g, el, dir, load, new Set(), false)
  return g
}

function newValue(): RngValue {
  return { values: new Set(), types: new Set(), refs: new Set() }
}

function newElement(name: string): RngElement {
  return { name, attributes: new Map(), children: new Map(), recursive: false, open: false }
}

/** The prefixes libvirt's documents use for its namespaces (`<dnsmasq:options>`, `<qemu:commandline>`). */
export const namespacePrefixes: Readonly<Record<string, string>> = {
  'http://libvirt.org/schemas/network/dnsmasq/1.0': 'dnsmasq',
  'http://libvirt.org/schemas/domain/qemu/1.0': 'qemu',
  'http://libvirt.org/schemas/domain/lxc/1.0': 'lxc',
  'http://libvirt.org/schemas/domain/bhyve/1.0': 'bhyve',
  'http://libvirt.org/schemas/domain/vmware/1.0': 'vmware',
  'http://libvirt.org/schemas/domain/xen/1.0': 'xen',
  'http://libvirt.org/schemas/storagepool/fs/1.0': 'fs',
  'http://libvirt.org/schemas/storagepool/rbd/1.0': 'rbd',
}

/** Names a name class allows, as `prefix:local` in a namespace; `*` for anyName/nsName. */
function names(node: RngNode, ns: string): string[] {
  const q = (local: string): string => {
    const prefix = ns === '' ? undefined : namespacePrefixes[ns] ?? 'ns'
    return prefix === undefined ? local.replace(/^.*:/, '') : `${prefix}:${local.replace(/^.*:/, '')}`
  }
  if (node.attrs.name !== undefined) return [q(node.attrs.name)]
  const nc = node.children[0]
  if (nc === undefined) return []
  const of = (n: RngNode): string[] => (n.tag === 'name' ? [q(n.text)] : n.tag === 'choice' ? n.children.flatMap(of) : ['*'])
  return of(nc)
}

interface Ctx {
  readonly grammar: Grammar
  readonly dir: string
  readonly stack: readonly string[]
  /** A comment on an enclosing optional/ref, which documents what it wraps. */
  readonly doc?: string
  /** The namespace element names are in (RelaxNG's inherited `ns`). */
  readonly ns?: string
  /** The choice branches taken since the enclosing element, as `choiceId:index`. */
  readonly branches?: readonly string[]
}

const nodeIds = new WeakMap<RngNode, number>()
let lastNode = 0
function nodeId(n: RngNode): number {
  let id = nodeIds.get(n)
  if (id === undefined) nodeIds.set(n, (id = ++lastNode))
  return id
}

/** Two `<element>` patterns both occur unless a choice separates them (same choice, other branch). */
function exclusive(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) {
    const [choice, branch] = x.split(':')
    if (b.some((y) => y.split(':')[0] === choice && y.split(':')[1] !== branch)) return true
  }
  return false
}

class Walker {
  constructor(readonly load: SchemaLoader) {}

  private define(ctx: Ctx, node: RngNode): { bodies: RngNode[]; ctx: Ctx } | 'recursive' {
    const g = node.tag === 'parentRef' ? ctx.grammar.parent : ctx.grammar
    const name = node.attrs.name!
    const bodies = g?.defines.get(name)
    if (g === undefined || bodies === undefined) throw new Error(`undefined RelaxNG define '${name}'`)
    // A define's identity is its name in its grammar scope; a nested grammar repeating a
    // name is a different define, so the key carries the scope too.
    const key = `${scopeId(g)}:${name}`
    if (ctx.stack.includes(key)) return 'recursive'
    return { bodies, ctx: { ...ctx, grammar: g, stack: [...ctx.stack, key] } }
  }

  content(nodes: readonly RngNode[], ctx: Ctx, el: RngElement, multiple: boolean): void {
    for (const n of nodes) this.pattern(n, ctx, el, multiple)
  }

  private pattern(n: RngNode, outer: Ctx, el: RngElement, multiple: boolean): void {
    const ctx: Ctx = n.tag === 'element' || n.tag === 'attribute' ? { ...outer, doc: undefined } : n.doc === undefined ? outer : { ...outer, doc: n.doc }
    switch (n.tag) {
      case 'element': {
        const body = n.attrs.name === undefined ? n.children.slice(1) : n.children
        if (body.length === 1 && body[0]!.tag === 'notAllowed') return
        const ns = n.attrs.ns ?? ctx.ns ?? ''
        for (const name of names(n, ns)) {
          let child = el.children.get(name)
          if (child === undefined) el.children.set(name, (child = { element: newElement(name), multiple, sources: [] }))
          child.element.doc ??= n.doc ?? outer.doc
          child.multiple ||= multiple
          // `<mode name='a'/>` and `<mode name='b'/>` declared side by side: the element repeats.
          const branches = ctx.branches ?? []
          if (!child.sources.some((src) => src.node === n)) {
            if (child.sources.some((src) => !exclusive(src.branches, branches))) child.multiple = true
            child.sources.push({ node: n, branches })
          }
          if (name === '*') child.element.open = true
          else this.content(body, { ...ctx, ns }, child.element, false)
        }
        return
      }
      case 'attribute': {
        const body = n.attrs.name === undefined ? n.children.slice(1) : n.children
        for (const name of names(n, n.attrs.ns ?? '')) {
          let attr = el.attributes.get(name)
          if (attr === undefined) el.attributes.set(name, (attr = { name, value: newValue() }))
          attr.doc ??= n.doc ?? outer.doc
          if (body.length === 0) attr.value.types.add('string')
          else this.value(body, ctx, attr.value)
        }
        return
      }
      case 'zeroOrMore':
      case 'oneOrMore':
        this.content(n.children, ctx, el, true)
        return
      case 'choice':
        n.children.forEach((c, i) => { this.pattern(c, { ...ctx, branches: [...(ctx.branches ?? []), `${nodeId(n)}:${i}`] }, el, multiple) })
        return
      case 'optional':
      case 'group':
      case 'interleave':
      case 'mixed':
      case 'div':
        if (n.tag === 'mixed') this.text(el).types.add('string')
        this.content(n.children, ctx, el, multiple)
        return
      case 'ref':
      case 'parentRef': {
        const d = this.define(ctx, n)
        if (d === 'recursive') {
          el.recursive = true
          return
        }
        // A define holding only a value (`UUID`, `virYesNo`) names the element's text type.
        if (d.bodies.every(isValuePattern)) this.text(el).refs.add(n.attrs.name!)
        this.content(d.bodies, d.ctx, el, multiple)
        return
      }
      case 'grammar': {
        const g = grammarOf(n, ctx.dir, this.load, ctx.grammar)
        this.content(g.start, { ...ctx, grammar: g }, el, multiple)
        return
      }
      case 'text':
      case 'data':
      case 'value':
      case 'list':
        this.value([n], ctx, this.text(el))
        return
      default:
        return // empty, notAllowed, externalRef (unused by libvirt)
    }
  }

  private text(el: RngElement): RngValue {
    return (el.text ??= newValue())
  }

  private value(nodes: readonly RngNode[], ctx: Ctx, v: RngValue): void {
    for (const n of nodes) {
      if (n.tag === 'value') v.values.add(n.text)
      else if (n.tag === 'data') v.types.add(n.attrs.type ?? 'string')
      else if (n.tag === 'text') v.types.add('string')
      else if (n.tag === 'list') v.types.add('list')
      else if (n.tag === 'ref' || n.tag === 'parentRef') {
        v.refs.add(n.attrs.name!)
        const d = this.define(ctx, n)
        if (d !== 'recursive') this.value(d.bodies, d.ctx, v)
      } else if (n.tag === 'choice' || n.tag === 'group' || n.tag === 'optional' || n.tag === 'oneOrMore' || n.tag === 'zeroOrMore') {
        this.value(n.children, ctx, v)
      }
    }
  }
}

function isValuePattern(n: RngNode): boolean {
  if (n.tag === 'data' || n.tag === 'value' || n.tag === 'text' || n.tag === 'list') return true
  if (n.tag === 'choice' || n.tag === 'group') return n.children.length > 0 && n.children.every(isValuePattern)
  return false
}

const scopes = new WeakMap<Grammar, number>()
let lastScope = 0
function scopeId(g: Grammar): number {
  let id = scopes.get(g)
  if (id === undefined) scopes.set(g, (id = ++lastScope))
  return id
}

/**
 * Reads a schema file and returns its start as a synthetic root whose children are the
 * document elements the schema allows (usually one).
 */
export function readSchema(path: string, load: SchemaLoader = fileLoader()): RngElement {
  const abs = resolve(path)
  const g = grammarOf(load(abs), dirname(abs), load, undefined)
  const root = newElement('')
  new Walker(load).content(g.start, { grammar: g, dir: dirname(abs), stack: [] }, root, false)
  return root
}

/** Reads a schema from text (for tests); includes resolve against `dir` through `load`. */
export function readSchemaText(xml: string, dir = '.', load: SchemaLoader = fileLoader()): RngElement {
  const g = grammarOf(parseRng(xml), dir, load, undefined)
  const root = newElement('')
  new Walker(load).content(g.start, { grammar: g, dir, stack: [] }, root, false)
  return root
}

/** One path of the flattened schema. */
export interface RngPath {
  /** `/network/bridge/@stp`, `/network/ip/dhcp/host`. */
  readonly path: string
  readonly kind: 'element' | 'attribute'
  /** anyName/nsName content, or where recursion was cut. */
  readonly open: boolean
}

/** Lists every element and attribute path under a root returned by readSchema. */
export function schemaPaths(root: RngElement): RngPath[] {
  const out: RngPath[] = []
  const walk = (el: RngElement, prefix: string): void => {
    for (const a of el.attributes.keys()) out.push({ path: `${prefix}/@${a}`, kind: 'attribute', open: false })
    for (const { element } of el.children.values()) {
      const p = `${prefix}/${element.name}`
      out.push({ path: p, kind: 'element', open: element.open })
      walk(element, p)
    }
  }
  walk(root, '')
  return out
}
