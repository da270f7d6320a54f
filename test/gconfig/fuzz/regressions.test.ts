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
]

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
