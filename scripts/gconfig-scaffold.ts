// Drafts gconfig class declarations for one document kind from its RelaxNG schema:
//   npx tsx scripts/gconfig-scaffold.ts <schema.rng> <RootClass> <out-dir> [external-tag=Class@module ...]
// It was used once to lay gconfig/<kind>/ for the kinds other than the domain; the files are
// maintained by hand since (names, codecs and docs reviewed), so rerunning it overwrites edits.
// Rules: an element that may repeat, or that has child elements of its own, becomes a class
// (`children`/`child`); a single element with only attributes and text is flattened into its
// parent (`bridgeStp: prop('bridge/@stp', …)`), an empty one becomes a `flag`, a number with a
// `unit` attribute a `size`. Structurally identical elements share one class.
import { mkdirSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { readSchema, type RngElement, type RngValue } from './coverage/rng.js'

const [schema, rootClass, outDir, ...externalArgs] = process.argv.slice(2)
if (schema === undefined || rootClass === undefined || outDir === undefined) {
  console.error('usage: gconfig-scaffold.ts <schema.rng> <RootClass> <out-dir> [tag=Class@module ...]')
  process.exit(2)
}
const externals = new Map(
  externalArgs.map((a) => {
    const [tag, rest] = a.split('=') as [string, string]
    const [cls, mod] = rest.split('@') as [string, string]
    return [tag, { cls, mod }]
  }),
)

const pascal = (s: string): string =>
  s
    .split(/[-_:.]/)
    .filter(Boolean)
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('')
const camel = (s: string): string => {
  const p = pascal(s.replace(/^[^:]+:(?=.*:)/, ''))
  return p[0]!.toLowerCase() + p.slice(1)
}
const plural = (s: string): string =>
  /[^s]s$/.test(s) ? s : /(ss|x|ch|sh)$/.test(s) ? `${s}es` : /[^aeiou]y$/.test(s) ? `${s.slice(0, -1)}ies` : `${s}s`
const reserved = new Set(['remove', 'node', 'toXml', 'get', 'set', 'detach', 'clone', 'validate', 'fromXml', 'constructor', 'prototype', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'])

const numeric: Record<string, string> = {
  unsignedInt: 'uint', unsignedLong: 'uint', unsignedShort: 'uint', unsignedByte: 'uint',
  positiveInteger: 'uint', nonNegativeInteger: 'uint',
  int: 'int', integer: 'int', long: 'int', short: 'int', byte: 'int',
  decimal: 'number', double: 'number', float: 'number',
}
const hexRefs = ['hexuint', 'uint8', 'uint16', 'uint24', 'uint32', 'pciDomain', 'pciBus', 'pciSlot', 'pciFunc', 'ccwCssidRange', 'ccwSsidRange', 'ccwDevnoRange']

function codecOf(v: RngValue | undefined): string {
  if (v === undefined) return 'codec.string'
  if (v.refs.has('virYesNo')) return 'codec.yesNo'
  if (v.refs.has('virOnOff')) return 'codec.onOff'
  if (v.refs.has('UUID')) return 'codec.uuid'
  if (v.refs.has('uniMacAddr') || v.refs.has('macAddr')) return 'codec.mac'
  if (hexRefs.some((r) => v.refs.has(r))) return 'codec.hex'
  if (v.refs.has('octalMode')) return "codec.pattern(/^[0-7]{1,4}$/, 'an octal mode such as 0755')"
  const vals = [...v.values]
  if (vals.length > 0 && v.types.size === 0) {
    const set = new Set(vals)
    if (set.size === 2 && set.has('yes') && set.has('no')) return 'codec.yesNo'
    if (set.size === 2 && set.has('on') && set.has('off')) return 'codec.onOff'
    if (set.size === 2 && set.has('true') && set.has('false')) return 'codec.bool'
    return `codec.enum(${[...set].map((x) => `'${x}'`).join(', ')})`
  }
  if (vals.length === 0 && v.types.size > 0) {
    const kinds = new Set([...v.types].map((t) => numeric[t] ?? 'string'))
    if (kinds.size === 1) return `codec.${[...kinds][0]}`
  }
  return 'codec.string'
}

// Flattening stops at six attributes: more (an nwfilter `<tcp>` has 17) deserve their own class.
const leafLike = (e: RngElement): boolean => e.children.size === 0 && !e.recursive && !e.open && e.attributes.size <= 6
/** `<parent><name>x</name></parent>`: one wrapper around one plain text element. */
const wrapper = (e: RngElement): RngElement | undefined => {
  if (e.attributes.size > 0 || e.text !== undefined || e.children.size !== 1 || e.recursive) return undefined
  const only = [...e.children.values()][0]!
  return !only.multiple && leafLike(only.element) && only.element.attributes.size === 0 && only.element.text !== undefined ? only.element : undefined
}
const inline = (e: RngElement, multiple: boolean): boolean => !multiple && (leafLike(e) || wrapper(e) !== undefined)
const onlyOpen = (e: RngElement): boolean => e.children.size > 0 && [...e.children.values()].every((c) => c.element.open)

/** A class to emit. */
interface ClassDraft {
  readonly sig: string
  readonly el: RngElement
  readonly paths: string[]
  name?: string
  file?: string
}

const drafts = new Map<string, ClassDraft>()
const sigCache = new Map<RngElement, string>()

function sig(e: RngElement): string {
  let s = sigCache.get(e)
  if (s !== undefined) return s
  const attrs = [...e.attributes.values()].map((a) => `@${a.name}=${codecOf(a.value)}`)
  const kids = [...e.children.values()].map((c) => `${c.multiple ? '*' : ''}${sig(c.element)}`)
  s = `${e.name}(${attrs.join(',')}|${e.text ? codecOf(e.text) : ''}|${kids.join(',')})`
  sigCache.set(e, s)
  return s
}

function collect(e: RngElement, path: string, top: string): void {
  const s = sig(e)
  let d = drafts.get(s)
  if (d === undefined) drafts.set(s, (d = { sig: s, el: e, paths: [] }))
  d.paths.push(path)
  d.file ??= top
  if (d.file !== top) d.file = 'common'
  for (const { element: c, multiple } of e.children.values()) {
    if (c.open || externals.has(c.name)) continue
    if (!inline(c, multiple)) collect(c, `${path}/${c.name}`, top === '' ? c.name : top)
  }
}

const rootEl = [...readSchema(schema).children.values()][0]!.element
collect(rootEl, `/${rootEl.name}`, '')

// Names: the shortest of Root+Tag, Root+Parent+Tag, … that no other class takes.
const taken = new Set<string>()
const root = drafts.get(sig(rootEl))!
root.name = rootClass
taken.add(rootClass)
const candidates = (d: ClassDraft): string[] => {
  const segs = d.paths[0]!.split('/').filter(Boolean).slice(1)
  const out: string[] = []
  // Below the root's children a class takes its parent's name too (NetworkDhcpHost, not NetworkHost).
  for (let i = Math.max(0, segs.length - 2); i >= 0; i--) out.push(rootClass + segs.slice(i).map(pascal).join(''))
  return out
}
for (const d of drafts.values()) {
  if (d === root) continue
  const cs = candidates(d)
  d.name = cs.find((c) => !taken.has(c)) ?? `${cs.at(-1)}${taken.size}`
  taken.add(d.name)
}

function docOf(text: string | undefined, fallback: string): string {
  const t = text === undefined || /^<[^>]+> elements?$/.test(text) || text.length < 12 ? fallback : text
  return t.replace(/\*\//g, '* /')
}

interface Emitted {
  readonly lines: string[]
  readonly uses: Set<string>
}

function emitClass(d: ClassDraft): Emitted {
  const e = d.el
  const lines: string[] = []
  const uses = new Set<string>()
  const names = new Set<string>()
  const key = (n: string): string => {
    let k = reserved.has(n) ? `${n}Value` : n
    if (names.has(k)) k = /s$/.test(k) ? `${k.replace(/s$/, '')}List` : `${k}Element`
    while (names.has(k)) k = `${k}_`
    names.add(k)
    return k
  }
  const field = (doc: string | undefined, name: string, spec: string): void => {
    const text = docOf(doc, '')
    if (text !== '') lines.push(`  /** ${text} */`)
    lines.push(`  ${key(name)}: ${spec},`)
  }
  for (const a of e.attributes.values()) field(a.doc, camel(a.name), `prop('@${a.name}', ${codecOf(a.value)})`)
  if (e.text !== undefined) field(undefined, 'value', `prop('.', ${codecOf(e.text)})`)
  const prefix = e.name.includes(':') ? e.name.replace(/:.*/, ':') : undefined
  const local = (n: string): string => (prefix !== undefined && n.startsWith(prefix) ? n.slice(prefix.length) : n)
  for (const { element: c, multiple } of e.children.values()) {
    if (c.open) continue
    const ext = externals.get(c.name)
    if (ext !== undefined) {
      uses.add(ext.cls)
      field(c.doc, camel(c.name), `child('${c.name}', ${ext.cls})`)
      continue
    }
    const w = multiple ? undefined : wrapper(c)
    if (w !== undefined) {
      field(c.doc, camel(c.name) + pascal(w.name), `prop('${c.name}/${w.name}', ${codecOf(w.text)})`)
      continue
    }
    if (!inline(c, multiple)) {
      const cls = drafts.get(sig(c))!.name!
      uses.add(cls)
      if (multiple) field(c.doc, plural(camel(local(c.name))), `children('${c.name}', ${cls})`)
      else field(c.doc, camel(local(c.name)), `child('${c.name}', ${cls})`)
      continue
    }
    const unit = c.attributes.get('unit')
    const isSize = unit !== undefined && c.text !== undefined && codecOf(c.text) !== 'codec.string'
    if (c.attributes.size === 0 && c.text === undefined && !onlyOpen(c)) field(c.doc, camel(c.name), `flag('${c.name}')`)
    if (c.text !== undefined) field(c.doc, camel(c.name), isSize ? `size('${c.name}')` : `prop('${c.name}', ${codecOf(c.text)})`)
    for (const a of c.attributes.values()) {
      if (isSize && a.name === 'unit') continue
      field(c.text === undefined && c.attributes.size === 1 ? c.doc ?? a.doc : a.doc, camel(c.name) + pascal(a.name), `prop('${c.name}/@${a.name}', ${codecOf(a.value)})`)
    }
  }
  const order = [...e.children.keys()].filter((k) => k !== '*')
  const orderText = order.length > 1 ? `order: [${order.map((o) => `'${o}'`).join(', ')}]` : ''
  const isRoot = d === root
  const optText = isRoot ? `, { schema: '${basename(schema!)}'${orderText === '' ? '' : `, ${orderText}`} }` : orderText === '' ? '' : `, { ${orderText} }`
  const head = `/** ${docOf(e.doc, `\`<${e.name}>\``)} (\`${d.paths[0]}\`). */`
  const define = isRoot ? 'defineDocument' : 'defineElement'
  return { lines: [head, `export class ${d.name} extends ${define}('${e.name}', {`, ...lines, `}${optText}) {}`], uses }
}

// Emit children before parents: defineElement needs the child classes at definition time.
const orderOut: ClassDraft[] = []
const seen = new Set<ClassDraft>()
const visit = (d: ClassDraft): void => {
  if (seen.has(d)) return
  seen.add(d)
  for (const { element: c, multiple } of d.el.children.values()) {
    if (c.open || externals.has(c.name)) continue
    if (!inline(c, multiple)) visit(drafts.get(sig(c))!)
  }
  orderOut.push(d)
}
visit(root)

const files = new Map<string, ClassDraft[]>()
for (const d of orderOut) {
  const f = d === root ? rootEl.name : d.file!
  files.set(f, [...(files.get(f) ?? []), d])
}
const fileOf = new Map<string, string>()
for (const [f, ds] of files) for (const d of ds) fileOf.set(d.name!, f)
const fname = (f: string): string => f.replace(/[_:]/g, '-').replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()

mkdirSync(outDir, { recursive: true })
for (const [f, ds] of files) {
  const body: string[] = []
  const uses = new Set<string>()
  for (const d of ds) {
    const em = emitClass(d)
    body.push(...em.lines, '')
    for (const u of em.uses) uses.add(u)
  }
  const text = body.join('\n')
  const core = ['child', 'children', 'codec', 'defineDocument', 'defineElement', 'flag', 'prop', 'size'].filter((n) => new RegExp(`\\b${n}\\(|\\bcodec\\.`).test(text) && (n !== 'codec' || text.includes('codec.')) && (n === 'codec' || text.includes(`${n}(`)))
  const imports = [`import { ${core.join(', ')} } from '../core/index.js'`]
  const byFile = new Map<string, string[]>()
  for (const u of uses) {
    const ext = [...externals.values()].find((x) => x.cls === u)
    const from = ext !== undefined ? ext.mod : fileOf.get(u) === f ? undefined : `./${fname(fileOf.get(u)!)}.js`
    if (from !== undefined) byFile.set(from, [...(byFile.get(from) ?? []), u])
  }
  for (const [from, us] of byFile) imports.push(`import { ${us.sort().join(', ')} } from '${from}'`)
  writeFileSync(join(outDir, `${fname(f)}.ts`), `${imports.join('\n')}\n\n${text}`)
}
const index = [...files.keys()].map((f) => `export * from './${fname(f)}.js'`).join('\n')
writeFileSync(join(outDir, 'index.ts'), `/**\n * ${rootClass}: typed, lossless \`<${rootEl.name}>\` documents.\n * @module\n */\n${index}\n`)
console.log(`${outDir}: ${drafts.size} classes in ${files.size} files`)
