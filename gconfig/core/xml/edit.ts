/**
 * Structural edits that keep the document's indentation tidy and touch nothing else: inserting
 * an element copies the indentation of its neighbours, removing one takes its own indentation
 * with it. Siblings are never rewritten, so they keep their source text.
 * @module
 */
import { ConfigError } from '../error.js'
import { markDirty, XmlText, type XmlElement, type XmlNode, type XmlParent } from './nodes.js'

function isIndent(n: XmlNode | undefined): n is XmlText {
  return n !== undefined && n.kind === 'text' && n.isWhitespace
}

function attach(parent: XmlParent, node: XmlNode, index: number): void {
  node.parent = parent
  parent.children.splice(index, 0, node)
}

/**
 * The indentation (`\n` plus spaces) before `el`, or undefined when it has none. An element
 * built in code with no parent (`new Domain()`) is a root at column 0, so what setters put in
 * it is laid out in libvirt's style rather than on one line.
 */
function indentBefore(el: XmlElement): string | undefined {
  const p = el.parent
  if (p === null) return el.src === null ? '\n' : undefined
  const prev = p.children[p.children.indexOf(el) - 1]
  if (isIndent(prev) && prev.value.includes('\n')) return prev.value.slice(prev.value.lastIndexOf('\n'))
  return p.kind === 'document' ? '\n' : undefined
}

/** One level of indentation as the document writes it: libvirt uses two spaces. */
function indentUnit(parent: XmlElement, parentIndent: string): string {
  const p = parent.parent
  if (p !== null && p.kind === 'element') {
    const grand = indentBefore(p)
    if (grand !== undefined && parentIndent.startsWith(grand) && parentIndent.length > grand.length) {
      return parentIndent.slice(grand.length)
    }
  }
  return '  '
}

/** Refuses to make an element its own ancestor. */
function checkNoCycle(parent: XmlParent, node: XmlNode): void {
  for (let p: XmlParent | null = parent; p !== null; p = p.parent) {
    if (p === node) throw new ConfigError(`cannot insert <${(node as XmlElement).name}> inside itself`)
  }
}

/**
 * Inserts `el` into `parent` before `before` (an element child of `parent`), or after the last
 * element child when `before` is null. `el` is detached from wherever it was first.
 */
export function insertElement(parent: XmlElement, el: XmlElement, before: XmlElement | null): void {
  checkNoCycle(parent, el)
  detachElement(el)
  const kids = parent.children
  if (before !== null) {
    // [indent, before] → [indent, el, indent', before]
    const at = kids.indexOf(before)
    const prev = kids[at - 1]
    attach(parent, el, at)
    if (isIndent(prev)) attach(parent, new XmlText(prev.value), at + 1)
  } else {
    let last = -1
    for (let i = kids.length - 1; i >= 0; i--) {
      if (kids[i]!.kind === 'element') {
        last = i
        break
      }
    }
    if (last >= 0) {
      // [indent, last, closing-indent] → [indent, last, indent', el, closing-indent]
      const prev = kids[last - 1]
      attach(parent, el, last + 1)
      if (isIndent(prev)) attach(parent, new XmlText(prev.value), last + 1)
    } else {
      const outer = indentBefore(parent)
      if (outer === undefined || !kids.every((k) => k.kind === 'text' && k.isWhitespace)) {
        attach(parent, el, kids.length)
      } else {
        // Only whitespace inside: lay out `<parent>\n  <el/>\n</parent>` afresh.
        for (const k of kids.splice(0)) k.parent = null
        attach(parent, new XmlText(outer + indentUnit(parent, outer)), 0)
        attach(parent, el, 1)
        attach(parent, new XmlText(outer), 2)
      }
    }
  }
  if (el.src === null) layOutFresh(el, indentBefore(el), indentUnit(el, indentBefore(el) ?? ''))
  markDirty(parent)
}

/**
 * Indents a subtree built in code (no source text) to match where it was inserted, replacing the
 * layout it was given while detached; with no indentation there, it goes on one line. Parsed
 * elements inside it keep their own layout; an element holding text is left alone.
 */
function layOutFresh(el: XmlElement, indent: string | undefined, unit: string): void {
  const kids = el.children
  if (!kids.some((k) => k.kind === 'element')) return
  if (kids.some((k) => k.kind !== 'element' && !(k.kind === 'text' && k.isWhitespace))) return
  const inner = indent === undefined ? undefined : indent + unit
  const laid: XmlNode[] = []
  const indentText = (value: string): XmlText => {
    const t = new XmlText(value)
    t.parent = el
    return t
  }
  for (const k of kids) {
    if (k.kind !== 'element') {
      k.parent = null
      continue
    }
    if (inner !== undefined) laid.push(indentText(inner))
    laid.push(k)
    if (k.src === null) layOutFresh(k, inner, unit)
  }
  if (indent !== undefined) laid.push(indentText(indent))
  kids.splice(0, kids.length, ...laid)
}

/** Replaces `old` by `el` in place (same position, same indentation). */
export function replaceElement(old: XmlElement, el: XmlElement): void {
  if (old === el) return
  const parent = old.parent
  if (parent === null) throw new ConfigError(`<${old.name}> has no parent to be replaced in`)
  checkNoCycle(parent, el)
  detachElement(el)
  const at = parent.children.indexOf(old)
  parent.children[at] = el
  el.parent = parent
  old.parent = null
  if (el.src === null) layOutFresh(el, indentBefore(el), indentUnit(el, indentBefore(el) ?? ''))
  markDirty(parent)
}

/**
 * Detaches `el` from its parent, taking the indentation before it along; when it was the
 * last element, the parent's leftover whitespace goes too, so `<devices>` becomes `<devices/>`.
 */
export function detachElement(el: XmlElement): void {
  const parent = el.parent
  if (parent === null) return
  const kids = parent.children
  const at = kids.indexOf(el)
  const prev = kids[at - 1]
  if (isIndent(prev)) {
    kids.splice(at - 1, 2)
    prev.parent = null
  } else {
    kids.splice(at, 1)
  }
  el.parent = null
  if (parent.kind === 'element' && kids.every((k) => k.kind === 'text' && k.isWhitespace)) {
    for (const k of kids.splice(0)) k.parent = null
    parent.closeStart = -1 // now written `<x/>`, as libvirt would
  }
  markDirty(parent)
}

/** A deep copy of `el`, detached; clean parts keep their source text. */
export function cloneElement(el: XmlElement): XmlElement {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(el) as object) as XmlElement, el, {
    parent: null,
    view: undefined,
    attributes: el.attributes.map((a) => Object.assign(Object.create(Object.getPrototypeOf(a) as object) as object, a)),
    children: [] as XmlNode[],
  })
  for (const c of el.children) {
    const cc: XmlNode =
      c.kind === 'element' ? cloneElement(c) : (Object.assign(Object.create(Object.getPrototypeOf(c) as object) as object, c) as XmlNode)
    cc.parent = copy
    copy.children.push(cc)
  }
  return copy
}
