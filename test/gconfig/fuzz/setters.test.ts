import assert from 'node:assert/strict'
import fc from 'fast-check'
import { ConfigError, type ConfigObject } from '../../../gconfig/core/index.js'
import { allClasses, allProps, shape, type DeclaredProp } from './classes.js'

const bag = (o: ConfigObject): Record<string, unknown> => o as unknown as Record<string, unknown>

/** Strings that would inject markup, break out of a quote, or that XML cannot hold. */
const INJECTIONS = [
  "</name><evil a='1'/>",
  "' evil='1",
  '" evil="2',
  "'/><evil/><x a='",
  ']]><evil/>',
  '<![CDATA[<evil/>]]>',
  '<!--',
  '--><evil/><!--',
  '<?pi x?>',
  '<!DOCTYPE x [<!ENTITY a "<evil/>">]>&a;',
  '&amp;&lt;evil/&gt;',
  '&#60;evil/&#62;',
  '&lol9;',
  '\r\n\t',
  'a\rb\r\nc',
  ' leading and trailing ',
  '\uFEFF',
  '\uD83D\uDE00',
  '\uD800',
  '\uDC00x',
  '\u0000',
  '\u0008',
  '\uFFFE',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  '',
]

type Form = 'fresh' | 'parsed' | 'parsed-double-quoted'
const FORMS: readonly Form[] = ['fresh', 'parsed', 'parsed-double-quoted']

/** The element of `p`'s class with the property's node present (raw text 'x'), in one of three forms. */
function subject(p: DeclaredProp, form: Form): { obj: ConfigObject; expected: string } {
  const ref = new p.cls()
  ref.set(p.path, 'x')
  const text = ref.toXml()
  const expected = shape(p.cls.fromXml(text).node)
  if (form === 'fresh') return { obj: new p.cls(), expected }
  return { obj: p.cls.fromXml(form === 'parsed' ? text : text.replace(/'/g, '"')), expected }
}

/**
 * Gives `s` to `p`'s setter: it must either throw ConfigError and change nothing, or write a
 * document that parses back to the same structure (the property's own node added, nothing
 * else) with `s` read back exactly, raw and typed.
 */
function assertNoInjection(p: DeclaredProp, s: string, form: Form): 'accepted' | 'refused' {
  const { obj, expected } = subject(p, form)
  const before = obj.toXml()
  try {
    bag(obj)[p.key] = s
  } catch (e) {
    assert.ok(e instanceof ConfigError, `${p.cls.name}.${p.key} = ${JSON.stringify(s)} threw ${String(e)}`)
    assert.equal(obj.toXml(), before, `${p.cls.name}.${p.key}: refused ${JSON.stringify(s)} but changed the document`)
    return 'refused'
  }
  const out = obj.toXml()
  let again: ConfigObject
  try {
    again = p.cls.fromXml(out)
  } catch (e) {
    assert.fail(`${p.cls.name}.${p.key} = ${JSON.stringify(s)} (${form}) wrote XML that does not parse: ${String(e)}\n${out}`)
  }
  assert.equal(shape(again.node), expected, `${p.cls.name}.${p.key} = ${JSON.stringify(s)} (${form}) changed the structure:\n${out}`)
  assert.equal(again.get(p.path), s, `${p.cls.name}.${p.key}: raw text read back differs`)
  assert.equal(bag(again)[p.key], s, `${p.cls.name}.${p.key}: typed value read back differs`)
  return 'accepted'
}

describe('gconfig hostile input: no string given to any setter changes the document structure', function () {
  this.timeout(120_000)

  it(`walks every class's declarations (${allClasses.length} classes, ${allProps.length} scalar properties)`, function () {
    assert.ok(allClasses.length > 300, `only ${allClasses.length} classes found`)
    assert.ok(allProps.length > 2000, `only ${allProps.length} properties found`)
    for (const name of ['Domain', 'DomainDisk', 'DomainInterface', 'Network', 'StoragePool', 'Secret', 'NodeDevice', 'NetworkFilter', 'DomainCapabilities']) {
      assert.ok(
        allClasses.some((c) => c.name === name),
        `${name} not reached`,
      )
    }
  })

  it(`every setter of every class, given ${INJECTIONS.length} injection strings in a new, a parsed and a double-quoted element: refused with ConfigError and nothing changed, or read back exactly with the structure intact`, function () {
    let accepted = 0
    let refused = 0
    for (const p of allProps) {
      for (const form of FORMS) {
        for (const s of INJECTIONS) {
          if (assertNoInjection(p, s, form) === 'accepted') accepted++
          else refused++
        }
      }
    }
    // Free-text properties must take markup characters as data, not refuse them all.
    assert.ok(accepted > allProps.length, `only ${accepted} accepted, ${refused} refused`)
  })

  it('any string (lone surrogates, controls, markup) given to a random setter: same property, checked by fast-check', function () {
    const markup = fc.array(fc.constantFrom('<', '>', '&', "'", '"', ';', '#', 'x', '\n', '\r', '\t', ' ', ']', '!', '-', '/', '=', '?', '[', 'amp', 'lt', '#0', '#xD800'), { maxLength: 40 }).map((a) => a.join(''))
    fc.assert(
      fc.property(fc.constantFrom(...allProps), fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 20 }), markup), fc.constantFrom(...FORMS), (p, s, form) => {
        assertNoInjection(p, s, form)
      }),
      { numRuns: 4000, seed: 0x6ac0 },
    )
  })
})
