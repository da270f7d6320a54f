/**
 * Declared paths (`os/type/@arch`, `memory`, `.`): compiled once, then walked on the tree.
 * @module
 */
import { ConfigError } from './error.js'
import { isXmlName, type XmlElement } from './xml/index.js'

/** A compiled path: element steps from the object's element, then an attribute or the text. */
export interface CompiledPath {
  /** The path as declared. */
  readonly source: string
  /** Child element names to walk, first match at each step. */
  readonly steps: readonly string[]
  /** Attribute at the end, or null for the element's text. */
  readonly attr: string | null
}

const cache = new Map<string, CompiledPath>()

/** Compiles `path`, throwing `ConfigError` when it is not of the accepted form. */
export function compilePath(path: string): CompiledPath {
  const hit = cache.get(path)
  if (hit !== undefined) return hit
  if (typeof path !== 'string') throw new ConfigError('a path must be a string')
  const parts = path === '.' || path === '' ? [] : path.split('/')
  if (parts[parts.length - 1] === '.') parts.pop()
  let attr: string | null = null
  const last = parts[parts.length - 1]
  if (last?.startsWith('@')) {
    attr = last.slice(1)
    parts.pop()
    if (!isXmlName(attr)) throw new ConfigError(`bad attribute name in path '${path}'`, { path })
  }
  // Deeper than any libvirt document; keeps programmatic trees within the parser's own depth cap.
  if (parts.length > 64) throw new ConfigError(`path '${path.slice(0, 60)}…' is deeper than 64 elements`, { path })
  for (const p of parts) if (!isXmlName(p)) throw new ConfigError(`bad element name '${p}' in path '${path}'`, { path })
  const compiled: CompiledPath = { source: path, steps: parts, attr }
  if (cache.size < 10_000) cache.set(path, compiled)
  return compiled
}

/** The element `steps` lead to from `el`, or undefined when one is missing. */
export function walk(el: XmlElement, steps: readonly string[], count = steps.length): XmlElement | undefined {
  let cur: XmlElement | undefined = el
  for (let i = 0; i < count && cur !== undefined; i++) cur = cur.firstElement(steps[i]!)
  return cur
}
