import assert from 'node:assert/strict'
import { ConfigError, GenericDocument } from '../../../gconfig/core/index.js'
import { DOCTYPES } from '../../../bench/fuzz/mutate.js'
import { allClasses } from './classes.js'

/** Asserts that parsing `text` with `parse` throws ConfigError located at `at` (an offset in `text`). */
function assertRefusedAt(parse: (t: string) => unknown, text: string, at: number, what: RegExp): void {
  const before = text.slice(0, at)
  const line = before.split('\n').length
  const column = at - before.lastIndexOf('\n')
  assert.throws(
    () => parse(text),
    (e: unknown) => e instanceof ConfigError && what.test(e.message) && e.line === line && e.column === column,
    `expected ConfigError ${what} at ${line}:${column}`,
  )
}

const LAUGHS = DOCTYPES[0]!
const roots = allClasses.filter((c) => (c as { schema?: string }).schema !== undefined && (c as { schema?: string }).schema !== '')

describe('gconfig hostile input: entities and character references', function () {
  it(`refuses billion-laughs documents at the DTD's '[' before any reference is reached, for every document kind (${roots.length}) and GenericDocument`, function () {
    for (const cls of [...roots, GenericDocument]) {
      const tag = cls.tag || 'domain'
      for (const body of [`<${tag}>&lol9;</${tag}>`, `<${tag} name='&lol9;'/>`, `<${tag}><name>&lol9;&lol9;&lol9;</name></${tag}>`]) {
        const text = `<?xml version="1.0"?>\n${LAUGHS}\n${body}`
        assertRefusedAt((t) => cls.fromXml(t), text, text.indexOf('['), /internal subsets/)
      }
    }
  })

  it('refuses quadratic blowup (one 100 KB entity referenced 100,000 times) at the DTD, never building the text', function () {
    const text = `<!DOCTYPE domain [<!ENTITY a "${'a'.repeat(100_000)}">]><domain>${'&a;'.repeat(100_000)}</domain>`
    assertRefusedAt((t) => GenericDocument.fromXml(t), text, text.indexOf('['), /internal subsets/)
  })

  it('refuses external, parameter and recursive entity declarations; a DOCTYPE without a subset is kept verbatim and never fetched', function () {
    for (const dtd of DOCTYPES.filter((d) => d.includes('['))) {
      const text = `${dtd}<domain>&xxe;&a;</domain>`
      assert.throws(() => GenericDocument.fromXml(text), ConfigError, dtd)
    }
    const external = '<!DOCTYPE domain SYSTEM "http://127.0.0.1:1/domain.dtd">\n<domain type="kvm"/>'
    const doc = GenericDocument.fromXml(external)
    assert.equal(doc.toXml(), external)
    doc.set('@type', 'qemu')
    assert.equal(doc.toXml(), `<!DOCTYPE domain SYSTEM "http://127.0.0.1:1/domain.dtd">\n<domain type="qemu"/>`)
  })

  it('refuses undefined entities and references to code points XML cannot hold, in text and in attributes, with line and column', function () {
    const bad = ['&undefined;', '&lol9;', '&xxe;', '&AMP;', '&#0;', '&#x0;', '&#xD800;', '&#xDFFF;', '&#x110000;', '&#1114112;', '&#99999999999999999999;', '&#xFFFE;', '&#xFFFF;', '&#x1;', '&#;', '&#x;', '&#-1;', '&#12a;', '&amp', '&;', '& ']
    for (const ref of bad) {
      for (const text of [`<domain>\n  <name>a${ref}b</name>\n</domain>`, `<domain>\n  <name x='a${ref}b'/>\n</domain>`]) {
        assertRefusedAt((t) => GenericDocument.fromXml(t), text, text.indexOf('&'), /./)
      }
    }
  })

  it('reads the predefined entities and valid character references (astral included) and writes them back as they were', function () {
    const text = "<domain><name>&lt;&gt;&amp;&apos;&quot;&#x1F600;&#65;&#x9;&#13;</name><x a='&#10;&#9;&#13;&#x1F600;'/></domain>"
    const doc = GenericDocument.fromXml(text)
    assert.equal(doc.get('name'), "<>&'\"\u{1F600}A\t\r")
    assert.equal(doc.get('x/@a'), '\n\t\r\u{1F600}')
    doc.set('x/@b', '1')
    const again = GenericDocument.fromXml(doc.toXml())
    assert.equal(again.get('name'), "<>&'\"\u{1F600}A\t\r")
    assert.equal(again.get('x/@a'), '\n\t\r\u{1F600}')
  })
})
