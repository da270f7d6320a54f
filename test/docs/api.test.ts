// `npm run docs` must build the API reference with no warning: typedoc is configured
// (typedoc.json) to fail on any undocumented export, broken link or unexported type.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

let root = dirname(fileURLToPath(import.meta.url))
while (!existsSync(join(root, 'package.json'))) root = dirname(root)

describe('API reference', function () {
  this.timeout(240_000)

  it('builds with typedoc without a single warning', () => {
    const out = mkdtempSync(join(tmpdir(), 'gvir-docs-'))
    try {
      const run = spawnSync(process.execPath, [join(root, 'node_modules/typedoc/bin/typedoc'), '--out', out], { cwd: root, encoding: 'utf8' })
      const text = `${run.stdout}${run.stderr}`
      assert.equal(run.status, 0, text)
      assert.doesNotMatch(text, /warning/i)
      assert.ok(existsSync(join(out, 'index.html')))
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  })
})
