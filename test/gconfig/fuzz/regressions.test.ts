import assert from 'node:assert/strict'
import { ConfigError, GenericDocument, prop, codec, size, flag, defineElement } from '../../../gconfig/core/index.js'
import { runCase } from '../../../bench/fuzz/run.js'
import { canonical } from '../../../bench/fuzz/check.js'

/**
 * Case seeds of bench/fuzz/gconfig.ts that found bugs, replayed through the same mutator and
 * oracle (`node dist/bench/fuzz/gconfig.js --case <seed>` prints one).
 */
const FOUND: readonly { seed: number; bug: string }[] = [
  { seed: 4022691858, bug: 'CR line ends after the root element were re-serialised as &#13; (domaincaps, CRLF)' },
  { seed: 1765295537, bug: 'the same, with CR-only line ends and a __proto__ attribute (snapshot)' },
  { seed: 964257522, bug: 'the same, CR-only line ends in a filter with comments (nwfilter)' },
  { seed: 3822446182, bug: 'the same, after a duplicated element (interface)' },
  { seed: 1137031731, bug: 'a 500,000-tab attribute took ~150 ms per parse (one string piece per tab; GC-bound), >1 s per document' },
  { seed: 3114060910, bug: 'the same in a backup document' },
  { seed: 4188227322, bug: 'the same in capabilities' },
]

/** XML's attribute-value and line-end normalisation written the plain way, to check decode() against. */
function reference(raw: string, attr: boolean): string {
  const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' }
  // split() with a capture group alternates literal text and reference bodies.
  return raw
    .split(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|apos|quot);/)
    .map((part, k) => {
      if (k % 2 === 1) return part.startsWith('#x') ? String.fromCodePoint(parseInt(part.slice(2), 16)) : part.startsWith('#') ? String.fromCodePoint(Number(part.slice(1))) : named[part]!
      const lines = part.replace(/\r\n?/g, '\n')
      return attr ? lines.replace(/[\t\n]/g, ' ') : lines
    })
    .join('')
}

describe('gconfig fuzz regressions', function () {
  this.timeout(60_000)

  for (const { seed, bug } of FOUND) {
    it(`case seed ${seed}: ${bug}`, function () {
      const r = runCase(seed, 5000)
      assert.equal(r.failure, undefined, r.failure?.message)
    })
  }

  it('whitespace with CRs outside the root element comes back as written after an edit, and parses again', function () {
    for (const text of ['<a>\r\n  <b/>\r\n</a>\r\n', '<?xml version="1.0"?>\r<!-- c -->\r<a/>\r\r', '\uFEFF<a>\r</a>\r\n\t ']) {
      const doc = GenericDocument.fromXml(text)
      doc.set('@x', '1')
      const out = doc.toXml()
      const again = GenericDocument.fromXml(out)
      assert.equal(canonical(again.node.parent!), canonical(doc.node.parent!))
      assert.equal(out.slice(out.lastIndexOf('>') + 1), text.slice(text.lastIndexOf('>') + 1))
    }
  })

  it('decodes long values (tabs, CR/LF, references, astral references, beyond the 8,192-unit slices) as XML prescribes', function () {
    const pieces = ['\t', '\n', '\r\n', '\r', 'a', 'é', '&amp;', '&lt;', '&#x1F600;', '&#9;', '&#13;', '&#10;', ' ', '\u{10000}']
    let seed = 7
    const next = (): number => (seed = (seed * 1103515245 + 12345) >>> 0) % pieces.length
    for (const len of [1, 10, 9000, 40_000]) {
      let raw = ''
      for (let k = 0; k < len; k++) raw += pieces[next()]
      const doc = GenericDocument.fromXml(`<a b='${raw}'>${raw}</a>`)
      assert.equal(doc.get('@b'), reference(raw, true), `attribute, ${len} pieces`)
      assert.equal(doc.get('.'), reference(raw, false), `text, ${len} pieces`)
    }
  })

  it('size and flag setters given values String() cannot convert (null-prototype objects, symbols) throw ConfigError, not TypeError', function () {
    class Probe extends defineElement('probe', { mem: size('memory'), acpi: flag('features/acpi'), name: prop('name', codec.string), count: prop('@count', codec.uint) }) {}
    const p = new Probe()
    const bag = p as unknown as Record<string, unknown>
    for (const key of ['mem', 'acpi', 'name', 'count']) {
      for (const v of [Object.create(null) as unknown, Symbol('s'), { toString: () => { throw new Error('no') } }]) {
        assert.throws(() => (bag[key] = v), ConfigError, key)
      }
    }
    assert.equal(p.toXml(), '<probe/>')
  })
})
