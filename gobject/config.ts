/**
 * Configs in and out of LibvirtGObject: gvir hands gconfig documents to users, and turns
 * what users give into the transient GVirConfig objects libvirt-glib wants (ownership
 * rule, kind 2: released right after the call).
 * @module
 */
import { useTransient } from './object.js'
import { type CallContext, type OffThreadCall, invokeBlocking, invokeSync } from './call.js'
import type { CallOptions } from '../glib/promisify.js'
import { runSync } from '../glib/threaded.js'
import { VirError, toVirError } from '../glib/error.js'
import { VirErrorCode } from '../glib/error-codes.js'
import { checkCString } from '../glib/cstring.js'
import type { GObject, LibvirtGConfig } from '../lib/gi.js'

/** Anything that serialises to libvirt XML: every gconfig document, e.g. gconfig's `Domain`. */
export interface XmlConfig {
  /** The document as libvirt XML text. */
  toXml(): string
}

/** A config given to gvir: a gconfig document, or its XML text. */
export type ConfigInput = XmlConfig | string

/** The XML of a {@link ConfigInput}. */
export function xmlOf(config: ConfigInput): string {
  return typeof config === 'string' ? config : config.toXml()
}

/** A GVirConfig class that parses XML (`LibvirtGConfig.Domain`, …). */
export interface GConfigClass<G extends LibvirtGConfig.Object> {
  newFromXml(xml: string): G
}

/**
 * The XML of a {@link ConfigInput}, checked for what must never reach libvirt-gconfig:
 * anything but text, and an empty document — `newFromXml('')` dereferences NULL in
 * gvir_config_object_new_from_xml and kills the process (SIGSEGV, libvirt-glib 4.0.0).
 * @throws VirError (VIR_ERR_XML_ERROR) for those
 */
export function configXml(config: ConfigInput): string {
  if (typeof config !== 'string' && typeof (config as Partial<XmlConfig> | null)?.toXml !== 'function') {
    throw new VirError(`invalid argument: a config must be a gconfig document or its XML text, not ${config === null ? 'null' : typeof config}`, { code: VirErrorCode.VIR_ERR_INVALID_ARG })
  }
  const xml: unknown = xmlOf(config)
  if (typeof xml !== 'string') throw new VirError(`Unable to parse configuration: expected XML text, got ${typeof xml}`, { code: VirErrorCode.VIR_ERR_XML_ERROR })
  // A regex test, not trim(): no copy of the whole document on every define.
  if (!/\S/.test(xml)) throw new VirError('Unable to parse configuration: the document is empty', { code: VirErrorCode.VIR_ERR_XML_ERROR })
  return rootOnward(xml)
}

/** A document that starts with its root element (after optional blanks): nothing to skip. */
const startsAtRoot = /^\s*<[^?!]/

/**
 * `xml` from its root element on. libvirt-gconfig takes a document's first node for its
 * root, so a comment or processing instruction before `<domain>` failed with "XML data
 * has no 'domain' node" — and every file libvirt writes under /etc/libvirt starts with a
 * comment, which virsh defines. libvirt drops comments on define anyway: nothing is lost.
 * The XML declaration, comments, processing instructions and a DOCTYPE are skipped; an
 * unterminated one is left for the parser to report.
 */
function rootOnward(xml: string): string {
  if (startsAtRoot.test(xml)) return xml
  let at = 0
  for (;;) {
    while (at < xml.length && /\s/.test(xml[at]!)) at++
    const end = xml.startsWith('<?', at) ? past(xml, '?>', at + 2)
      : xml.startsWith('<!--', at) ? past(xml, '-->', at + 4)
      : xml.startsWith('<!DOCTYPE', at) ? doctypeEnd(xml, at)
      : -1
    if (end < 0) return at === 0 ? xml : xml.slice(at)
    at = end
  }
}

/** The index just past the first `token` at or after `from`, or -1. */
function past(xml: string, token: string, from: number): number {
  const i = xml.indexOf(token, from)
  return i < 0 ? -1 : i + token.length
}

/** The index just past the DOCTYPE at `at` (with its internal subset), or -1 when unterminated. */
function doctypeEnd(xml: string, at: number): number {
  const open = xml.indexOf('[', at)
  const close = xml.indexOf('>', at)
  if (close < 0) return -1
  if (open < 0 || open > close) return close + 1
  const subsetEnd = xml.indexOf(']', open)
  const after = subsetEnd < 0 ? -1 : xml.indexOf('>', subsetEnd)
  return after < 0 ? -1 : after + 1
}

/**
 * {@link configXml} for a document gvir hands to C itself (gvir's worker-thread calls),
 * where nothing else stops a NUL from cutting it short.
 * @throws VirError (VIR_ERR_INVALID_ARG) for a NUL, besides {@link configXml}'s
 */
export function threadXml(config: ConfigInput, what: string): string {
  return checkCString(configXml(config), what)
}

/**
 * Builds the transient GVirConfig object for `config`, runs `use` with it, and releases it.
 * A malformed document rejects with a VirError (libvirt-glib's parser's message), as do
 * those {@link configXml} refuses.
 */
export function withGConfig<G extends LibvirtGConfig.Object, R>(cls: GConfigClass<G>, config: ConfigInput, use: (conf: G) => R): R {
  let conf: G
  try {
    conf = cls.newFromXml(configXml(config))
  } catch (err) {
    throw configError(err)
  }
  return useTransient(conf, use)
}

/**
 * `err` as a VirError, with `VIR_ERR_XML_ERROR` when libvirt-gconfig's parser refused the
 * document: its "Unable to parse configuration: <libxml2's message>" carries no libvirt
 * code to read back, yet it is libvirt's XML error all the same.
 */
export function configError(err: unknown): VirError {
  const e = toVirError(err)
  if (e.code !== undefined || !e.message.startsWith('Unable to parse configuration')) return e
  return new VirError(e.message, { code: VirErrorCode.VIR_ERR_XML_ERROR, cause: err })
}

/**
 * The XML of a transient GVirConfig object libvirt-glib returned, which is released at once.
 *
 * `null` rejects with a VirError: libvirt-glib hands back `NULL` without a GError when a
 * `g_return_val_if_fail` fails, e.g. getCapabilities on a connection that closed (a lost
 * libvirtd) while the call was in its GTask thread.
 */
export function takeXml(conf: LibvirtGConfig.Object | null): string {
  if (conf === null || conf === undefined) throw new VirError('Connection is not open: libvirt-glib returned no document')
  return useTransient(conf, (c) => c.toXml())
}

/** A libvirt-glib object with a blocking `get_config(flags)`. */
export interface HasConfig extends GObject.Object {
  getConfig(flags: number): LibvirtGConfig.Object | null
}

/**
 * `obj`'s config, parsed by `parse` (a gconfig class's `fromXml`) from libvirt's own text:
 * virDomainGetXMLDesc and its siblings on libvirt-glib's handle (glib/native/gvir_libvirt.c),
 * on the JS thread in-process, on gvir's worker thread through a daemon (gobject/call.ts
 * invokeBlocking). Not libvirt-glib's get_config, which parses libvirt's text into a
 * GVirConfig and serialises it again through libxml2 (every attribute in double quotes, so
 * no attribute line matched `virsh dumpxml`); gconfig keeps libvirt's bytes, so an
 * unmodified config's `toXml()` is what virsh prints. `flags` are libvirt's `*_XML_*` flags,
 * which libvirt-glib's get_config flags are too.
 */
export function configOf<C>(ctx: CallContext | undefined, options: CallOptions, obj: HasConfig, flags: number, parse: (xml: string) => C): Promise<C> {
  return invokeBlocking(ctx, options, () => parse(runSync(obj, 'getXmlDesc', flags) as string), {
    target: obj, call: 'getXmlDesc', flags, decode: (xml) => parse(xml as string),
  })
}

/**
 * A blocking call that hands libvirt-glib a config: `use` with the transient GVirConfig on
 * the JS thread in-process (or for an object from no connection), else the call `offThread`
 * makes of the checked XML, on gvir's worker thread ({@link invokeBlocking}). `what` names
 * the config in errors.
 */
export function invokeWithConfig<G extends LibvirtGConfig.Object, R>(ctx: CallContext | undefined, options: CallOptions, cls: GConfigClass<G>,
  config: ConfigInput, what: string, use: (conf: G) => R, offThread: (xml: string) => OffThreadCall<R>): Promise<R> {
  const onJsThread = () => withGConfig(cls, config, use)
  if (!ctx || ctx.inProcess) return invokeSync(ctx, options, onJsThread)
  let xml: string
  try {
    xml = threadXml(config, what)
  } catch (err) {
    return Promise.reject(toVirError(err))
  }
  return invokeBlocking(ctx, options, onJsThread, offThread(xml))
}
