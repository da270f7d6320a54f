/**
 * Where the shared corpus and schemas are: `<repo>/../shared`, as CI clones the repo beside
 * shared/. Found from this file, so it holds for the TS sources and for dist/ alike.
 * @module
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
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

/** `<repo>/../shared`. */
export const sharedDir = join(repoRoot(), '..', 'shared')
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
