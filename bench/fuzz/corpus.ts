/**
 * The fuzzer's seed documents: every file of ../shared/corpus, in a fixed order so a case seed
 * always names the same starting document.
 * @module
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { corpus, corpusFiles, sharedDir } from '../../test/gconfig/support/shared.js'

/** One seed document. */
export interface SeedDoc {
  /** `<kind>/<path>` inside the corpus. */
  readonly name: string
  readonly kind: string
  readonly text: string
}

/** The corpus, grouped by kind (kinds and files sorted). */
export interface Corpus {
  readonly kinds: readonly string[]
  readonly byKind: ReadonlyMap<string, readonly SeedDoc[]>
  readonly all: readonly SeedDoc[]
}

let loaded: Corpus | undefined

/** Loads ../shared/corpus once per process. */
export function loadCorpus(): Corpus {
  if (loaded !== undefined) return loaded
  const kinds = readdirSync(join(sharedDir, 'corpus'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
  const byKind = new Map<string, SeedDoc[]>()
  const all: SeedDoc[] = []
  for (const kind of kinds) {
    const docs = corpusFiles(kind).map((file) => ({ name: `${kind}/${file}`, kind, text: corpus(kind, file) }))
    byKind.set(kind, docs)
    all.push(...docs)
  }
  loaded = { kinds, byKind, all }
  return loaded
}
