import assert from 'node:assert/strict'
import { ConfigError, GenericDocument, xml } from '../../../gconfig/core/index.js'

const { parseXml, serializeDocument } = xml

/** Asserts that parsing `text` fails with ConfigError at `line`:`column`. */
function rejects(text: string, line: number, column: number, message: RegExp): void {
  assert.throws(
    () => parseXml(text),
    (e: unknown) => {
      assert.ok(e instanceof ConfigError, `not a ConfigError: ${String(e)}`)
      assert.match(e.message, message)
      assert.deepEqual([e.line, e.column], [line, column], e.message)
      return true
    },
  )
}

function roundTrips(text: string): void {
  assert.equal(serializeDocument(parseXml(text)), text)
  assert.equal(GenericDocument.fromXml(text).toXml(), text)
}

describe('gconfig xml parser', function () {
  describe('keeps everything, byte for byte', function () {
    it('round-trips the XML declaration, comments, processing instructions and a DOCTYPE without subset', function () {
      roundTrips(`<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE domain SYSTEM "x>y.dtd">\n<!-- c1 -->\n<?gvir hint?>\n<domain/>\n<!-- after -->\n`)
    })

    it('round-trips character and entity references in text and attributes', function () {
      const text = `<a x='&#10;&#x9;&lt;&amp;&gt;&quot;&apos;' y="it's">1 &lt; 2 &amp;&amp; 3 &gt; 2 &#233;&#x1F600;</a>`
      roundTrips(text)
      const doc = parseXml(text)
      assert.equal(doc.root.getAttribute('x'), `\n\t<&>"'`)
      assert.equal(doc.root.getAttribute('y'), `it's`)
      assert.equal(doc.root.text, '1 < 2 && 3 > 2 é😀')
    })

    it('round-trips literal tabs and newlines in attribute values and reads them normalised to spaces, as XML prescribes', function () {
      const text = `<a v='a\tb\nc\r\nd'/>`
      roundTrips(text)
      assert.equal(parseXml(text).root.getAttribute('v'), 'a b c d')
    })

    it('round-trips CDATA sections and mixed content', function () {
      const text = `<a>x<![CDATA[<not> & markup]]>y<b/>z</a>`
      roundTrips(text)
      assert.equal(parseXml(text).root.text, 'x<not> & markupyz')
    })

    it('round-trips namespaced elements and xmlns attributes (qemu:commandline, metadata children)', function () {
      roundTrips(
        `<domain type='kvm' xmlns:qemu='http://libvirt.org/schemas/domain/qemu/1.0'>\n  <metadata><app:x xmlns:app="urn:a" app:k="v"/></metadata>\n  <qemu:commandline>\n    <qemu:arg value='-s'/>\n  </qemu:commandline>\n</domain>`,
      )
    })

    it('round-trips CRLF line ends, a byte-order mark, odd spacing in tags and double quotes', function () {
      roundTrips('\uFEFF<a  x = "1"\r\n   y=\'2\' >\r\n  <b  />\r\n</a >\r\n')
      const doc = parseXml('\uFEFF<a x="1"> t\r\n</a>')
      assert.equal(doc.root.text, ' t\n')
      doc.root.setAttribute('z', '2')
      assert.equal(serializeDocument(doc), `\uFEFF<a x="1" z='2'> t\r\n</a>`)
    })

    it('treats constructor, __proto__, toString and hasOwnProperty as ordinary element and attribute names', function () {
      const text = `<constructor __proto__='1' constructor='2' toString='3'><__proto__ hasOwnProperty='4'>x</__proto__><prototype/></constructor>`
      roundTrips(text)
      const doc = GenericDocument.fromXml(text)
      assert.equal(doc.get('@__proto__'), '1')
      assert.equal(doc.get('@constructor'), '2')
      assert.equal(doc.get('__proto__/@hasOwnProperty'), '4')
      assert.equal(doc.get('__proto__'), 'x')
      doc.set('__proto__/@constructor', 'y')
      doc.set('valueOf/@__proto__', 'z')
      const again = GenericDocument.fromXml(doc.toXml())
      assert.equal(again.get('__proto__/@constructor'), 'y')
      assert.equal(again.get('valueOf/@__proto__'), 'z')
      assert.equal(Object.hasOwn(Object.prototype, 'y'), false)
    })

    it('accepts non-ASCII names', function () {
      roundTrips(`<données clé='é'><日本/></données>`)
    })
  })

  describe('rejects what is not well-formed, with line and column', function () {
    it('rejects a mismatched end tag', () => rejects('<a>\n  <b></c>\n</a>', 2, 6, /does not match <b>/))
    it('rejects an unclosed element', () => rejects('<a>\n  <b>\n</a>', 3, 1, /does not match <b>/))
    it('rejects an element never closed at the end', () => rejects('<a>\n  <b/>', 1, 1, /<a> is never closed/))
    it('rejects a second root element', () => rejects('<a/>\n<b/>', 2, 1, /second root element/))
    it('rejects text before the root', () => rejects('hello <a/>', 1, 1, /text before the root/))
    it('rejects text after the root', () => rejects('<a/>\n x', 2, 2, /text after the root/))
    it('rejects an empty document', () => assert.throws(() => parseXml('  \n'), /no root element/))
    it('rejects a duplicate attribute', () => rejects("<a x='1' x='2'/>", 1, 10, /duplicate attribute x/))
    it('rejects a duplicate among many attributes', () => {
      const attrs = Array.from({ length: 20 }, (_, i) => ` a${i}='${i}'`).join('')
      assert.throws(() => parseXml(`<a${attrs} a7='x'/>`), /duplicate attribute a7/)
    })
    it('rejects an unquoted attribute value', () => rejects('<a x=1/>', 1, 6, /must be quoted/))
    it("rejects '<' in an attribute value", () => rejects("<a x='<'/>", 1, 7, /'<' is not allowed/))
    it('rejects an undefined entity', () => rejects('<a>&nbsp;</a>', 1, 4, /undefined entity &nbsp;/))
    it("rejects a bare '&'", () => rejects('<a>fish & chips</a>', 1, 9, /'&' must start/))
    it('rejects a reference to a character XML cannot hold', () => rejects('<a>&#0;</a>', 1, 4, /not an XML character/))
    it('rejects U+0000 in the input', () => rejects('<a>\0</a>', 1, 4, /U\+0000/))
    it("rejects '--' inside a comment", () => rejects('<a><!-- a -- b --></a>', 1, 11, /'--'/))
    it("rejects ']]>' in text", () => rejects('<a>]]></a>', 1, 4, /']]>'/))
    it('rejects an XML declaration that is not first', () => rejects(' <?xml version="1.0"?><a/>', 1, 2, /must come first/))
    it('rejects a non-UTF-8 encoding declaration', () => rejects('<?xml version="1.0" encoding="ISO-8859-1"?><a/>', 1, 1, /UTF-8/))
    it('rejects CDATA outside the root', () => rejects('<![CDATA[x]]><a/>', 1, 1, /CDATA outside/))
    it('rejects a name starting with a digit', () => rejects('<1a/>', 1, 2, /element name/))
    it('rejects an unterminated start tag', () => rejects("<a x='1'", 1, 1, /unterminated start tag/))
    it('rejects an unterminated comment', () => rejects('<a><!-- x', 1, 4, /unterminated comment/))
  })

  describe('refuses hostile input without crashing or hanging', function () {
    it('rejects a DOCTYPE internal subset, so "billion laughs" entities are never expanded', function () {
      const laughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<lolz>&lol3;</lolz>`
      rejects(laughs, 2, 16, /internal subsets/)
    })

    it('rejects an external entity reference (XXE) as an undefined entity', function () {
      assert.throws(() => parseXml('<!DOCTYPE a SYSTEM "file:///etc/passwd"><a>&xxe;</a>'), /undefined entity &xxe;/)
    })

    it('rejects nesting deeper than 256 levels, and honours a custom cap', function () {
      const deep = (n: number): string => '<a>'.repeat(n) + '</a>'.repeat(n)
      assert.doesNotThrow(() => parseXml(deep(256)))
      rejects(deep(257), 1, 769, /deeper than 256/)
      assert.throws(() => parseXml(deep(11), { maxDepth: 10 }), /deeper than 10/)
      assert.throws(() => parseXml(deep(100_000)), ConfigError)
    })

    it('rejects a document longer than the cap', function () {
      assert.throws(() => parseXml(`<a>${'x'.repeat(100)}</a>`, { maxLength: 50 }), /limit is 50/)
    })

    it('rejects non-string input with ConfigError', function () {
      assert.throws(() => parseXml(undefined as unknown as string), ConfigError)
      assert.throws(() => GenericDocument.fromXml(42 as unknown as string), ConfigError)
    })

    it('handles pathological inputs (stray ampersands, endless attributes, unclosed quotes) in one pass', function () {
      const inputs = [
        `<a>${'&'.repeat(200_000)}</a>`,
        `<a ${'x'.repeat(200_000)}`,
        `<a x='${'y'.repeat(200_000)}`,
        `<a${Array.from({ length: 20_000 }, (_, i) => ` a${i}='1'`).join('')}/>`,
        `<!--${'-'.repeat(200_000)}`,
        `<${'<'.repeat(200_000)}`,
        `<a>${'<b>'.repeat(200)}</c>`,
        `<a>${'&#1'.repeat(50_000)}</a>`,
      ]
      for (const input of inputs) {
        try {
          parseXml(input)
        } catch (e) {
          assert.ok(e instanceof ConfigError, String(e))
        }
      }
      assert.equal(parseXml(inputs[3]!).root.attributes.length, 20_000)
    })
  })
})

describe('gconfig paths', function () {
  it('rejects paths deeper than 64 elements or with bad names, changing nothing', function () {
    const d = GenericDocument.fromXml('<a/>')
    assert.throws(() => d.set(Array.from({ length: 65 }, () => 'x').join('/'), '1'), /deeper than 64/)
    assert.throws(() => d.set('x/@', '1'), ConfigError)
    assert.throws(() => d.set('x/@1y', '1'), ConfigError)
    assert.throws(() => d.get('a b'), ConfigError)
    assert.equal(d.toXml(), '<a/>')
  })
})
