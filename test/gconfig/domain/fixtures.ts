/**
 * The domain corpus and schemas, found through the gconfig tests' shared locator
 * (`<repo>/../shared`, as CI lays it).
 * @module
 */
import { Domain } from '../../../gconfig/domain/index.js'
import { corpus, corpusFiles as filesOf, schemaDir } from '../support/shared.js'

export { schemaDir }

/** The text of a domain corpus file, by `<folder>/<file>`. */
export function corpusText(rel: string): string {
  return corpus('domain', rel)
}

/** A domain corpus file parsed as a Domain. */
export function corpusDomain(rel: string): Domain {
  return Domain.fromXml(corpusText(rel))
}

/** Every domain corpus file, as `<folder>/<file>`. */
export function corpusFiles(): string[] {
  return filesOf('domain')
}
