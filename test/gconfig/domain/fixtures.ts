/**
 * Where the tests find libvirt's corpus and schemas: `<repo>/../shared`, as CI lays it.
 * @module
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Domain } from '../../../gconfig/domain/index.js'

function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir)
    if (up === dir) throw new Error('package.json not found above the test file')
    dir = up
  }
  return dir
}

/** `../shared` beside the repository. */
export const shared = resolve(repoRoot(), '..', 'shared')
/** libvirt's domain documents, by test folder. */
export const domainCorpus = join(shared, 'corpus', 'domain')
/** libvirt 11.3.0's RelaxNG schemas. */
export const schemaDir = join(shared, 'schemas')

/** The text of a corpus file, by `<folder>/<file>`. */
export function corpusText(rel: string): string {
  return readFileSync(join(domainCorpus, rel), 'utf8')
}

/** A corpus file parsed as a Domain. */
export function corpusDomain(rel: string): Domain {
  return Domain.fromXml(corpusText(rel))
}

/** Every corpus file, as `<folder>/<file>`. */
export function corpusFiles(): string[] {
  return readdirSync(domainCorpus)
    .sort()
    .flatMap((dir) => readdirSync(join(domainCorpus, dir)).sort().map((f) => `${dir}/${f}`))
}
