/**
 * Reads an XML file a command was given, checked by gconfig first: a malformed file gets
 * libvirt's code for it (VIR_ERR_XML_ERROR) with gconfig's line and column, instead of
 * libxml2's parser noise on stderr.
 * @module
 */
import { readFile } from 'node:fs/promises'
import { VirError, VirErrorCode, gconfig } from '../lib/index.js'

/** A gconfig document class (`gconfig.Domain`, `gconfig.DomainSnapshot`…). */
type DocumentClass = (abstract new (...args: never[]) => unknown) & { fromXml(xml: string): unknown }

/** The document in `file`, parsed by `cls`. */
export async function readXmlFile<C extends DocumentClass>(file: string, cls: C): Promise<InstanceType<C>> {
  const xml = await readFile(file, 'utf8')
  try {
    return cls.fromXml(xml) as InstanceType<C>
  } catch (err) {
    if (!(err instanceof gconfig.ConfigError)) throw err
    throw new VirError(`XML error: ${file}: ${err.message}`, { code: VirErrorCode.VIR_ERR_XML_ERROR, cause: err })
  }
}
