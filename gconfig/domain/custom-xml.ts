/**
 * libvirt-glib's custom XML (`gvir_config_domain_get_custom_xml` / `_set_custom_xml`): an
 * application's own element in `<metadata>`, found by its namespace URI, the way GNOME Boxes
 * keeps `<boxes:gnome-boxes xmlns:boxes="https://wiki.gnome.org/Apps/Boxes">`.
 * @module
 */
import { ConfigError } from '../core/error.js'
import { ensurePath, pruneFrom, type ConfigObject } from '../core/object.js'
import { describeValue } from '../core/codec.js'
import {
  detachElement,
  escapeAttribute,
  insertElement,
  isXmlName,
  parseXml,
  replaceElement,
  serializeElement,
  type XmlElement,
} from '../core/xml/index.js'

/** The `xmlns` attribute that binds `el`'s prefix (or the default namespace). */
function xmlnsAttribute(el: XmlElement): string {
  const colon = el.name.indexOf(':')
  return colon < 0 ? 'xmlns' : `xmlns:${el.name.slice(0, colon)}`
}

/** `el`'s namespace URI: its prefix's declaration on itself or the nearest ancestor. */
function namespaceOf(el: XmlElement): string | undefined {
  const attr = xmlnsAttribute(el)
  for (let p: XmlElement | null = el; p !== null; p = p.parent?.kind === 'element' ? p.parent : null) {
    const uri = p.getAttribute(attr)
    if (uri !== undefined) return uri
  }
  return undefined
}

function inNamespace(metadata: XmlElement | undefined, nsUri: string): XmlElement[] {
  return metadata === undefined ? [] : metadata.elements().filter((e) => namespaceOf(e) === nsUri)
}

function checkNamespace(ns: string, nsUri: string): void {
  if (typeof ns !== 'string' || !isXmlName(ns) || ns.includes(':'))
    throw new ConfigError(`namespace prefix ${describeValue(ns)} is not an XML name without a colon`)
  if (typeof nsUri !== 'string' || nsUri === '') throw new ConfigError(`namespace URI ${describeValue(nsUri)} is not a non-empty string`)
}

/**
 * The element of `owner`'s `<metadata>` in namespace `nsUri`, as XML text that declares its
 * namespace itself (also when the document declared it on an ancestor); undefined when none.
 */
export function getCustomXml(owner: ConfigObject, nsUri: string): string | undefined {
  checkNamespace('x', nsUri)
  const el = inNamespace(owner.node.firstElement('metadata'), nsUri)[0]
  if (el === undefined) return undefined
  const text = serializeElement(el)
  const attr = xmlnsAttribute(el)
  if (el.getAttribute(attr) !== undefined) return text
  const at = 1 + el.name.length
  return `${text.slice(0, at)} ${attr}="${escapeAttribute(nsUri)}"${text.slice(at)}`
}

/**
 * `xml` (one element) renamed into `ns:` and declaring `xmlns:ns="nsUri"`, parsed on its own;
 * throws ConfigError with line and column when `xml` is not well-formed.
 */
function customElement(xml: string, ns: string, nsUri: string): XmlElement {
  const root = parseXml(xml).root
  const local = root.name.slice(root.name.indexOf(':') + 1)
  const name = `${ns}:${local}`
  const declared = root.getAttribute(`xmlns:${ns}`)
  if (declared !== undefined && declared !== nsUri)
    throw new ConfigError(`<${root.name}> binds prefix '${ns}' to '${declared}', not to '${nsUri}'`)
  const decl = declared === undefined ? ` xmlns:${ns}="${escapeAttribute(nsUri)}"` : ''
  const attrs = xml.slice(root.start + 1 + root.name.length, root.closeStart >= 0 ? root.closeStart : root.end)
  return parseXml(`<${name}${decl}${attrs}${root.closeStart >= 0 ? `</${name}>` : ''}`).root
}

/**
 * Puts `xml` into `owner`'s `<metadata>` as the one element of namespace `nsUri`, with prefix
 * `ns`: it replaces the element(s) already there for `nsUri` (in place), else goes last,
 * creating `<metadata>` where libvirt puts it. `undefined` removes them (and an emptied
 * `<metadata>`). Everything is checked before the document changes.
 */
export function setCustomXml(owner: ConfigObject, xml: string | undefined, ns: string, nsUri: string): void {
  checkNamespace(ns, nsUri)
  if (xml !== undefined && typeof xml !== 'string') throw new ConfigError(`custom XML must be a string or undefined, not ${describeValue(xml)}`)
  const fresh = xml === undefined ? undefined : customElement(xml, ns, nsUri)
  const existing = inNamespace(owner.node.firstElement('metadata'), nsUri)
  const [first, ...rest] = existing
  for (const el of rest) detachElement(el)
  if (fresh === undefined) {
    if (first === undefined) return
    const metadata = first.parent as XmlElement
    detachElement(first)
    pruneFrom(owner, metadata)
  } else if (first !== undefined) {
    replaceElement(first, fresh)
  } else {
    insertElement(ensurePath(owner, ['metadata']), fresh, null)
  }
}
