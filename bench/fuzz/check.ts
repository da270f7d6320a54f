/**
 * The fuzzer's oracle: what must hold for any input, mutated or not.
 *
 * - Parsing (with the class of the root element and with `GenericDocument`) either succeeds or
 *   throws `ConfigError`; both classes agree.
 * - A parsed document serialises back to its input exactly.
 * - Every typed property of every object reads, or throws `ConfigError` (only for a value
 *   libvirt would reject too: an enumerated value gvir does not know reads as the string
 *   written, a number reads exactly or is refused, never rounded; unseen/future-values.test.ts
 *   asserts 0 throws over the corpus and its future-values variant).
 * - A setter either succeeds, and the value reads back, or throws `ConfigError` and changes
 *   nothing.
 * - After the edits, `toXml()` parses again, to the same tree and the same typed reads.
 * - All of it within a time bound per document.
 * @module
 */
import * as gconfig from '../../gconfig/index.js'
import { ConfigDocument, ConfigError, ConfigList, ConfigObject, GenericDocument, type xml, type AnySpec } from '../../gconfig/core/index.js'
import { HOSTILE_VALUES, PROTO_NAMES } from './mutate.js'
import type { Rng } from './random.js'

/** A document class as the fuzzer uses it. */
export type DocumentKind = { readonly tag: string; fromXml(text: string): ConfigDocument }

const byRoot = new Map<string, DocumentKind>()
for (const value of Object.values(gconfig)) {
  if (typeof value === 'function' && value.prototype instanceof ConfigDocument && value !== GenericDocument) {
    const cls = value as unknown as DocumentKind
    if (cls.tag !== '' && !byRoot.has(cls.tag)) byRoot.set(cls.tag, cls)
  }
}

/** The document class for root element `name` (GenericDocument when gvir has none). */
export function documentClass(name: string): DocumentKind {
  return byRoot.get(name) ?? GenericDocument
}

/** A broken invariant. */
export class FuzzFailure extends Error {
  constructor(
    readonly kind: 'non-config-error' | 'roundtrip' | 'inconsistent' | 'changed-on-error' | 'readback' | 'slow',
    message: string,
  ) {
    super(`${kind}: ${message}`)
    this.name = 'FuzzFailure'
  }
}

/** What happened to one document. */
export interface CaseStats {
  /** `parsed` or `rejected` (ConfigError at parse). */
  outcome: 'parsed' | 'rejected'
  /** The first words of the parse error, for the outcome breakdown. */
  rejection?: string
  reads: number
  readErrors: number
  writes: number
  writeRefusals: number
  ms: number
}

/** Runs `f`; a thrown non-ConfigError is a failure, a ConfigError is returned. */
function attempt<T>(what: string, f: () => T): T | ConfigError {
  try {
    return f()
  } catch (e) {
    if (e instanceof ConfigError) return e
    const err = e as Error
    throw new FuzzFailure('non-config-error', `${what} threw ${err?.name ?? typeof e}: ${err?.message ?? String(e)}\n${err?.stack ?? ''}`)
  }
}

type Spec = Readonly<Record<string, AnySpec>>
const specOf = (obj: ConfigObject): Spec => (obj.constructor as { spec?: Spec }).spec ?? {}

/** A typed value as text for comparisons (views by their element path, lists by their length). */
function show(v: unknown): string {
  if (v instanceof ConfigObject) return `<${v.node.name}>`
  if (v instanceof ConfigList) return `list(${v.length})`
  if (typeof v === 'number') return Object.is(v, -0) ? '0' : String(v)
  return typeof v === 'string' ? JSON.stringify(v) : String(v)
}

/**
 * Reads every typed property of `obj` and of every object reachable from it; returns one line
 * per read (`key=value` or `key!` when it threw ConfigError), depth first.
 */
export function readAll(obj: ConfigObject, out: string[] = [], depth = 0, seen = new Set<object>()): string[] {
  if (depth > 300 || seen.has(obj)) return out
  seen.add(obj)
  const spec = specOf(obj)
  const bag = obj as unknown as Record<string, unknown>
  for (const key of Object.keys(spec)) {
    const v = attempt(`read ${obj.node.name}.${key}`, () => bag[key])
    if (v instanceof ConfigError) {
      out.push(`${key}!`)
      continue
    }
    out.push(`${key}=${show(v)}`)
    if (v instanceof ConfigObject) readAll(v, out, depth + 1, seen)
    else if (v instanceof ConfigList) for (const item of v as ConfigList<ConfigObject>) readAll(item, out, depth + 1, seen)
  }
  return out
}

/** Every object reachable from `root` through typed child views and lists. */
function objects(root: ConfigObject): ConfigObject[] {
  const out: ConfigObject[] = []
  const seen = new Set<object>()
  const visit = (obj: ConfigObject, depth: number): void => {
    if (depth > 300 || seen.has(obj) || out.length > 5000) return
    seen.add(obj)
    out.push(obj)
    const bag = obj as unknown as Record<string, unknown>
    const spec = specOf(obj)
    for (const key of Object.keys(spec)) {
      const s = spec[key]!
      if (s.kind === 'prop' && s.childClass === undefined) continue
      const v = attempt(`read ${obj.node.name}.${key}`, () => bag[key])
      if (v instanceof ConfigObject) visit(v, depth + 1)
      else if (v instanceof ConfigList) for (const item of v as ConfigList<ConfigObject>) visit(item, depth + 1)
    }
  }
  visit(root, 0)
  return out
}

/** A value to give a setter: mostly plausible, often hostile, sometimes of the wrong type. */
function valueFor(current: unknown, rng: Rng): unknown {
  const r = rng.int(10)
  if (r === 0) return undefined
  if (r <= 2) return current
  if (r === 3) return rng.pick(HOSTILE_VALUES)
  if (r === 4) return rng.pick(PROTO_NAMES)
  if (r === 5) return rng.pick([-1, 0, 1, 1.5, -0, 2 ** 53, -(2 ** 53), NaN, Infinity, -Infinity, 4096, 0x1f])
  if (r === 6) return rng.pick([true, false, null, {}, [], 1n, Symbol('x'), { toString: () => '<evil/>' }, new Date(0)])
  if (r === 7) return rng.pick(["</name><evil a='1'/>", "' x='1", '" y="2', ']]>', '<!--', '&amp;', '\r\n\t', '\uD800', '\uFEFF', '\0', 'a'.repeat(10_000)])
  if (typeof current === 'number') return current + rng.pick([1, -1, 1024, -current - 1])
  if (typeof current === 'boolean') return !current
  return typeof current === 'string' ? current + rng.pick(['x', ' ', '&', '<', '\n']) : current
}

/** Sets a few typed properties (and a few raw paths) of objects in `doc`, checking each. */
function edit(doc: ConfigDocument, rng: Rng, stats: CaseStats): void {
  const all = objects(doc)
  for (let n = rng.range(1, 6); n > 0; n--) {
    const obj = rng.pick(all)
    if (obj.node.parent === null && obj !== doc) continue // removed by an earlier edit
    const spec = specOf(obj)
    const keys = Object.keys(spec)
    const before = doc.toXml()
    const bag = obj as unknown as Record<string, unknown>
    let key = ''
    let apply: () => void
    let expect: unknown
    let check = true
    const s = keys.length > 0 && rng.chance(0.85) ? spec[(key = rng.pick(keys))]! : undefined
    if (s === undefined) {
      key = rng.pick(['@__proto__', 'constructor/@toString', '__proto__', 'prototype/hasOwnProperty', '@bad name', 'a//b', '.', `${rng.pick(PROTO_NAMES)}/@${rng.pick(PROTO_NAMES)}`])
      const value = rng.chance(0.3) ? undefined : String(rng.pick([...HOSTILE_VALUES, ...PROTO_NAMES]))
      apply = () => obj.set(key, value)
      expect = value
      const k = key
      const read = (): unknown => obj.get(k)
      const r = attempt(`set ${obj.node.name} ${key}`, apply)
      stats.writes++
      if (r instanceof ConfigError) {
        stats.writeRefusals++
        if (doc.toXml() !== before) throw new FuzzFailure('changed-on-error', `set('${key}') threw ${r.message} but changed the document`)
      } else if (expect !== undefined && read() !== expect) {
        throw new FuzzFailure('readback', `set('${key}', ${show(expect)}) then get gave ${show(read())}`)
      }
      continue
    }
    if (s.kind === 'list') {
      const list = attempt(`read ${key}`, () => bag[key])
      if (!(list instanceof ConfigList) || list.length === 0) continue
      const l = list as ConfigList<ConfigObject>
      const k = rng.int(3)
      apply = k === 0 ? () => void l.remove(rng.int(l.length)) : k === 1 ? () => l.move(rng.int(l.length), rng.int(l.length)) : () => void l.add(l.at(rng.int(l.length))!.clone(), rng.int(l.length + 1))
      check = false
    } else {
      const current = attempt(`read ${key}`, () => bag[key])
      if (s.childClass !== undefined) {
        expect = rng.chance(0.5) ? undefined : current instanceof ConfigObject ? current.clone() : rng.pick([null, 'x', {}])
        check = false
      } else {
        expect = valueFor(current instanceof ConfigError ? undefined : current, rng)
      }
      apply = () => {
        bag[key] = expect
      }
    }
    const r = attempt(`set ${obj.node.name}.${key}`, apply)
    stats.writes++
    if (r instanceof ConfigError) {
      stats.writeRefusals++
      if (doc.toXml() !== before) throw new FuzzFailure('changed-on-error', `${obj.node.name}.${key} = ${show(expect)} threw ${r.message} but changed the document`)
      continue
    }
    if (!check) continue
    const path = s.path
    const same = (): boolean => {
      const back = attempt(`read back ${key}`, () => bag[key])
      // Removing reads back as absent: undefined, false for a flag, or for an element's own text
      // ('.') no text at all, which a non-string codec refuses to read (ConfigError).
      if (expect === undefined && (back === '' || back === false || (back instanceof ConfigError && obj.get(path) === ''))) return true
      // A 64-bit integer given as a bigint reads back as a number when one holds it exactly.
      if (typeof expect === 'bigint' && typeof back === 'number') return BigInt(back) === expect
      return back === expect || (typeof back === 'number' && typeof expect === 'number' && Number.isNaN(back) && Number.isNaN(expect))
    }
    // A setter acts on the first match of its path: with the element duplicated, removing it
    // uncovers the next copy, so a removal may take one write per copy to read back.
    for (let k = 0; k < 64 && !same() && (expect === undefined || expect === false) && doc.toXml() !== before; k++) apply()
    if (!same()) {
      const back = attempt(`read back ${key}`, () => bag[key])
      throw new FuzzFailure('readback', `${obj.node.name}.${key} = ${show(expect)} read back ${back instanceof ConfigError ? `ConfigError ${back.message}` : show(back)}`)
    }
  }
}

/** The tree as comparable text: names, attributes, text (adjacent text merged), CDATA, comments, PIs. */
export function canonical(node: xml.XmlElement | xml.XmlDocument): string {
  let s = node.kind === 'element' ? `<${node.name}${node.attributes.map((a) => ` ${a.name}=${JSON.stringify(a.value)}`).join('')}>` : ''
  let text = ''
  const flush = (): void => {
    if (text !== '') s += JSON.stringify(text)
    text = ''
  }
  for (const c of node.children) {
    if (c.kind === 'text') {
      text += c.value
      continue
    }
    flush()
    if (c.kind === 'element') s += canonical(c)
    else if (c.kind === 'cdata') s += `[C${JSON.stringify(c.value)}]`
    else if (c.kind === 'comment') s += `[!${JSON.stringify(c.value)}]`
    else if (c.kind === 'pi') s += `[?${c.target}${JSON.stringify(c.data)}]`
    else s += `[D${c.raw}]`
  }
  flush()
  return node.kind === 'element' ? `${s}</${node.name}>` : s
}

const docOf = (obj: ConfigObject): xml.XmlDocument | xml.XmlElement => (obj.node.parent?.kind === 'document' ? obj.node.parent : obj.node)

/** The root element name, guessed without parsing (for documents the parser rejects). */
function guessRoot(text: string): string {
  return /<([A-Za-z_][\w.:-]*)/.exec(text.replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>/g, ''))?.[1] ?? ''
}

/** Parses with both classes; they must agree. */
function parseBoth(text: string, hint: string): { typed: ConfigDocument; generic: ConfigDocument } | ConfigError {
  const generic = attempt('GenericDocument.fromXml', () => GenericDocument.fromXml(text))
  const cls = documentClass(generic instanceof ConfigError ? hint : generic.node.name)
  const typed = attempt(`${cls.tag || 'GenericDocument'}.fromXml`, () => cls.fromXml(text))
  if (generic instanceof ConfigError) {
    if (!(typed instanceof ConfigError)) throw new FuzzFailure('inconsistent', `GenericDocument rejected (${generic.message}) what <${cls.tag}> accepted`)
    return generic
  }
  if (typed instanceof ConfigError) throw new FuzzFailure('inconsistent', `<${cls.tag}> rejected (${typed.message}) what GenericDocument accepted`)
  return { typed, generic }
}

/** Checks one document; throws FuzzFailure when an invariant breaks. */
export function checkDocument(text: string, rng: Rng, timeLimitMs = 1000): CaseStats {
  const t0 = performance.now()
  const stats: CaseStats = { outcome: 'parsed', reads: 0, readErrors: 0, writes: 0, writeRefusals: 0, ms: 0 }
  const parsed = parseBoth(text, guessRoot(text))
  if (parsed instanceof ConfigError) {
    stats.outcome = 'rejected'
    stats.rejection = parsed.message.replace(/^line \d+, column \d+: /, '').replace(/[<&#'"].*$/s, '').replace(/\d+/g, 'N').trim().slice(0, 48)
  } else {
    const { typed, generic } = parsed
    for (const d of [typed, generic]) if (d.toXml() !== text) throw new FuzzFailure('roundtrip', 'an unmodified document did not serialise to its input')
    const reads = readAll(typed)
    stats.reads = reads.length
    stats.readErrors = reads.filter((r) => r.endsWith('!')).length
    edit(typed, rng, stats)
    const out = typed.toXml()
    const again = parseBoth(out, typed.node.name)
    if (again instanceof ConfigError) throw new FuzzFailure('roundtrip', `the edited document does not parse: ${again.message}\n${out.slice(0, 2000)}`)
    if (again.typed.toXml() !== out) throw new FuzzFailure('roundtrip', 'the re-parsed edited document did not serialise to its input')
    if (canonical(docOf(again.typed)) !== canonical(docOf(typed))) throw new FuzzFailure('roundtrip', `the edited document parses back to a different tree\n${out.slice(0, 2000)}`)
    const a = readAll(typed).join('\n')
    const b = readAll(again.typed).join('\n')
    if (a !== b) {
      const la = a.split('\n')
      const lb = b.split('\n')
      const i = la.findIndex((x, k) => x !== lb[k])
      throw new FuzzFailure('roundtrip', `typed reads differ after re-parsing: ${la[i]} vs ${lb[i]}`)
    }
  }
  stats.ms = performance.now() - t0
  if (stats.ms > timeLimitMs) throw new FuzzFailure('slow', `took ${stats.ms.toFixed(0)} ms (limit ${timeLimitMs} ms)`)
  return stats
}
