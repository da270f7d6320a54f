/**
 * Serialisation: clean nodes are copied from their source span, edited ones re-written in
 * libvirt's style (single-quoted attributes, `<x/>` for empty elements), reusing the source
 * text of whatever inside them was not edited.
 * @module
 */
import { escapeAttribute, escapeText } from './escape.js'
import type { XmlDocument, XmlElement, XmlNode } from './nodes.js'

/** The text of one node. */
export function serializeNode(node: XmlNode): string {
  switch (node.kind) {
    case 'element':
      return serializeElement(node)
    case 'text':
      return node.raw ?? escapeText(node.value)
    case 'comment':
      return `<!--${node.value}-->`
    case 'cdata':
      return `<![CDATA[${node.value}]]>`
    case 'pi':
      return `<?${node.target}${node.data}?>`
    case 'doctype':
      return node.raw
  }
}

/** The text of an element and its content. */
export function serializeElement(el: XmlElement): string {
  const src = el.src
  if (!el.dirty && src !== null) return src.slice(el.start, el.end)
  let s = `<${el.name}`
  for (const a of el.attributes) {
    s += a.start >= 0 && src !== null ? src.slice(a.start, a.end) : `${a.pre}${a.name}=${a.quote}${escapeAttribute(a.value)}${a.quote}`
  }
  if (src !== null) s += src.slice(el.attrsEnd, el.tagClose)
  if (el.children.length === 0 && (src === null || el.closeStart < 0)) return `${s}/>`
  s += '>'
  for (const c of el.children) s += serializeNode(c)
  return s + (src !== null && el.closeStart >= 0 ? src.slice(el.closeStart, el.end) : `</${el.name}>`)
}

/** The text of a whole document; the source itself while nothing was edited. */
export function serializeDocument(doc: XmlDocument): string {
  if (!doc.dirty && doc.src !== null) return doc.src
  let s = doc.bom ? '\uFEFF' : ''
  for (const c of doc.children) s += serializeNode(c)
  return s
}
