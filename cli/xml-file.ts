/**
 * Reads an XML file a command was given, checked by gconfig first: a malformed file gets
 * libvirt's code for it (VIR_ERR_XML_ERROR) with gconfig's line and column, instead of
 * libxml2's parser noise on stderr.
 * @module
 */
import { readFile } from 'node:fs/promises'
import { VirError, VirErrorCode, gconfig } from '../lib/index.js'

/** A gconfig document class (`gconfig.Domain`, `gconfig.DomainSnapshot`…). */
type DocumentClass = (abstract new (...args: never[]) => gconfig.ConfigObject) & { fromXml(xml: string): gconfig.ConfigObject }

/**
 * The document in `file`, parsed by `cls`, reduced to its root element. libvirt-glib 4.0.0
 * takes a document's first node for its root, so a comment or processing instruction before
 * `<domain>` fails with "XML data has no 'domain' node"; every file libvirt writes under
 * /etc/libvirt starts with such a comment, and virsh defines them.
 */
export async function readXmlFile<C extends DocumentClass>(file: string, cls: C): Promise<InstanceType<C>> {
  const xml = await readFile(file, 'utf8')
  try {
    return cls.fromXml(gconfig.xml.serializeElement(cls.fromXml(xml).node)) as InstanceType<C>
  } catch (err) {
    if (!(err instanceof gconfig.ConfigError)) throw err
    throw new VirError(`XML error: ${file}: ${err.message}`, { code: VirErrorCode.VIR_ERR_XML_ERROR, cause: err })
  }
}
