/**
 * A domain's title, description and custom metadata elements, changed without redefining
 * it (virDomainSetMetadata, virDomainGetMetadata; virsh desc, metadata).
 * @module
 */
import { checkOptions, type CallOptions, VirError, VirErrorCode, isVirError } from '../glib/index.js'
import type { LibvirtGObject } from '../lib/gi.js'
import type { CallContext } from './call.js'
import { checkCString } from '../glib/cstring.js'
import { callLibvirt } from './libvirt-call.js'

/** Which metadata: `<title>`, `<description>`, or an element of `<metadata>` in namespace `uri`. */
export type DomainMetadataType = 'title' | 'description' | 'element'

const types: Record<DomainMetadataType, number> = { description: 0, title: 1, element: 2 }

/** Which definition a metadata call reads or changes: libvirt's default (`current`) unless one is set. */
export interface DomainMetadataImpact {
  /** The running domain's. */
  live?: boolean
  /** The persistent definition's. */
  config?: boolean
}

/** Options of `Domain.getMetadata`. */
export interface DomainMetadataGetOptions extends CallOptions, DomainMetadataImpact {
  /** Which metadata; default `'description'`. */
  type?: DomainMetadataType
  /** For `'element'`: the element's namespace URI. */
  uri?: string
}

/** Options of `Domain.setMetadata`. */
export interface DomainMetadataSetOptions extends CallOptions, DomainMetadataImpact {
  /** Which metadata. */
  type: DomainMetadataType
  /** The new text (title, description) or element XML; `null` or `''` removes it. */
  value: string | null
  /** For `'element'`: the namespace prefix the element is written with. */
  key?: string
  /** For `'element'`: the element's namespace URI. */
  uri?: string
}

function metadataArgs(options: DomainMetadataImpact & { type?: DomainMetadataType }): { type: number, flags: number } {
  const type = types[options.type ?? 'description']
  if (type === undefined) throw new VirError(`invalid argument: unknown metadata type '${String(options.type)}' (title, description or element)`, { code: VirErrorCode.VIR_ERR_INVALID_ARG })
  return { type, flags: (options.live ? 1 : 0) | (options.config ? 2 : 0) }
}

function text(value: string | null | undefined, what: string): string | null {
  if (value === undefined || value === null) return null
  if (typeof value !== 'string') throw new VirError(`invalid argument: ${what} must be a string`, { code: VirErrorCode.VIR_ERR_INVALID_ARG })
  return checkCString(value, what)
}

/** @internal Domain.setMetadata. */
export function setMetadata(ctx: CallContext | undefined, gdom: LibvirtGObject.Domain, options: DomainMetadataSetOptions): Promise<void> {
  try {
    checkOptions(options, 'Domain.setMetadata')
    if (options === undefined) throw new VirError('invalid argument: Domain.setMetadata needs { type, value }', { code: VirErrorCode.VIR_ERR_INVALID_ARG })
    const { type, flags } = metadataArgs(options)
    const value = text(options.value === '' ? null : options.value, 'the metadata')
    const extra = [value, text(options.key, 'the key'), text(options.uri, 'the namespace URI')]
    return callLibvirt(ctx, options, gdom, 'virDomainSetMetadata', { flags, extra, index: type }, () => undefined)
  } catch (err) {
    return Promise.reject(err)
  }
}

/** @internal Domain.getMetadata: `undefined` where the domain has none (libvirt's VIR_ERR_NO_DOMAIN_METADATA). */
export function getMetadata(ctx: CallContext | undefined, gdom: LibvirtGObject.Domain, options: DomainMetadataGetOptions = {}): Promise<string | undefined> {
  try {
    checkOptions(options, 'Domain.getMetadata')
    const { type, flags } = metadataArgs(options)
    return callLibvirt(ctx, options, gdom, 'virDomainGetMetadata', { flags, extra: [text(options.uri, 'the namespace URI')], index: type }, (v) => v as string)
      .catch((err: unknown) => {
        if (isVirError(err) && err.code === VirErrorCode.VIR_ERR_NO_DOMAIN_METADATA) return undefined
        throw err
      })
  } catch (err) {
    return Promise.reject(err)
  }
}
