/**
 * Escaping and checking of text written into the tree.
 * @module
 */
import { ConfigError } from '../error.js'

// XML 1.0 Char production: anything else (U+0000, most C0 controls, U+FFFE/U+FFFF, lone
// surrogates) cannot appear in a document at all, not even as a character reference.
const NOT_XML_CHAR = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

const MAYBE_NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD]/

/** The index of the first character XML cannot hold, or -1. */
export function findNonXmlChar(s: string): number {
  // Fast path: a plain character class with no lookaround; only surrogates or real offenders
  // send us to the exact (slower) check.
  if (!MAYBE_NOT_XML_CHAR.test(s)) return -1
  const m = NOT_XML_CHAR.exec(s)
  return m === null ? -1 : m.index
}

/** Throws `ConfigError` when `s` holds a character XML cannot represent. */
export function checkXmlChars(s: string, path?: string): void {
  const i = findNonXmlChar(s)
  if (i >= 0) {
    const code = s.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')
    throw new ConfigError(`${path === undefined ? '' : `${path}: `}U+${code} cannot appear in an XML document`, path === undefined ? {} : { path })
  }
}

const ATTR_SPECIAL = /[&<>"'\t\n\r]/
const TEXT_SPECIAL = /[&<>\r]/

/**
 * Escapes an attribute value for either quote. Tab, newline and CR become character
 * references so they survive attribute-value normalisation on the next parse.
 */
export function escapeAttribute(v: string): string {
  if (!ATTR_SPECIAL.test(v)) return v
  return v.replace(/[&<>"'\t\n\r]/g, (c) => ATTR_ESCAPES[c]!)
}

/** Escapes character data; `>` too, so `]]>` can never appear. CR is kept as a reference. */
export function escapeText(v: string): string {
  if (!TEXT_SPECIAL.test(v)) return v
  return v.replace(/[&<>\r]/g, (c) => ATTR_ESCAPES[c]!)
}

const ATTR_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
}
