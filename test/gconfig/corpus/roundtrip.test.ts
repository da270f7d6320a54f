import assert from 'node:assert/strict'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { ConfigError, ConfigList, ConfigObject, xml } from '../../../gconfig/core/index.js'
import { corpus, corpusFiles, sharedDir } from '../support/shared.js'
import { classFor, modelledRoots } from './route.js'

/**
 * The corpus files that are not well-formed XML, each with the reason; every other file must
 * round-trip. Found with `xmllint --noout` over the whole corpus.
 */
const ILL_FORMED: ReadonlyMap<string, string> = new Map([
  ['nodedev/nodedevmdevctldata/mdevctl-list-multiple.out.xml', 'several <device> roots in one file (a list printed by mdevctl)'],
])

const kinds = readdirSync(join(sharedDir, 'corpus'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()

function failures(kind: string, check: (text: string, file: string) => void): string[] {
  const out: string[] = []
  for (const file of corpusFiles(kind)) {
    if (ILL_FORMED.has(`${kind}/${file}`)) continue
    try {
      check(corpus(kind, file), file)
    } catch (e) {
      out.push(`${file}: ${(e as Error).message.split('\n')[0]}`)
    }
  }
  return out
}

interface Declared {
  readonly spec?: Readonly<Record<string, { readonly kind: string; readonly path: string }>>
}

/**
 * Writes each defined scalar property of `obj` and of every object below it back with the
 * value it reads, checks it reads back equal, then restores the raw text at its path: if any
 * write touched anything else, the document would differ from the input afterwards.
 */
function rewriteAll(obj: ConfigObject, depth: number): number {
  if (depth > 30) return 0
  const spec = (obj.constructor as Declared).spec ?? {}
  const bag = obj as unknown as Record<string, unknown>
  let writes = 0
  for (const key of Object.keys(spec)) {
    const s = spec[key]!
    let value: unknown
    try {
      value = bag[key]
    } catch {
      continue // an undecodable stored value: typed reads are the kinds' own tests
    }
    if (value instanceof ConfigObject) {
      writes += rewriteAll(value, depth + 1)
    } else if (value instanceof ConfigList) {
      for (const item of value as ConfigList<ConfigObject>) writes += rewriteAll(item, depth + 1)
    } else if (value !== undefined && s.kind === 'prop') {
      const raw = obj.get(s.path)
      bag[key] = value
      writes++
      if (!Object.is(bag[key], value)) throw new Error(`${key}: wrote ${String(value)}, read ${String(bag[key])}`)
      if (typeof value !== 'boolean' && raw !== undefined) obj.set(s.path, raw)
    }
  }
  return writes
}

describe('gconfig corpus: libvirt 11.3.0 test documents', function () {
  this.timeout(120_000)

  it('routes the modelled kinds to their own classes', function () {
    for (const root of ['domain', 'network', 'pool', 'volume', 'capabilities', 'domainCapabilities', 'device', 'secret']) {
      assert.ok(modelledRoots.includes(root), `no class for <${root}>: ${modelledRoots.join(', ')}`)
    }
  })

  for (const kind of kinds) {
    describe(kind, function () {
      it('parses every well-formed file and gives back its exact text from toXml()', function () {
        const bad = failures(kind, (text) => {
          const doc = classFor(text).fromXml(text)
          if (doc.toXml() !== text) throw new Error('toXml() differs from the input')
        })
        assert.deepEqual(bad, [])
      })

      it('adds a root attribute as the only change, and removing it gives back the input', function () {
        const bad = failures(kind, (text) => {
          const doc = classFor(text).fromXml(text)
          const root = doc.node
          doc.set('@gvir-probe', `a'b"c<d>&\t\n`)
          const expected = `${text.slice(0, root.attrsEnd)} gvir-probe='a&apos;b&quot;c&lt;d&gt;&amp;&#9;&#10;'${text.slice(root.attrsEnd)}`
          if (doc.toXml() !== expected) throw new Error(`unexpected text after setting @gvir-probe:\n${doc.toXml()}`)
          doc.set('@gvir-probe', undefined)
          if (doc.toXml() !== text) throw new Error('removing @gvir-probe did not restore the input')
        })
        assert.deepEqual(bad, [])
      })

      it('creates a nested element through a path, reads it back, and prunes it away again', function () {
        const bad = failures(kind, (text) => {
          const doc = classFor(text).fromXml(text)
          doc.set('gvir-probe/inner/@value', '42 & more')
          const again = classFor(text).fromXml(doc.toXml())
          if (again.get('gvir-probe/inner/@value') !== '42 & more') throw new Error('value not read back after re-parsing')
          if (again.node.elements().length !== doc.node.elements().length) throw new Error('element count changed')
          doc.set('gvir-probe/inner/@value', undefined)
          if (doc.toXml() !== text) throw new Error(`pruning did not restore the input:\n${doc.toXml()}`)
        })
        assert.deepEqual(bad, [])
      })

      it('rewrites every typed property of every object with its own value, then restores the raw text: nothing else changes', function () {
        let writes = 0
        const bad = failures(kind, (text) => {
          const doc = classFor(text).fromXml(text)
          writes += rewriteAll(doc, 0)
          if (doc.toXml() !== text) throw new Error(`rewriting typed properties changed the document:\n${doc.toXml()}`)
        })
        assert.deepEqual(bad, [])
        if (kind === 'domain') assert.ok(writes > 10_000, `only ${writes} typed writes over the domain corpus`)
      })
    })
  }

  describe('ill-formed files', function () {
    for (const [file, reason] of ILL_FORMED) {
      it(`rejects ${file} with a ConfigError carrying line and column (${reason})`, function () {
        const [kind, ...rest] = file.split('/')
        const text = corpus(kind!, rest.join('/'))
        assert.throws(
          () => xml.parseXml(text),
          (e: unknown) => e instanceof ConfigError && typeof e.line === 'number' && typeof e.column === 'number',
        )
        assert.throws(() => classFor(text).fromXml(text), ConfigError)
      })
    }
  })
})
