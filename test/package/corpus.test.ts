// Set-up's corpus step for a clone with no ../shared beside it (scripts/corpus.mjs): run into a
// temporary folder, it yields libvirt 11.3.0's test documents and schemas from Debian's source
// package, checksum-verified, with the counts ../shared holds. The tarball comes from the cache
// (downloaded once, ~10 MB, when the cache is empty).
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { repoRoot } from '../gconfig/support/shared.js'

const exec = promisify(execFile)
const root = repoRoot()
const sha256 = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex')

function files(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n)
    return statSync(p).isDirectory() ? files(p, base) : [p.slice(base.length + 1)]
  }).sort()
}

describe('set-up\'s corpus step (scripts/corpus.mjs) for a clone without ../shared', function () {
  this.timeout(5 * 60_000)
  const dest = join(mkdtempSync(join(tmpdir(), 'gvir-corpus-')), 'shared')
  after(() => rmSync(join(dest, '..'), { recursive: true, force: true }))

  it('extracts libvirt 11.3.0\'s documents and schemas from the verified Debian tarball, as many of each kind as ../shared holds', async () => {
    const { stdout } = await exec(process.execPath, [join(root, 'scripts/corpus.mjs'), '--dest', dest])
    assert.deepEqual(JSON.parse(stdout), { corpus: 2980, schemas: 26 })
    const cache = process.env.GVIR_CORPUS_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'gvir', 'libvirt-11.3.0')
    // The sha256 libvirt_11.3.0-3+deb13u3.dsc gives for the upstream tarball.
    assert.equal(sha256(join(cache, 'libvirt_11.3.0.orig.tar.xz')), '6bcb0c42c4580436fea262ced56f68a6afe20f7390b1bea2116718cc034a0283')
    const counts: Record<string, number> = {}
    for (const f of files(join(dest, 'corpus')).filter((f) => f.endsWith('.xml'))) counts[f.split('/')[0]!] = (counts[f.split('/')[0]!] ?? 0) + 1
    assert.deepEqual(counts, {
      backup: 17, capabilities: 27, checkpoint: 14, domain: 2376, domaincaps: 71, interface: 16, network: 125, networkport: 7,
      nodedev: 90, nwfilter: 104, nwfilterbinding: 2, secret: 6, snapshot: 24, storagepool: 61, storagepoolcaps: 2, storagevol: 38,
    })
    assert.equal(files(join(dest, 'schemas')).filter((f) => f.endsWith('.rng')).length, 26)
  })

  it('gives the very documents and schemas of ../shared: the same tree digests (and bytes, where ../shared is beside the checkout)', () => {
    // sha256 over `path\0sha256(file)\n`, as taken from ../shared when the step was written.
    const digest = (dir: string, list: string[]): string => {
      const h = createHash('sha256')
      for (const f of list) h.update(`${f}\0${sha256(join(dir, f))}\n`)
      return h.digest('hex')
    }
    const corpus = files(join(dest, 'corpus')).filter((f) => f.endsWith('.xml'))
    const schemas = files(join(dest, 'schemas'))
    assert.equal(digest(join(dest, 'corpus'), corpus), 'd52fef82e688f25e632ed5701ff61516d2f14590f77ce8aeaa25cc74654edabf')
    assert.equal(digest(join(dest, 'schemas'), schemas), '687d2e71be62e67cb63ee15b6555b2659c8bb9438fa7772640703349516a3b81')
    const shared = join(root, '..', 'shared')
    if (existsSync(shared)) {
      assert.equal(digest(join(shared, 'corpus'), files(join(shared, 'corpus')).filter((f) => f.endsWith('.xml'))), digest(join(dest, 'corpus'), corpus))
      assert.equal(digest(join(shared, 'schemas'), files(join(shared, 'schemas'))), digest(join(dest, 'schemas'), schemas))
    }
  })
})
