/**
 * The whole domain corpus through the typed model: every declared property decodes, and every
 * element and attribute libvirt's tests use is reached by a declared property.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'mocha'
import { ConfigList, ConfigObject, type xml, type ConfigClass } from '../../../gconfig/core/index.js'
import { Domain } from '../../../gconfig/domain/index.js'
import { corpusFiles, corpusText } from './fixtures.js'

type Spec = { kind: string; path: string; unitAttr?: string }

/**
 * Files whose values libvirt itself rejects; their bad value is the point of the test. (An
 * enumerated value outside the list, such as GIC version 'none', reads as written: see
 * unseen/future-values.)
 */
const REJECTED_VALUES: Record<string, string> = {
  'genericxml2xmlindata/name-slash-fail.xml': "name 'foo/bar' has a slash",
  'qemuxmlconfdata/cpuset-invalid.xml': "cpuset 'aaa'",
  'qemuxmlconfdata/usb-too-long-port-path-invalid.xml': 'USB port path of five levels',
  'qemuxmlconfdata/machine-loadparm-s390-len-invalid.xml': 'loadparm longer than 8',
  'qemuxmlconfdata/machine-loadparm-s390-char-invalid.xml': "loadparm with '?'",
  'qemuxmlconfdata/vhost_queues-invalid.xml': 'queues -5',
}

/** Element paths deliberately left untyped, with the reason. */
const UNTYPED: Record<string, string> = {
  'domain/commandline': 'QEMU pass-through in the default namespace; namespaced content is kept verbatim, not modelled',
}

function parseAll(): Array<[string, Domain]> {
  const out: Array<[string, Domain]> = []
  for (const f of corpusFiles()) {
    try {
      out.push([f, Domain.fromXml(corpusText(f))])
    } catch {
      // Ill-formed files are the core's concern (its tests assert the ConfigError).
    }
  }
  return out
}

function specOf(o: ConfigObject): Record<string, Spec> {
  return (o.constructor as unknown as { spec?: Record<string, Spec> }).spec ?? {}
}

/** Getters a class adds by hand (self-referencing children), which the spec cannot hold. */
function extraViews(o: ConfigObject): ConfigObject[] {
  const out: ConfigObject[] = []
  const proto = Object.getPrototypeOf(o) as object
  for (const [key, d] of Object.entries(Object.getOwnPropertyDescriptors(proto))) {
    if (key === 'constructor' || d.get === undefined) continue
    const v: unknown = d.get.call(o)
    if (v instanceof ConfigObject) out.push(v)
  }
  return out
}

function readAll(o: ConfigObject, errors: string[]): void {
  for (const [key, s] of Object.entries(specOf(o))) {
    try {
      const v: unknown = (o as unknown as Record<string, unknown>)[key]
      if (v instanceof ConfigList) for (const item of v as ConfigList<ConfigObject>) readAll(item, errors)
      else if (v instanceof ConfigObject) readAll(v, errors)
    } catch (e) {
      errors.push(`${o.constructor.name}.${key} (${s.path}): ${(e as Error).message}`)
    }
  }
  for (const v of extraViews(o)) readAll(v, errors)
}

class Reach {
  private readonly elements = new WeakSet<xml.XmlElement>()
  private readonly attrs = new WeakMap<xml.XmlElement, Set<string>>()

  mark(el: xml.XmlElement, attr?: string): void {
    this.elements.add(el)
    if (attr === undefined) return
    const set = this.attrs.get(el) ?? new Set<string>()
    set.add(attr)
    this.attrs.set(el, set)
  }

  markUp(el: xml.XmlElement, stop: xml.XmlElement): void {
    for (let p: xml.XmlElement | null = el; p !== null && p !== stop; p = p.parent?.kind === 'element' ? p.parent : null) this.mark(p)
  }

  visit(o: ConfigObject): void {
    this.mark(o.node)
    for (const [key, s] of Object.entries(specOf(o))) {
      const steps = s.path === '.' ? [] : s.path.split('/')
      const attr = steps[steps.length - 1]?.startsWith('@') ? steps.pop()!.slice(1) : undefined
      let cur: xml.XmlElement | undefined = o.node
      for (const step of steps) {
        cur = cur?.firstElement(step)
        if (cur !== undefined) this.mark(cur)
      }
      if (cur !== undefined && attr !== undefined) this.mark(cur, attr)
      if (cur !== undefined && s.unitAttr !== undefined) this.mark(cur, s.unitAttr)
      try {
        const v: unknown = (o as unknown as Record<string, unknown>)[key]
        if (v instanceof ConfigList) for (const item of v as ConfigList<ConfigObject>) this.visit(item)
        else if (v instanceof ConfigObject) this.visit(v)
      } catch {
        // Bad values are reported by the decoding test.
      }
    }
    for (const v of extraViews(o)) {
      this.markUp(v.node, o.node)
      this.visit(v)
    }
  }

  missed(el: xml.XmlElement, path: string, out: Map<string, string>, file: string): void {
    if (el.name === 'metadata' || el.name.includes(':')) return
    if (!this.elements.has(el)) {
      if (!(path in UNTYPED) && !out.has(path)) out.set(path, file)
      return
    }
    for (const a of el.attributes) {
      if (a.name.startsWith('xmlns') || this.attrs.get(el)?.has(a.name)) continue
      const k = `${path}/@${a.name}`
      if (!out.has(k)) out.set(k, file)
    }
    for (const c of el.children) if (c.kind === 'element') this.missed(c, `${path}/${c.name}`, out, file)
  }
}

/** Pairs of children found out of the declared order under `o` and its views, as `Class: a before b`. */
function orderViolations(o: ConfigObject, out: Map<string, string>, file: string): void {
  const cls = o.constructor as ConfigClass<ConfigObject>
  const check = (el: xml.XmlElement | undefined, order: readonly string[] | undefined, where: string): void => {
    if (el === undefined || order === undefined) return
    const names = el.children.filter((c): c is xml.XmlElement => c.kind === 'element').map((c) => c.name).filter((n) => order.includes(n))
    for (let i = 1; i < names.length; i++) {
      const k = `${where}: ${names[i - 1]} before ${names[i]}`
      if (order.indexOf(names[i]!) < order.indexOf(names[i - 1]!) && !out.has(k)) out.set(k, file)
    }
  }
  check(o.node, cls.layout.order, cls.name)
  for (const [rel, order] of cls.layout.childOrder) {
    check(rel.split('/').reduce<xml.XmlElement | undefined>((e, step) => e?.firstElement(step), o.node), order, `${cls.name}/${rel}`)
  }
  for (const key of Object.keys(specOf(o))) {
    try {
      const v: unknown = (o as unknown as Record<string, unknown>)[key]
      if (v instanceof ConfigList) for (const item of v as ConfigList<ConfigObject>) orderViolations(item, out, file)
      else if (v instanceof ConfigObject) orderViolations(v, out, file)
    } catch {
      // Bad values are reported by the decoding test.
    }
  }
  for (const v of extraViews(o)) orderViolations(v, out, file)
}

describe('gconfig/domain over the whole libvirt corpus', function () {
  this.timeout(300_000)
  const docs = parseAll()

  it('parses every well-formed domain document of the corpus', () => {
    assert.ok(docs.length > 2300, `only ${docs.length} documents parsed`)
  })

  it('decodes every declared property of every document, except the values libvirt rejects too', () => {
    const unexpected: string[] = []
    const rejected = new Set<string>()
    for (const [file, d] of docs) {
      const errors: string[] = []
      readAll(d, errors)
      if (errors.length === 0) continue
      if (file in REJECTED_VALUES) rejected.add(file)
      else unexpected.push(`${file}: ${errors.join('; ')}`)
    }
    assert.deepEqual(unexpected, [])
    assert.deepEqual([...rejected].sort(), Object.keys(REJECTED_VALUES).sort())
  })

  it('reaches every element and attribute of the corpus through a declared property', () => {
    const missed = new Map<string, string>()
    for (const [file, d] of docs) {
      const reach = new Reach()
      reach.visit(d)
      reach.missed(d.node, 'domain', missed, file)
    }
    assert.deepEqual([...missed].map(([k, f]) => `${k} (${f})`), [])
  })

  it("declares child orders that libvirt's own formatter output follows", () => {
    const found = new Map<string, string>()
    // Files libvirt wrote itself (xml2xml outputs), not hand-written inputs.
    for (const [file, d] of docs) if (/latest|out|active/.test(file)) orderViolations(d, found, file)
    assert.deepEqual([...found].map(([k, f]) => `${k} (${f})`), [])
  })
})
