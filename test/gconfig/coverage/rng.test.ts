import assert from 'node:assert/strict'
import { join } from 'node:path'
import { parseRng, readSchema, readSchemaText, schemaPaths, type SchemaLoader } from '../../../scripts/coverage/rng.js'
import { declaredPaths } from '../../../scripts/coverage/declared.js'
import { kinds, markdown, measure, reasonFor } from '../../../scripts/coverage.js'
import { schemaDir as dir } from '../support/shared.js'

const RNG = 'xmlns="http://relaxng.org/ns/structure/1.0" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes"'

/** An in-memory set of schema files, so the walker's include handling is tested without disk. */
function memory(files: Record<string, string>): SchemaLoader {
  return (path) => {
    const text = files[path]
    if (text === undefined) throw new Error(`no file ${path}`)
    return parseRng(text)
  }
}

const common = `<grammar ${RNG}>
  <define name="yesno"><choice><value>yes</value><value>no</value></choice></define>
  <define name="addr">
    <element name="address">
      <attribute name="domain"><data type="unsignedInt"/></attribute>
      <optional><attribute name="bus"><text/></attribute></optional>
    </element>
  </define>
  <define name="extra"><empty/></define>
</grammar>`

const small = `<grammar ${RNG}>
  <start><ref name="pool"/></start>
  <include href="/s/common.rng">
    <define name="extra"><element name="overridden"><empty/></element></define>
  </include>
  <define name="pool">
    <element name="pool">
      <attribute name="type"><choice><value>dir</value><value>fs</value></choice></attribute>
      <interleave>
        <!-- The pool's name -->
        <element name="name"><text/></element>
        <optional><element name="active"><ref name="yesno"/></element></optional>
        <zeroOrMore><element name="host"><attribute name="name"/><ref name="addr"/></element></zeroOrMore>
        <choice>
          <element name="source"><attribute name="dir"/></element>
          <element name="source"><attribute name="dev"/><ref name="addr"/></element>
        </choice>
        <ref name="extra"/>
        <optional><element name="nested"><ref name="pool"/></element></optional>
        <optional><element name="metadata"><zeroOrMore><element><anyName/><text/></element></zeroOrMore></element></optional>
        <optional><element name="forbidden"><notAllowed/></element></optional>
        <optional><element name="options" ns="http://libvirt.org/schemas/network/dnsmasq/1.0"><element name="option"><empty/></element></element></optional>
        <optional><grammar><start><element name="inner"><parentRef name="yesno"/></element></start></grammar></optional>
      </interleave>
    </element>
  </define>
</grammar>`

describe('coverage: the RelaxNG walker', () => {
  const load = memory({ '/s/common.rng': common })
  const tree = readSchemaText(small, '/s', load)
  const pool = tree.children.get('pool')!.element
  const paths = schemaPaths(tree).map((p) => p.path)

  it('enumerates element and attribute paths through refs, includes, choices and interleave', () => {
    for (const p of ['/pool', '/pool/@type', '/pool/name', '/pool/active', '/pool/host', '/pool/host/@name', '/pool/host/address/@domain', '/pool/host/address/@bus']) {
      assert.ok(paths.includes(p), p)
    }
  })

  it('merges the alternatives of a choice into one element', () => {
    const source = pool.children.get('source')!.element
    assert.deepEqual([...source.attributes.keys()], ['dir', 'dev'])
    assert.ok(paths.includes('/pool/source/address/@domain'))
  })

  it('lets a define inside include override the included one', () => {
    assert.ok(paths.includes('/pool/overridden'))
  })

  it('marks repeatable elements, and keeps value types, literal values and refs', () => {
    assert.equal(pool.children.get('host')!.multiple, true)
    assert.equal(pool.children.get('name')!.multiple, false)
    assert.deepEqual([...pool.attributes.get('type')!.value.values], ['dir', 'fs'])
    assert.ok(pool.children.get('active')!.element.text!.refs.has('yesno'))
    assert.ok(pool.children.get('host')!.element.children.get('address')!.element.attributes.get('domain')!.value.types.has('unsignedInt'))
  })

  it('cuts recursion at a define already being expanded', () => {
    const nested = pool.children.get('nested')!.element
    assert.equal(nested.recursive, true)
    assert.equal(nested.children.size, 0)
  })

  it('reports anyName content as open and drops notAllowed elements', () => {
    const open = schemaPaths(tree).filter((p) => p.open).map((p) => p.path)
    assert.deepEqual(open, ['/pool/metadata/*'])
    assert.ok(!paths.includes('/pool/forbidden'))
  })

  it('names namespaced elements with libvirt prefix, and resolves parentRef in a nested grammar', () => {
    assert.ok(paths.includes('/pool/dnsmasq:options/dnsmasq:option'))
    assert.ok(pool.children.get('inner')!.element.text!.values.has('yes'))
  })

  it('keeps the schema comment before an element as its documentation', () => {
    assert.equal(pool.children.get('name')!.element.doc, "The pool's name")
  })

  it('counts the paths a declaration reaches, following child classes only where the schema has them', () => {
    const address = { tag: 'address', spec: { domain: { kind: 'prop', path: '@domain' } } }
    const host = { tag: 'host', spec: { name: { kind: 'prop', path: '@name' }, address: { kind: 'prop', path: 'address', childClass: address } } }
    const cls = { tag: 'pool', spec: { type: { kind: 'prop', path: '@type' }, hosts: { kind: 'list', path: 'host', itemTag: 'host', classes: [host] }, cap: { kind: 'prop', path: 'capacity', unitAttr: 'unit' } } }
    const got = declaredPaths(cls, '/pool', new Set(paths))
    assert.deepEqual([...got].sort(), ['/pool', '/pool/@type', '/pool/capacity', '/pool/capacity/@unit', '/pool/host', '/pool/host/@name', '/pool/host/address', '/pool/host/address/@domain'].sort())
  })
})

describe('coverage: libvirt schemas', () => {
  it('reads every document schema and finds its document element', () => {
    for (const [file, rootName] of [['network.rng', 'network'], ['storagepool.rng', 'pool'], ['domainsnapshot.rng', 'domainsnapshot'], ['nodedev.rng', 'device']] as const) {
      const tree = readSchema(join(dir, file))
      assert.deepEqual([...tree.children.keys()], [rootName], file)
    }
  })

  it('measures a kind without a class as 0 % and lists every path as uncovered', () => {
    const c = measure('secret', join(dir, 'secret.rng'), undefined)
    assert.equal(c.covered, 0)
    assert.ok(c.total > 5)
    assert.ok(c.uncovered.includes('/secret/usage/@type'))
  })

  it('gives a reason for every schema path of every kind left without a typed accessor', async function () {
    this.timeout(120_000)
    const results = []
    for (const [kind, k] of Object.entries(kinds)) {
      const mod = (await import(`../../../gconfig/${k.folder}/index.js`)) as Record<string, unknown>
      const c = measure(kind, join(dir, k.rng), mod[k.cls] as Parameters<typeof measure>[2])
      results.push(c)
      assert.deepEqual(c.uncovered.filter((p) => reasonFor(p) === undefined), [], kind)
    }
    const report = markdown(results)
    assert.match(report, /\| domain \| \d+ \| \d+ \| \d+\.\d \| \d+ \| 0 \|/)
    assert.match(report, /\| network \| 165 \| 165 \| 100\.0 \| 0 \| 0 \|/)
  })

  it('explains namespaced hypervisor extensions and nothing else by that reason', () => {
    assert.ok(reasonFor('/domain/qemu:commandline/qemu:arg/@value') !== undefined)
    assert.ok(reasonFor('/domainsnapshot/domain/lxc:namespace/lxc:sharenet') !== undefined)
    assert.equal(reasonFor('/domain/devices/disk/source/@file'), undefined)
  })
})
