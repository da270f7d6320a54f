/**
 * Where the shared corpus and schemas are: `<repo>/../shared`, as CI clones the repo beside
 * shared/, or set-up's copy from Debian's libvirt source package in any other clone. Found
 * from this file, so it holds for the TS sources and for dist/ alike.
 * @module
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root (holding package.json), from the sources or from dist/. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'package.json')) || dir.endsWith('dist')) {
    const up = dirname(dir)
    if (up === dir) throw new Error('package.json not found above the test file')
    dir = up
  }
  return dir
}

/**
 * The folder with corpus/ and schemas/: `<repo>/../shared` when it is there; otherwise the copy
 * set-up's corpus step (scripts/corpus.mjs) extracted from Debian's libvirt 11.3.0 source
 * package into the cache (`$GVIR_CORPUS_CACHE`, else `~/.cache/gvir/libvirt-11.3.0`).
 */
export const sharedDir = locateShared()

function locateShared(): string {
  const beside = join(repoRoot(), '..', 'shared')
  if (existsSync(join(beside, 'corpus')) && existsSync(join(beside, 'schemas'))) return beside
  const cache = process.env.GVIR_CORPUS_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'gvir', 'libvirt-11.3.0')
  const extracted = join(cache, 'shared')
  if (!existsSync(join(extracted, '.complete'))) throw new Error(`no ../shared beside the checkout and no corpus in ${extracted}: run \`node scripts/corpus.mjs\` (npm test's set-up does)`)
  return extracted
}
/** libvirt 11.3.0's RelaxNG schemas. */
export const schemaDir = join(sharedDir, 'schemas')

/** Every XML file of one corpus kind, as paths relative to corpus/<kind>. */
export function corpusFiles(kind: string): string[] {
  const base = join(sharedDir, 'corpus', kind)
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const p = join(dir, n)
      return statSync(p).isDirectory() ? walk(p) : n.endsWith('.xml') ? [p.slice(base.length + 1)] : []
    })
  return walk(base).sort()
}

/** The text of corpus/<kind>/<file>. */
export function corpus(kind: string, file: string): string {
  return readFileSync(join(sharedDir, 'corpus', kind, file), 'utf8')
}
