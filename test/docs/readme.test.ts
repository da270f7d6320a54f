// The README's tour is a promise to new users: every ```ts snippet in it runs, as written,
// as its own script that imports the package by name, and exits by itself.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Libvirtd } from '../support/libvirtd.js'

let root = dirname(fileURLToPath(import.meta.url))
while (!existsSync(join(root, 'package.json'))) root = dirname(root)

const readme = readFileSync(join(root, 'README.md'), 'utf8')
// A ### heading owns the first ```ts block before the next heading of any level.
const snippets = [...readme.matchAll(/^### (.+)\n(?:(?!#{1,6} )[^\n]*\n)*?```ts\n([\s\S]*?)```/gm)].map((m) => ({ title: m[1]!, code: m[2]! }))

describe('README', function () {
  this.timeout(60_000)
  const dir = join(root, '.tmp', 'readme')
  // A snippet that needs a libvirtd (its URI from `process.argv[2]`, e.g. the storage tour's
  // upload) gets a private one's, as a user passes theirs.
  let daemon: Libvirtd | undefined
  before(() => mkdirSync(dir, { recursive: true }))
  after(async () => {
    rmSync(dir, { recursive: true, force: true })
    await daemon?.stop()
  })

  it('has a runnable snippet for each layer of the tour', () => {
    assert.ok(snippets.length >= 4, `found ${snippets.length} snippets`)
  })

  it('runs every ```ts block it shows (each sits under its own ### heading)', () => {
    const blocks = readme.match(/^```ts$/gm) ?? []
    assert.equal(snippets.length, blocks.length)
  })

  async function runSnippet(i: number, code: string) {
    const file = join(dir, `snippet-${i}.mts`)
    writeFileSync(file, code)
    const args = ['--import', 'tsx', file]
    if (code.includes('process.argv[2]')) args.push((daemon ??= await Libvirtd.start()).qemuUri)
    return spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', timeout: 30_000 })
  }

  for (const [i, { title, code }] of snippets.entries()) {
    it(`runs the "${title}" snippet and exits by itself`, async () => {
      const run = await runSnippet(i, code)
      assert.equal(run.signal, null, `killed: still running after 30 s\n${run.stdout}${run.stderr}`)
      assert.equal(run.status, 0, run.stderr)
      assert.notEqual(run.stdout.trim(), '', 'printed nothing')
    })
  }

  it('uploads the file of the storage snippet with progress up to its whole size', async () => {
    const i = snippets.findIndex((s) => s.title.startsWith('gobject: storage'))
    const run = await runSnippet(i, snippets[i]!.code)
    assert.equal(run.status, 0, run.stderr)
    assert.match(run.stdout, /^3145728\/3145728 bytes$/m)
    assert.match(run.stdout, /^uploaded to \/.*\/disk\.img$/m)
  })

  it('keeps the gconfig snippet\'s promises: typed values and a minimal diff', async () => {
    const i = snippets.findIndex((s) => s.title.startsWith('gconfig'))
    const run = await runSnippet(i, snippets[i]!.code)
    assert.equal(run.status, 0, run.stderr)
    assert.match(run.stdout, /^demo 536870912$/m)
    assert.match(run.stdout, /<!-- kept -->/)
    assert.match(run.stdout, /<app:note xmlns:app='urn:example'>kept too<\/app:note>/)
    assert.match(run.stdout, /<memory unit='MiB'>1024<\/memory>/)
    assert.match(run.stdout, /^ConfigError$/m)
  })
})
