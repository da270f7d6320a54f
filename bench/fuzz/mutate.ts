/**
 * The mutations the gconfig fuzzer applies to corpus documents: blind byte-level damage
 * (truncation, flips, insertions, deletions, duplicated and swapped spans) and targeted attacks
 * (deep nesting, huge values, entity tricks, broken CDATA/comments/PIs, prototype-polluting
 * names, lone surrogates, BOMs, CR/LF variants), plus well-formed value swaps that reach the
 * typed getters with values they must refuse.
 * @module
 */
import type { Corpus, SeedDoc } from './corpus.js'
import type { Rng } from './random.js'

/** One mutation: its name (printed with failures) and what it does. */
interface Mutator {
  readonly name: string
  readonly weight: number
  apply(text: string, rng: Rng): string
}

/** A mutated document and how it was made. */
export interface MutatedCase {
  readonly seed: number
  readonly source: SeedDoc
  readonly ops: readonly string[]
  readonly text: string
}

/** Names that break code keying objects by element or attribute name. */
export const PROTO_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'then', 'length'] as const

/** Values typed getters must refuse or read exactly. */
export const HOSTILE_VALUES = [
  '', ' ', '-1', '-0', '+1', '1.5', '1e3', '1e309', 'NaN', 'Infinity', '0x', '0xZZ', '0x1f', ' 7 ', '٣', '9007199254740993',
  '18446744073709551616', '99999999999999999999999999', 'yes ', 'YES', 'on', 'true', '1', '0', 'no', 'off', 'maybe',
  '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', '52:54:00:zz:00:01', '52:54:00:00:00', 'c7a5fdbd-edaf-9455-926a-d65c16db180',
  'c7a5fdbd-edaf-9455-926a-d65c16db1809', '0-3,^2,6', '0-', ',', '^', 'KiB', 'bogus-unit', '&amp;', '&lt;x&gt;', '&#10;', '&#x9;', "'", '"',
] as const

/** Characters a flipped or inserted byte is often drawn from: the ones XML parsers trip on. */
const INTERESTING = ['<', '>', '&', ';', '#', "'", '"', '=', '/', '?', '!', '[', ']', '-', ':', ' ', '\t', '\n', '\r', '\0', '\x01', '\x1f', '\x7f', '\u0085', '\u2028', '\uFEFF', '\uFFFE', '\uFFFF', '\uD800', '\uDC00', 'x', '0', 'é', '\u{1F600}']

/** Entity and reference tricks, put where text or attribute values go. */
const REFERENCES = [
  '&undefined;', '&lt', '&;', '&#;', '&#x;', '&#0;', '&#x0;', '&#xD800;', '&#xDFFF;', '&#x110000;', '&#1114112;', '&#99999999999999999999;', '&#xFFFE;', '&#xFFFF;',
  '&#x1F600;', '&#65;', '&#x41;', '&#x0000000041;', '&#-1;', '&#x-1;', '&#X41;', '&#12a;', '&amp', '&AMP;', '&lol9;', '&xxe;', '&a;', '&#9;', '&#13;', '&#10;', '&&', '&#x20;&#x20;',
]

const BILLION_LAUGHS =
  '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
  '<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">' +
  '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">' +
  '<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">' +
  '<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>'

/** Prologs with DTD tricks, put before the root element. */
export const DOCTYPES = [
  BILLION_LAUGHS,
  '<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
  '<!DOCTYPE foo [<!ENTITY a "&a;">]>',
  '<!DOCTYPE foo [<!ENTITY % p SYSTEM "http://127.0.0.1:1/x.dtd"> %p;]>',
  '<!DOCTYPE foo [<!ENTITY a "<evil/>">]>',
  '<!DOCTYPE domain SYSTEM "http://127.0.0.1:1/domain.dtd">',
  '<!DOCTYPE domain PUBLIC "-//x//y" "file:///etc/passwd">',
  '<!DOCTYPE domain>',
  '<!DOCTYPE domain "unterminated>',
  '<!DOCTYPE domain [',
  '<!DOCTYPE a><!DOCTYPE b>',
]

/** Broken or odd markup declarations. */
const MARKUP = [
  '<![CDATA[', ']]>', '<![CDATA[x]]>', '<![CDATA[<domain>]]>', '<![CDATA[]]]]><![CDATA[>]]>', '<![cdata[x]]>', '<!--', '-->', '<!-- a -- b -->', '<!--->', '<!---->',
  '<!-- ok -->', '<?pi', '?>', '<?pi data?>', '<?pi?>', '<??>', '<?xml version="1.0"?>', '<?XML x?>', '<?xml-stylesheet href="x"?>', '<!DOCTYPE', '<!ELEMENT x ANY>', '<!', '<?',
  '</>', '<>', '< a>', '<a/ >', '<a b>', "<a b='1' b='2'/>", "<a b='<'/>", '<a:b:c/>', '<:a/>', '<1a/>', '<a\u00B7b/>', '<\u0300/>', '<\u{10000}/>',
]

/** Long runs that trip super-linear code (backtracking regexes, quadratic scans) when followed by a mismatch. */
const RUNS = [' ', '0', '1,', '1-2,', ' , 1', '0x', 'a', '-', '.', '&amp;', '&#x41;', '\t', '\r\n', '<a>', '</a>', '<!---->', "a='1' ", '1 ', 'ab', '::', '\\']
const RUN_LENGTHS = [1_000, 10_000, 100_000, 500_000]
const NEST_DEPTHS = [63, 64, 65, 200, 255, 256, 257, 300, 5_000, 100_000]

const START_TAG = /<([A-Za-z_][\w.:-]*)/g

/** Offsets just after each start tag's name, and the names (at most `limit`, spread over the text). */
function startTags(text: string): { at: number; name: string }[] {
  const out: { at: number; name: string }[] = []
  START_TAG.lastIndex = 0
  for (let m = START_TAG.exec(text); m !== null && out.length < 4000; m = START_TAG.exec(text)) out.push({ at: m.index + m[0].length, name: m[1]! })
  return out
}

/** `[start, end)` of each quoted attribute value (a rough scan: good enough to aim mutations). */
function attrValues(text: string): [number, number][] {
  const out: [number, number][] = []
  const re = /\s[A-Za-z_][\w.:-]*\s*=\s*(['"])/g
  for (let m = re.exec(text); m !== null && out.length < 4000; m = re.exec(text)) {
    const start = m.index + m[0].length
    const end = text.indexOf(m[1]!, start)
    if (end < 0) break
    out.push([start, end])
    re.lastIndex = end + 1
  }
  return out
}

/** `[start, end)` of each run of text between `>` and `<` that is not only whitespace. */
function textRuns(text: string): [number, number][] {
  const out: [number, number][] = []
  // One `[^<]+`, then a blank check: `[^<]*[^<\s][^<]*` backtracked cubically over a huge run
  // with no `<` after it (a huge text after the root), and the fuzzer's own mutation hung.
  const re = />([^<]+)</g
  for (let m = re.exec(text); m !== null && out.length < 4000; m = re.exec(text)) {
    if (/\S/.test(m[1]!)) out.push([m.index + 1, m.index + 1 + m[1]!.length])
  }
  return out
}

const splice = (text: string, at: number, del: number, ins: string): string => text.slice(0, at) + ins + text.slice(at + del)

function randomUnit(rng: Rng): string {
  const r = rng.int(4)
  if (r === 0) return String.fromCharCode(rng.int(0x10000))
  if (r === 1) return String.fromCharCode(rng.int(0x80))
  return rng.pick(INTERESTING)
}

function hugeRun(rng: Rng): string {
  const run = rng.pick(RUNS)
  const len = rng.pick(RUN_LENGTHS)
  return run.repeat(Math.max(1, Math.floor(len / run.length))) + (rng.chance(0.5) ? rng.pick(['!', 'x', '<', '&', '"', "'", '']) : '')
}

/** Where a document's prolog ends: after the XML declaration, if any. */
function afterDeclaration(text: string): number {
  const m = /^\uFEFF?<\?xml[^>]*\?>/.exec(text)
  return m === null ? 0 : m[0].length
}

/** Renames every start and end tag `name` to `to` (keeps the document well-formed). */
function renameElement(text: string, name: string, to: string): string {
  const esc = name.replace(/[.]/g, '\\.')
  return text.replace(new RegExp(`(</?)${esc}(?=[\\s/>])`, 'g'), `$1${to}`)
}

const MUTATORS: readonly Mutator[] = [
  { name: 'truncate', weight: 4, apply: (t, r) => t.slice(0, r.int(t.length + 1)) },
  {
    name: 'flip',
    weight: 6,
    apply: (t, r) => {
      let s = t
      for (let k = r.range(1, 4); k > 0 && s.length > 0; k--) s = splice(s, r.int(s.length), 1, randomUnit(r))
      return s
    },
  },
  {
    name: 'insert',
    weight: 5,
    apply: (t, r) => {
      let ins = ''
      for (let k = r.range(1, 8); k > 0; k--) ins += randomUnit(r)
      return splice(t, r.int(t.length + 1), 0, ins)
    },
  },
  { name: 'delete', weight: 5, apply: (t, r) => splice(t, r.int(t.length + 1), r.chance(0.7) ? r.range(1, 8) : r.range(1, 400), '') },
  {
    name: 'duplicate',
    weight: 4,
    apply: (t, r) => {
      const a = r.int(t.length + 1)
      const span = t.slice(a, a + r.range(1, 600))
      return splice(t, r.int(t.length + 1), 0, span)
    },
  },
  {
    name: 'swap',
    weight: 3,
    apply: (t, r) => {
      const len = r.range(1, 200)
      let a = r.int(t.length + 1)
      let b = r.int(t.length + 1)
      if (a > b) [a, b] = [b, a]
      if (a + len > b) return t
      const x = t.slice(a, a + len)
      const y = t.slice(b, b + len)
      return t.slice(0, a) + y + t.slice(a + len, b) + x + t.slice(b + y.length)
    },
  },
  {
    name: 'nest',
    weight: 3,
    apply: (t, r) => {
      const tags = startTags(t)
      if (tags.length === 0) return t
      const at = t.indexOf('>', r.pick(tags).at)
      if (at < 0) return t
      const depth = r.pick(NEST_DEPTHS)
      const name = r.chance(0.5) ? r.pick(tags).name : r.pick(['a', 'devices', 'disk', ...PROTO_NAMES])
      const open = `<${name}>`.repeat(depth)
      const close = r.chance(0.8) ? `</${name}>`.repeat(depth) : ''
      return splice(t, at + 1, 0, open + close)
    },
  },
  {
    name: 'huge-attribute',
    weight: 2,
    apply: (t, r) => {
      const values = attrValues(t)
      if (values.length > 0 && r.chance(0.6)) {
        const [s, e] = r.pick(values)
        return splice(t, s, e - s, hugeRun(r).replace(/['"<]/g, ''))
      }
      const tags = startTags(t)
      return tags.length === 0 ? t : splice(t, r.pick(tags).at, 0, ` huge='${hugeRun(r).replace(/['<]/g, '')}'`)
    },
  },
  {
    name: 'huge-text',
    weight: 2,
    apply: (t, r) => {
      const runs = textRuns(t)
      const run = hugeRun(r)
      if (runs.length > 0 && r.chance(0.7)) {
        const [s, e] = r.pick(runs)
        return splice(t, s, e - s, run)
      }
      const tags = startTags(t)
      if (tags.length === 0) return t
      const gt = t.indexOf('>', r.pick(tags).at)
      return gt < 0 ? t : splice(t, gt + 1, 0, run)
    },
  },
  {
    name: 'entity',
    weight: 4,
    apply: (t, r) => {
      const ref = r.pick(REFERENCES)
      const where = r.int(4)
      if (where === 0) {
        // A DTD before the root, and a reference to its entity inside.
        const at = afterDeclaration(t)
        const runs = textRuns(t)
        let s = splice(t, at, 0, r.pick(DOCTYPES))
        if (runs.length > 0) {
          const [rs] = r.pick(runs)
          const shift = s.length - t.length
          s = splice(s, rs + shift, 0, r.pick(['&lol9;', '&xxe;', '&a;', ref]))
        }
        return s
      }
      if (where === 1) {
        const values = attrValues(t)
        if (values.length > 0) {
          const [s, e] = r.pick(values)
          return splice(t, r.range(s, e), 0, ref)
        }
      }
      const runs = textRuns(t)
      if (runs.length > 0) {
        const [s, e] = r.pick(runs)
        return splice(t, r.range(s, e), 0, ref)
      }
      return splice(t, r.int(t.length + 1), 0, ref)
    },
  },
  { name: 'markup', weight: 4, apply: (t, r) => splice(t, r.int(t.length + 1), 0, r.pick(MARKUP)) },
  {
    name: 'proto-names',
    weight: 5,
    apply: (t, r) => {
      const name = r.pick(PROTO_NAMES)
      const tags = startTags(t)
      if (tags.length === 0) return t
      switch (r.int(5)) {
        case 0:
          return renameElement(t, r.pick(tags).name, name)
        case 1: {
          const values = attrValues(t)
          if (values.length === 0) return t
          const [s] = r.pick(values)
          // Rename the attribute whose value starts at s.
          const eq = t.lastIndexOf('=', s)
          const m = /([A-Za-z_][\w.:-]*)\s*$/.exec(t.slice(Math.max(0, eq - 100), eq))
          return m === null ? t : splice(t, eq - m[0].length, m[1]!.length, name)
        }
        case 2: {
          const values = attrValues(t)
          if (values.length === 0) return t
          const [s, e] = r.pick(values)
          return splice(t, s, e - s, name)
        }
        case 3: {
          const tag = r.pick(tags)
          const gt = t.indexOf('>', tag.at)
          return gt < 0 || t[gt - 1] === '/' ? t : splice(t, gt + 1, 0, `<${name} ${r.pick(PROTO_NAMES)}='${r.pick(PROTO_NAMES)}'>${r.pick(PROTO_NAMES)}</${name}>`)
        }
        default:
          return splice(t, r.pick(tags).at, 0, ` ${name}='${r.pick(PROTO_NAMES)}'`)
      }
    },
  },
  {
    name: 'surrogate',
    weight: 3,
    apply: (t, r) => splice(t, r.int(t.length + 1), 0, r.pick(['\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uDC00\uD800', '\uD83D\uDE00', '\uD83D', '\uDE00x'])),
  },
  {
    name: 'bom',
    weight: 2,
    apply: (t, r) => {
      const k = r.int(4)
      if (k === 0) return `\uFEFF${t}`
      if (k === 1) return `\uFEFF\uFEFF${t}`
      if (k === 2) return t.startsWith('\uFEFF') ? t.slice(1) : `\uFFFE${t}`
      return splice(t, r.int(t.length + 1), 0, '\uFEFF')
    },
  },
  {
    name: 'newlines',
    weight: 3,
    apply: (t, r) => {
      const k = r.int(4)
      if (k === 0) return t.replace(/\n/g, '\r\n')
      if (k === 1) return t.replace(/\n/g, '\r')
      if (k === 2) {
        const values = attrValues(t)
        if (values.length > 0) {
          const [s, e] = r.pick(values)
          return splice(t, r.range(s, e), 0, r.pick(['\r', '\n', '\r\n', '\t', '\n\r']))
        }
      }
      return splice(t, r.int(t.length + 1), 0, r.pick(['\r', '\r\n', '\n\r', '\r\r']))
    },
  },
  {
    name: 'value',
    weight: 10,
    apply: (t, r) => {
      const values = attrValues(t)
      if (values.length === 0) return t
      const [s, e] = r.pick(values)
      const quote = t[e]
      const v = r.pick(HOSTILE_VALUES)
      return splice(t, s, e - s, v.includes(quote ?? "'") || v.includes('<') ? '' : v)
    },
  },
  {
    name: 'text',
    weight: 8,
    apply: (t, r) => {
      const runs = textRuns(t)
      if (runs.length === 0) return t
      const [s, e] = r.pick(runs)
      const v = r.pick(HOSTILE_VALUES)
      return splice(t, s, e - s, v.includes('<') ? '' : v)
    },
  },
  {
    name: 'rename',
    weight: 4,
    apply: (t, r) => {
      const tags = startTags(t)
      return tags.length === 0 ? t : renameElement(t, r.pick(tags).name, r.pick(tags).name)
    },
  },
  {
    name: 'duplicate-element',
    weight: 4,
    apply: (t, r) => {
      // A self-closing element copied beside itself, or into another element.
      const m = [...t.matchAll(/<[A-Za-z_][^<>]*\/>/g)]
      if (m.length === 0) return t
      const pick = r.pick(m)
      const tags = startTags(t)
      const gt = r.chance(0.5) || tags.length === 0 ? pick.index + pick[0].length : t.indexOf('>', r.pick(tags).at) + 1
      return gt <= 0 || t[gt - 2] === '/' ? splice(t, pick.index + pick[0].length, 0, pick[0]) : splice(t, gt, 0, pick[0])
    },
  },
]

const TOTAL_WEIGHT = MUTATORS.reduce((s, m) => s + m.weight, 0)

function pickMutator(rng: Rng): Mutator {
  let x = rng.int(TOTAL_WEIGHT)
  for (const m of MUTATORS) {
    if (x < m.weight) return m
    x -= m.weight
  }
  return MUTATORS[0]!
}

/** Mutation names, for reports. */
export const MUTATOR_NAMES: readonly string[] = MUTATORS.map((m) => m.name)

/** Picks a seed document: half the time a kind first, so the small kinds are not drowned by domains. */
export function pickSeedDoc(corpus: Corpus, rng: Rng): SeedDoc {
  if (rng.chance(0.5)) return rng.pick(corpus.byKind.get(rng.pick(corpus.kinds))!)
  return rng.pick(corpus.all)
}

/** Applies 1–3 mutations (sometimes none) to a corpus document drawn with `rng`. */
export function mutate(corpus: Corpus, rng: Rng, seed: number): MutatedCase {
  const source = pickSeedDoc(corpus, rng)
  let text = source.text
  const ops: string[] = []
  const count = rng.chance(0.03) ? 0 : rng.chance(0.6) ? 1 : rng.range(2, 3)
  for (let k = 0; k < count; k++) {
    const m = pickMutator(rng)
    // Keep documents within a few MB: huge mutations on top of huge mutations add nothing.
    if (text.length > 2_000_000 && m.weight <= 3) continue
    text = m.apply(text, rng)
    ops.push(m.name)
  }
  return { seed, source, ops, text }
}
