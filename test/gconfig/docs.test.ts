import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { docGaps } from '../../scripts/gconfig-docs.js'
import { kinds } from '../../scripts/coverage.js'
import * as gconfig from '../../gconfig/index.js'
import { repoRoot } from './support/shared.js'

const repo = repoRoot()
const publicFace = new URL('../../gconfig/index.js', import.meta.url).href

/** The `@example` code of the TSDoc right above `export class <name>` in `file`. */
function exampleOf(file: string, name: string): string | undefined {
  const text = readFileSync(file, 'utf8')
  const at = text.indexOf(`export class ${name} `)
  const doc = text.slice(text.lastIndexOf('/**', at), at)
  const m = /@example\s*\n\s*\*\s*```ts\n([\s\S]*?)\n\s*\*\s*```/.exec(doc)
  return m?.[1]?.split('\n').map((l) => l.replace(/^\s*\* ?/, '')).join('\n')
}

/** Turns `expr // 'value'` lines (a literal after the comment) into assertions, so examples show true results. */
function withAssertions(code: string): string {
  return code
    .split('\n')
    .map((l) => {
      const m = /^(\S.*?) \/\/ ('[^']*'|\[.*\]|-?\d+|true|false|undefined)$/.exec(l)
      return m === null ? l : `assert.deepStrictEqual(${m[1]}, ${m[2]}, ${JSON.stringify(m[1])})`
    })
    .join('\n')
}

describe('gconfig public face and documentation', function () {
  this.timeout(120_000)

  it('has TSDoc on every public name, declared accessor and class member, and an @example on every document class', function () {
    const { gaps, names } = docGaps(join(repo, 'gconfig', 'index.ts'))
    assert.deepEqual(gaps.map((g) => `${g.where} ${g.what}`), [])
    assert.ok(names > 400, `${names} public names`)
  })

  it('exports the document class of every kind, the core base classes, codecs and error type', function () {
    for (const k of Object.values(kinds)) assert.equal(typeof (gconfig as Record<string, unknown>)[k.cls], 'function', k.cls)
    for (const name of ['ConfigError', 'ConfigObject', 'ConfigDocument', 'ConfigList', 'GenericElement', 'GenericDocument', 'codec', 'defineElement', 'defineDocument', 'prop', 'child', 'children', 'polyChildren', 'size', 'flag']) {
      assert.ok(name in gconfig, name)
    }
    for (const name of ['DomainDisk', 'DomainInterface', 'DomainGraphics', 'DomainOs', 'DomainCpu', 'DomainClock', 'DomainController', 'DomainHostdev', 'DomainTpm', 'DomainRng', 'DomainWatchdog', 'DomainVideo', 'DomainFilesys']) {
      assert.equal(typeof (gconfig as Record<string, unknown>)[name], 'function', name)
    }
  })

  for (const [kind, k] of Object.entries(kinds)) {
    it(`runs the @example of ${k.cls} (${kind})`, async function () {
      const files = (await import('node:fs')).readdirSync(join(repo, 'gconfig', k.folder)).filter((f) => f.endsWith('.ts'))
      const file = files.map((f) => join(repo, 'gconfig', k.folder, f)).find((f) => readFileSync(f, 'utf8').includes(`export class ${k.cls} `))
      assert.ok(file, `no file declares ${k.cls}`)
      const code = exampleOf(file, k.cls)
      assert.ok(code, `${k.cls} has no @example`)
      const dir = mkdtempSync(join(tmpdir(), 'gconfig-example-'))
      try {
        const names = Object.keys(gconfig).filter((n) => /^[A-Z]/.test(n))
        const script = join(dir, 'example.mjs')
        const body = withAssertions(code)
        assert.match(body, /assert\.|toXml\(\)/, 'an example shows a result')
        writeFileSync(script, `import assert from 'node:assert/strict'\nimport * as g from '${publicFace}'\nconst { ${names.join(', ')} } = g\n${body}\n`)
        await import(pathToFileURL(script).href)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    })
  }
})
