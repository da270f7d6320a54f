/**
 * Routes a document to its gconfig class by root element, from whatever document kinds
 * gvir/gconfig exports; kinds not modelled yet fall back to GenericDocument.
 * @module
 */
import * as gconfig from '../../../gconfig/index.js'
import { ConfigDocument, GenericDocument, type ConfigClass } from '../../../gconfig/core/index.js'

/** A document class as the corpus tests use it. */
export type DocumentKind = ConfigClass<ConfigDocument> & { fromXml(xml: string): ConfigDocument }

const byRoot = new Map<string, DocumentKind>()
for (const value of Object.values(gconfig)) {
  if (typeof value === 'function' && value.prototype instanceof ConfigDocument) {
    const cls = value as unknown as DocumentKind
    if (cls.tag !== '' && cls !== GenericDocument && !byRoot.has(cls.tag)) byRoot.set(cls.tag, cls)
  }
}

/** The root element name of a well-formed document (first start tag that is not markup). */
export function rootName(xml: string): string {
  return /<([A-Za-z_][\w.:-]*)/.exec(xml.replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g, ''))?.[1] ?? ''
}

/** The document class for `xml`'s root element. */
export function classFor(xml: string): DocumentKind {
  return byRoot.get(rootName(xml)) ?? GenericDocument
}

/** Root element names that have a class. */
export const modelledRoots: readonly string[] = [...byRoot.keys()].sort()
