/**
 * A small, strict, linear-time XML 1.0 parser built for lossless editing.
 *
 * Why not fast-xml-parser or xmlbuilder2: both build their own object model and re-serialise
 * from it, which loses the exact text (quote style, spacing, entity spelling, empty-element
 * form), renames or chokes on names such as `__proto__`, and (fast-xml-parser) is not a
 * well-formedness checker. Keeping source spans instead lets an unmodified document or subtree
 * come back byte for byte at no cost, which is both the strongest round-trip guarantee and the
 * fastest serialiser; and scanning with `indexOf` over one string is as fast as either.
 *
 * Security: no DTD processing at all. A DOCTYPE with an internal subset (where entities,
 * hence "billion laughs", would be declared) is rejected, and so is any entity other than the
 * five predefined ones; depth and length are capped; every loop advances through the input,
 * so time is linear in its length.
 * @module
 */
import { ConfigError } from '../error.js'
import { findNonXmlChar } from './escape.js'
import {
  XmlAttribute,
  XmlCData,
  XmlComment,
  XmlDoctype,
  XmlDocument,
  XmlElement,
  type XmlNode,
  XmlProcessingInstruction,
  XmlText,
} from './nodes.js'

/** Limits applied while parsing. */
export interface ParseOptions {
  /** Deepest element nesting accepted (root is depth 1). Default 256. */
  maxDepth?: number
  /** Longest input accepted, in UTF-16 code units. Default 64 Mi. */
  maxLength?: number
}

/** Default nesting cap: libvirt's deepest documents nest about 10 levels. */
export const DEFAULT_MAX_DEPTH = 256
/** Default length cap: far above the largest capabilities XML of a big host (a few MB). */
export const DEFAULT_MAX_LENGTH = 64 * 1024 * 1024

/** 1-based line and column of `offset` in `src`. */
export function lineColumn(src: string, offset: number): {
  /** 1-based line number. */
  line: number
  /** 1-based column, in UTF-16 code units. */
  column: number
} {
  let line = 1
  let lastNl = -1
  for (let i = src.indexOf('\n'); i >= 0 && i < offset; i = src.indexOf('\n', i + 1)) {
    line++
    lastNl = i
  }
  return { line, column: offset - lastNl }
}

function fail(src: string, offset: number, message: string): never {
  const { line, column } = lineColumn(src, offset)
  throw new ConfigError(`line ${line}, column ${column}: ${message}`, { line, column })
}

// Name characters of XML 1.0 (5th ed.). ASCII is decided by table; everything above U+00B7 is
// checked against the production's ranges (surrogate pairs accepted as astral name chars).
const ASCII_START = new Uint8Array(128)
const ASCII_NAME = new Uint8Array(128)
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c)
  const start = /[A-Za-z_:]/.test(ch)
  ASCII_START[c] = start ? 1 : 0
  ASCII_NAME[c] = start || /[0-9.-]/.test(ch) ? 1 : 0
}

function isNameStartWide(c: number): boolean {
  return (
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x37d) ||
    (c >= 0x37f && c <= 0x1fff) ||
    (c >= 0x200c && c <= 0x200d) ||
    (c >= 0x2070 && c <= 0x218f) ||
    (c >= 0x2c00 && c <= 0x2fef) ||
    (c >= 0x3001 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfdf0 && c <= 0xfffd) ||
    (c >= 0xd800 && c <= 0xdfff)
  )
}

function isNameCharWide(c: number): boolean {
  return c === 0xb7 || (c >= 0x300 && c <= 0x36f) || (c >= 0x203f && c <= 0x2040) || isNameStartWide(c)
}

/** End offset of the XML Name starting at `i`, or `i` when there is none. */
export function scanName(src: string, i: number): number {
  const n = src.length
  if (i >= n) return i
  let c = src.charCodeAt(i)
  if (c < 128 ? ASCII_START[c] === 0 : !isNameStartWide(c)) return i
  i++
  while (i < n) {
    c = src.charCodeAt(i)
    if (c < 128 ? ASCII_NAME[c] === 0 : !isNameCharWide(c)) break
    i++
  }
  return i
}

/** True when `s` is an XML Name. */
export function isXmlName(s: string): boolean {
  return s.length > 0 && scanName(s, 0) === s.length
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d
}

function skipSpace(src: string, i: number): number {
  while (i < src.length && isSpace(src.charCodeAt(i))) i++
  return i
}

// Text holding these does not come back from escaping its decoded value, so keep its source.
const TEXT_NEEDS_RAW = /[&\r>]/

const PREDEFINED: ReadonlyMap<string, string> = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['apos', "'"],
  ['quot', '"'],
])

// decode() writes UTF-16 code units here rather than concatenating strings: a value made of
// hundreds of thousands of references or tabs would otherwise build as many string pieces,
// and garbage collection would dominate. The decoded text is never longer than its source.
let scratch = new Uint16Array(4096)

/** The code units `scratch[0, n)` as a string, in slices `String.fromCharCode` can take. */
function scratchString(n: number): string {
  let s = ''
  for (let at = 0; at < n; at += 8192) s += String.fromCharCode.apply(null, scratch.subarray(at, Math.min(n, at + 8192)) as unknown as number[])
  return s
}

/**
 * Decodes references and normalises line ends in `src[from, to)`; in attribute values,
 * literal tab, newline and CR also become spaces (XML 1.0 §3.3.3).
 */
function decode(src: string, from: number, to: number, attr: boolean): string {
  if (scratch.length < to - from) scratch = new Uint16Array(Math.max(to - from, scratch.length * 2))
  const out = scratch
  let n = 0
  let i = from
  while (i < to) {
    const c = src.charCodeAt(i)
    if (c === 0x26 /* & */) {
      // Scan only the reference's own characters, so a stray '&' never searches far ahead.
      let semi = i + 1
      if (src.charCodeAt(semi) === 0x23) {
        semi++
        while (semi < to && /[0-9a-fA-Fx]/.test(src[semi]!)) semi++
      } else {
        semi = scanName(src, semi)
      }
      if (semi >= to || src.charCodeAt(semi) !== 0x3b) fail(src, i, "'&' must start an entity or character reference (write &amp;)")
      const ref = src.slice(i + 1, semi)
      let ch: string | undefined
      if (ref.charCodeAt(0) === 0x23 /* # */) {
        const hex = ref.charCodeAt(1) === 0x78 /* x */
        const digits = ref.slice(hex ? 2 : 1)
        if (!(hex ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) fail(src, i, `malformed character reference &${ref};`)
        const cp = parseInt(digits, hex ? 16 : 10)
        if (cp > 0x10ffff) fail(src, i, `character reference &${ref}; is out of range`)
        ch = String.fromCodePoint(cp)
        if (findNonXmlChar(ch) >= 0) fail(src, i, `character reference &${ref}; is not an XML character`)
      } else {
        ch = PREDEFINED.get(ref)
        if (ch === undefined) fail(src, i, `undefined entity &${ref}; (only &lt; &gt; &amp; &apos; &quot; exist without a DTD)`)
      }
      out[n++] = ch.charCodeAt(0)
      if (ch.length > 1) out[n++] = ch.charCodeAt(1)
      i = semi + 1
    } else if (c === 0x0d /* \r */) {
      out[n++] = attr ? 0x20 : 0x0a
      i += src.charCodeAt(i + 1) === 0x0a ? 2 : 1
    } else {
      out[n++] = attr && (c === 0x0a || c === 0x09) ? 0x20 : c
      i++
    }
  }
  return scratchString(n)
}

/**
 * Parses a whole document. Throws `ConfigError` with line and column on anything that is not
 * well-formed XML 1.0 (or that this parser refuses for safety: DTD internal subsets, unknown
 * entities, excessive depth or length).
 */
export function parseXml(src: string, options: ParseOptions = {}): XmlDocument {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH
  if (typeof src !== 'string') throw new ConfigError('XML input must be a string')
  if (src.length > maxLength) throw new ConfigError(`document is ${src.length} characters long; the limit is ${maxLength}`)
  const bad = findNonXmlChar(src)
  if (bad >= 0) fail(src, bad, `U+${src.charCodeAt(bad).toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`)

  const n = src.length
  const top: XmlNode[] = []
  const stack: XmlElement[] = []
  let root: XmlElement | null = null
  let sawDoctype = false
  let i = src.charCodeAt(0) === 0xfeff ? 1 : 0
  const bomEnd = i

  const append = (node: XmlNode): void => {
    const parent = stack.length > 0 ? stack[stack.length - 1]! : null
    if (parent !== null) {
      node.parent = parent
      parent.children.push(node)
    } else {
      top.push(node)
    }
  }

  while (i < n) {
    const lt = src.indexOf('<', i)
    const textEnd = lt < 0 ? n : lt
    if (textEnd > i) {
      if (stack.length === 0) {
        for (let k = i; k < textEnd; k++) {
          if (!isSpace(src.charCodeAt(k))) fail(src, k, root === null ? 'text before the root element' : 'text after the root element')
        }
        // Kept as written: escaping would turn a CR here into '&#13;', which is not whitespace.
        const ws = src.slice(i, textEnd)
        top.push(new XmlText(ws, ws))
      } else {
        let raw: string | undefined
        let value: string
        const slice = src.slice(i, textEnd)
        if (TEXT_NEEDS_RAW.test(slice)) {
          const cdEnd = slice.indexOf(']]>')
          if (cdEnd >= 0) fail(src, i + cdEnd, "']]>' is not allowed in text")
          raw = slice
          value = decode(src, i, textEnd, false)
        } else {
          value = slice
        }
        append(new XmlText(value, raw))
      }
    }
    if (lt < 0) break
    i = lt
    const c1 = src.charCodeAt(i + 1)
    if (c1 === 0x2f /* / */) {
      // End tag.
      const nameEnd = scanName(src, i + 2)
      const name = src.slice(i + 2, nameEnd)
      const open = stack.pop()
      if (open === undefined) fail(src, i, `end tag </${name}> without a start tag`)
      if (name !== open.name) fail(src, i, `end tag </${name}> does not match <${open.name}>`)
      const gt = skipSpace(src, nameEnd)
      if (src.charCodeAt(gt) !== 0x3e) fail(src, gt, `expected '>' to close </${name}>`)
      open.closeStart = i
      open.end = gt + 1
      open.dirty = false
      i = gt + 1
    } else if (c1 === 0x21 /* ! */) {
      if (src.startsWith('<!--', i)) {
        const close = src.indexOf('-->', i + 4)
        if (close < 0) fail(src, i, 'unterminated comment')
        const body = src.slice(i + 4, close)
        const dd = body.indexOf('--')
        if (dd >= 0) fail(src, i + 4 + dd, "'--' is not allowed inside a comment")
        if (body.endsWith('-')) fail(src, close - 1, "a comment may not end with '--->'")
        append(new XmlComment(body))
        i = close + 3
      } else if (src.startsWith('<![CDATA[', i)) {
        if (stack.length === 0) fail(src, i, 'CDATA outside the root element')
        const close = src.indexOf(']]>', i + 9)
        if (close < 0) fail(src, i, 'unterminated CDATA section')
        append(new XmlCData(src.slice(i + 9, close)))
        i = close + 3
      } else if (src.startsWith('<!DOCTYPE', i)) {
        if (root !== null || stack.length > 0 || sawDoctype) fail(src, i, 'DOCTYPE must come once, before the root element')
        sawDoctype = true
        let k = i + 9
        let quote = 0
        for (; k < n; k++) {
          const c = src.charCodeAt(k)
          if (quote !== 0) {
            if (c === quote) quote = 0
          } else if (c === 0x22 || c === 0x27) {
            quote = c
          } else if (c === 0x5b /* [ */) {
            fail(src, k, 'DOCTYPE internal subsets (entity declarations) are not accepted')
          } else if (c === 0x3e) {
            break
          }
        }
        if (k >= n) fail(src, i, 'unterminated DOCTYPE')
        append(new XmlDoctype(src.slice(i, k + 1)))
        i = k + 1
      } else {
        fail(src, i, "expected '<!--', '<![CDATA[' or '<!DOCTYPE'")
      }
    } else if (c1 === 0x3f /* ? */) {
      const nameEnd = scanName(src, i + 2)
      const target = src.slice(i + 2, nameEnd)
      if (target === '') fail(src, i, 'processing instruction without a target')
      const close = src.indexOf('?>', nameEnd)
      if (close < 0) fail(src, i, 'unterminated processing instruction')
      const data = src.slice(nameEnd, close)
      if (data !== '' && !isSpace(data.charCodeAt(0))) fail(src, nameEnd, 'expected whitespace after the processing-instruction target')
      if (target.toLowerCase() === 'xml') {
        if (target !== 'xml' || i !== bomEnd) fail(src, i, 'the XML declaration must come first in the document')
        if (!/^\s+version\s*=\s*(['"])1\.[0-9]+\1/.test(data)) fail(src, i, 'the XML declaration must start with version="1.x"')
        if (/encoding\s*=\s*(['"])(?!utf-?8\1|us-ascii\1)/i.test(data)) {
          fail(src, i, 'only UTF-8 documents are accepted (the text is already decoded)')
        }
      }
      append(new XmlProcessingInstruction(target, data))
      i = close + 2
    } else {
      // Start tag.
      if (stack.length === 0 && root !== null) fail(src, i, `a second root element; <${root.name}> is already closed`)
      if (stack.length >= maxDepth) fail(src, i, `elements nest deeper than ${maxDepth} levels`)
      const nameEnd = scanName(src, i + 1)
      if (nameEnd === i + 1) fail(src, i + 1, "expected an element name after '<'")
      const el = new XmlElement(src.slice(i + 1, nameEnd))
      el.src = src
      el.start = i
      let k = nameEnd
      let seen: Set<string> | null = null
      for (;;) {
        const wsStart = k
        k = skipSpace(src, k)
        const c = src.charCodeAt(k)
        if (c === 0x3e /* > */ || (c === 0x2f /* / */ && src.charCodeAt(k + 1) === 0x3e)) {
          el.attrsEnd = wsStart
          el.tagClose = k
          break
        }
        if (k >= n) fail(src, i, `unterminated start tag <${el.name}>`)
        if (k === wsStart) fail(src, k, `expected whitespace, '>' or '/>' in <${el.name}>`)
        const an = scanName(src, k)
        if (an === k) fail(src, k, `expected an attribute name in <${el.name}>`)
        const aname = src.slice(k, an)
        let e = skipSpace(src, an)
        if (src.charCodeAt(e) !== 0x3d /* = */) fail(src, e, `expected '=' after attribute ${aname}`)
        e = skipSpace(src, e + 1)
        const q = src.charCodeAt(e)
        if (q !== 0x22 && q !== 0x27) fail(src, e, `attribute ${aname}'s value must be quoted`)
        const close = src.indexOf(q === 0x22 ? '"' : "'", e + 1)
        if (close < 0) fail(src, e, `unterminated value of attribute ${aname}`)
        let value = src.slice(e + 1, close)
        const lt2 = value.indexOf('<')
        if (lt2 >= 0) fail(src, e + 1 + lt2, `'<' is not allowed in the value of attribute ${aname}`)
        if (/[&\t\n\r]/.test(value)) value = decode(src, e + 1, close, true)
        if (el.attributes.length < 8) {
          for (const a of el.attributes) if (a.name === aname) fail(src, k, `duplicate attribute ${aname}`)
        } else {
          seen ??= new Set(el.attributes.map((a) => a.name))
          if (seen.has(aname)) fail(src, k, `duplicate attribute ${aname}`)
        }
        seen?.add(aname)
        const attr = new XmlAttribute(aname, value)
        attr.start = wsStart
        attr.end = close + 1
        el.attributes.push(attr)
        k = close + 1
      }
      append(el)
      if (stack.length === 0) root = el
      if (src.charCodeAt(k) === 0x2f) {
        el.end = k + 2
        el.dirty = false
        i = k + 2
      } else {
        stack.push(el)
        i = k + 1
      }
    }
  }
  if (stack.length > 0) {
    const open = stack[stack.length - 1]!
    fail(src, open.start, `<${open.name}> is never closed`)
  }
  if (root === null) throw new ConfigError('no root element', lineColumn(src, n))
  const doc = new XmlDocument(root)
  for (const node of top) {
    node.parent = doc
    doc.children.push(node)
  }
  doc.src = src
  doc.bom = bomEnd === 1
  doc.dirty = false
  return doc
}
