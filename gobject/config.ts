/**
 * Configs in and out of LibvirtGObject: gvir hands gconfig documents to users, and turns
 * what users give into the transient GVirConfig objects libvirt-glib wants (ownership
 * rule, kind 2: released right after the call).
 * @module
 */
import { useTransient } from './object.js'
import { VirError, toVirError } from '../glib/error.js'
import type { LibvirtGConfig } from '../lib/gi.js'

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
 * Builds the transient GVirConfig object for `config`, runs `use` with it, and releases it.
 * A malformed document rejects with a VirError (libvirt-glib's parser's message).
 *
 * An empty document never reaches libvirt-gconfig: `newFromXml('')` dereferences NULL in
 * gvir_config_object_new_from_xml and kills the process (SIGSEGV, libvirt-glib 4.0.0).
 */
export function withGConfig<G extends LibvirtGConfig.Object, R>(cls: GConfigClass<G>, config: ConfigInput, use: (conf: G) => R): R {
  let conf: G
  try {
    const xml: unknown = xmlOf(config)
    if (typeof xml !== 'string') throw new VirError(`Unable to parse configuration: expected XML text, got ${typeof xml}`)
    // A regex test, not trim(): no copy of the whole document on every define.
    if (!/\S/.test(xml)) throw new VirError('Unable to parse configuration: the document is empty')
    conf = cls.newFromXml(xml)
  } catch (err) {
    throw toVirError(err)
  }
  return useTransient(conf, use)
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
