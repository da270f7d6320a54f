import assert from 'node:assert/strict'
import fc from 'fast-check'
import { codec, ConfigError, GenericDocument, xml, type Codec } from '../../../gconfig/core/index.js'
import { DOMAIN_XML, TestDomain } from './fixtures.js'

/** Element names and attribute names, depth first: the document's structure. */
function shape(el: xml.XmlElement): string {
  return `${el.name}[${el.attributes.map((a) => a.name).join(',')}](${el.elements().map(shape).join('')})`
}

function roundTrip<T>(c: Codec<T>, arb: fc.Arbitrary<T>): void {
  fc.assert(fc.property(arb, (v) => assert.deepEqual(c.parse(c.format(v)), v)))
}

/** Strings of any code units, lone surrogates and controls included. */
const anyString = fc.string({ unit: 'binary', maxLength: 40 })
const hostile = fc.oneof(
  anyString,
  fc.constantFrom(`</name><evil/>`, `' x='1`, `" y="2`, `]]>`, `<![CDATA[x]]>`, `<!--`, `&amp;`, `&#0;`, `&lt;`, '\r\n\t', '\uFEFF', '\uD83D\uDE00', '\uD83D'),
  fc.array(fc.constantFrom('<', '>', '&', "'", '"', ';', '#', 'x', '\n', '\r', '\t', ' ', ']', '!', '-', '/', '='), { maxLength: 30 }).map((a) => a.join('')),
)

describe('gconfig property-based checks', function () {
  describe('codecs read back what they write', function () {
    it('int and uint over safe integers', function () {
      roundTrip(codec.int, fc.maxSafeInteger())
      roundTrip(codec.uint, fc.maxSafeNat())
      fc.assert(fc.property(fc.integer({ max: -1 }), (n) => assert.throws(() => codec.uint.format(n), ConfigError)))
    })
    it('number over finite doubles', function () {
      roundTrip(codec.number, fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)))
      for (const bad of [Number.NaN, Infinity, -Infinity]) assert.throws(() => codec.number.format(bad), ConfigError)
    })
    it('booleans, enums, hex, UUIDs and MACs', function () {
      for (const c of [codec.yesNo, codec.onOff, codec.bool]) roundTrip(c, fc.boolean())
      assert.equal(codec.bool.parse('1'), true)
      const e = codec.enum('a', 'b', '__proto__', 'constructor')
      roundTrip(e, fc.constantFrom('a', 'b', '__proto__', 'constructor'))
      assert.equal(e.parse('toString'), 'toString') // read as written: a value of a newer libvirt
      assert.throws(() => e.format('toString'), ConfigError)
      roundTrip(codec.hex, fc.maxSafeNat())
      roundTrip(codec.hexPad(4), fc.maxSafeNat())
      assert.equal(codec.hexPad(4).format(0x1f), '0x001f')
      assert.equal(codec.hex.parse('31'), 31)
      roundTrip(codec.uuid, fc.uuid())
      const mac = fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 6, maxLength: 6 }).map((a) => a.map((b) => b.toString(16).padStart(2, '0')).join(':'))
      roundTrip(codec.mac, mac)
    })
    it('every codec refuses arbitrary junk with ConfigError, never another error', function () {
      const all: Codec<unknown>[] = [codec.int, codec.uint, codec.number, codec.yesNo, codec.onOff, codec.bool, codec.uuid, codec.mac, codec.hex, codec.enum('x'), codec.pattern(/[a-z]+/, 'letters')] as Codec<unknown>[]
      fc.assert(
        fc.property(fc.constantFrom(...all), fc.oneof(anyString, fc.anything()), (c, v) => {
          for (const f of [() => c.parse(v as string), () => c.format(v)]) {
            try {
              f()
            } catch (e) {
              assert.ok(e instanceof ConfigError, String(e))
            }
          }
        }),
      )
    })
  })

  describe('hostile strings in setters', function () {
    it('never change the structure of the document: the string reads back exactly, or is refused and nothing changes', function () {
      const before = TestDomain.fromXml(DOMAIN_XML)
      const structure = shape(before.node)
      fc.assert(
        fc.property(hostile, fc.constantFrom('name', 'description', 'disk-file', 'disk-driver', 'raw-attr'), (s, where) => {
          const d = TestDomain.fromXml(DOMAIN_XML)
          const write = (): void => {
            if (where === 'name') d.name = s
            else if (where === 'description') d.description = s
            else if (where === 'disk-file') d.disks.at(0)!.source!.file = s
            else if (where === 'disk-driver') d.disks.at(0)!.driverName = s
            else d.set('os/type/@machine', s)
          }
          const read = (x: TestDomain): string | undefined =>
            where === 'name' ? x.name : where === 'description' ? x.description : where === 'disk-file' ? x.disks.at(0)!.source!.file : where === 'disk-driver' ? x.disks.at(0)!.driverName : x.get('os/type/@machine')
          if (xml.findNonXmlChar(s) >= 0) {
            assert.throws(write, ConfigError)
            assert.equal(d.toXml(), DOMAIN_XML)
            return
          }
          write()
          const again = TestDomain.fromXml(d.toXml())
          assert.equal(read(again), s)
          const expected = where === 'description' && !before.description ? structure.replace('vcpu[placement]()', 'description[]()vcpu[placement]()') : structure
          assert.equal(shape(again.node).replace('description[]()', ''), expected.replace('description[]()', ''))
        }),
        { numRuns: 500 },
      )
    })
  })

  describe('parser robustness', function () {
    it('parses or rejects with ConfigError any mutation of a real document, and what it parses comes back verbatim', function () {
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(3), hostile), { minLength: 1, maxLength: 4 }), (edits) => {
          let text = DOMAIN_XML
          for (const [pos, op, s] of edits) {
            const at = pos % (text.length + 1)
            text = op === 0 ? text.slice(0, at) + s + text.slice(at) : op === 1 ? text.slice(0, at) + text.slice(at + s.length) : text.slice(0, at) + s + text.slice(at + s.length)
          }
          let doc: GenericDocument
          try {
            doc = GenericDocument.fromXml(text)
          } catch (e) {
            assert.ok(e instanceof ConfigError, String(e))
            return
          }
          assert.equal(doc.toXml(), text)
          doc.set('@probe', 'x')
          doc.set('@probe', undefined)
          assert.equal(GenericDocument.fromXml(doc.toXml()).toXml(), doc.toXml())
        }),
        { numRuns: 2000 },
      )
    })
  })
})
