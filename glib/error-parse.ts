/**
 * Reads libvirt's error number back out of the text of a libvirt-glib GError.
 *
 * node-gtk throws a bare `Error` whose message is all that is left of the GError, and
 * libvirt-glib already dropped libvirt's code when it built that GError. The text is
 * `"<libvirt-glib operation>: <libvirt message>"` (either part may be missing), and
 * libvirt's message was made from one of the formats in its message table, so matching
 * those formats recovers the code. Rules:
 * - formats match the whole libvirt message, anchored at both ends, never a substring;
 * - the most specific format wins: the one with the most literal text. If two formats
 *   of different codes tie, the code stays undefined;
 * - formats that are nothing but `%s` (`VIR_ERR_XML_DETAIL`, `VIR_ERR_SYSTEM_ERROR`,
 *   `VIR_ERR_RPC`, `VIR_ERR_GNUTLS_ERROR` with info) match any text, so they are never
 *   used: such errors keep `code` undefined (their bare messages, e.g. `'RPC error'`,
 *   are still recognised);
 * - text that matches no format never gets a code.
 * @module
 */
import { VirErrorCode } from './error-codes.js'
import { virDirectErrorFormats, virErrorMessageTable } from './error-messages.js'
import { libvirtGlibOperations } from './error-operations.js'

/** What {@link parseVirErrorMessage} found in an error text. */
export interface ParsedVirErrorMessage {
  /** libvirt's error number, when the text matched exactly one code's format. */
  readonly code?: VirErrorCode
  /** libvirt-glib's operation text (`'Unable to stop domain'`), when there is one. */
  readonly operation?: string
  /**
   * libvirt's own message (the text after the operation); the whole text when no
   * operation was found; `''` when libvirt-glib reported only its operation.
   */
  readonly detail: string
  /** The part libvirt substituted into the format's `%s` (`'domain is not running'`). */
  readonly info?: string
  /** The libvirt format that matched (`'Requested operation is not valid: %s'`). */
  readonly format?: string
}

/** A format compiled for anchored matching. */
interface CompiledFormat {
  readonly code: VirErrorCode
  readonly format: string
  readonly regex: RegExp
  /** Characters of literal text: the measure of how specific the format is. */
  readonly literal: number
  /** Index of the capture group holding the info, or 0 when the info is the whole text. */
  readonly infoGroup: number
}

const placeholder = /%[sdxp]/g
const placeholderPattern: Record<string, string> = {
  '%s': '([\\s\\S]+?)',
  '%d': '(-?\\d+)',
  '%x': '([0-9a-fA-F]+)',
  '%p': '(\\S+)',
}

function compile(code: VirErrorCode, format: string): CompiledFormat {
  const literals = format.split(placeholder)
  const holes = format.match(placeholder) ?? []
  let source = ''
  literals.forEach((lit, i) => {
    source += lit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    if (i < holes.length) source += placeholderPattern[holes[i]!]
  })
  return {
    code,
    format,
    regex: new RegExp(`^${source}$`),
    literal: literals.join('').length,
    infoGroup: holes.length === 1 ? 1 : 0,
  }
}

/** Every usable libvirt format, most specific first. */
const formats: readonly CompiledFormat[] = [
  ...virErrorMessageTable.flatMap(({ code, msg, msginfo }) =>
    msginfo === '%s' ? [compile(code, msg)] : [compile(code, msg), compile(code, msginfo)]),
  ...virDirectErrorFormats.map(({ code, format }) => compile(code, format)),
].sort((a, b) => b.literal - a.literal)

const operations: readonly RegExp[] = libvirtGlibOperations
  .map((op) => compile(VirErrorCode.VIR_ERR_OK, op))
  .sort((a, b) => b.literal - a.literal)
  .map((c) => new RegExp(`${c.regex.source.slice(0, -1)}(?=: |$)`))

/** The libvirt format a whole libvirt message was made from, if exactly one code fits best. */
export function matchLibvirtMessage(text: string): { code?: VirErrorCode; info?: string; format?: string; ambiguous?: boolean } {
  let best: { f: CompiledFormat; m: RegExpExecArray } | undefined
  for (const f of formats) {
    if (best && f.literal < best.f.literal) break
    const m = f.regex.exec(text)
    if (!m) continue
    if (!best) best = { f, m }
    else if (best.f.code !== f.code) return { ambiguous: true }
  }
  if (!best) return {}
  const { f, m } = best
  const info = f.infoGroup ? m[f.infoGroup] : f.format.includes('%') ? text : undefined
  return { code: f.code, info, format: f.format }
}

/** The libvirt-glib operation the text starts with (the longest that fits), if any. */
function findOperation(text: string): string | undefined {
  for (const op of operations) {
    const m = op.exec(text)
    if (m) return m[0]
  }
  return undefined
}

/**
 * Splits a libvirt-glib error text into operation and libvirt message and recovers
 * libvirt's error number from the message.
 *
 * @example
 * ```ts
 * parseVirErrorMessage('Unable to stop domain: Requested operation is not valid: domain is not running')
 * // { code: VirErrorCode.VIR_ERR_OPERATION_INVALID, operation: 'Unable to stop domain',
 * //   detail: 'Requested operation is not valid: domain is not running', info: 'domain is not running', … }
 * ```
 */
export function parseVirErrorMessage(text: string): ParsedVirErrorMessage {
  const operation = findOperation(text)
  const rest = operation === undefined ? text : text.slice(operation.length + 2)
  const whole = matchLibvirtMessage(rest)
  if (whole.code !== undefined) return { operation, detail: rest, code: whole.code, info: whole.info, format: whole.format }
  if (whole.ambiguous) return { operation, detail: rest }
  // libvirt prefixes some messages itself (virLastErrorPrefixMessage), and a newer
  // libvirt-glib may have operations this list lacks: both put "<text>: " before a
  // message that still matches a format, so try each later ": " boundary.
  for (let k = rest.indexOf(': '); k >= 0; k = rest.indexOf(': ', k + 1)) {
    const inner = matchLibvirtMessage(rest.slice(k + 2))
    if (inner.ambiguous) break
    if (inner.code === undefined) continue
    return operation === undefined
      ? { operation: rest.slice(0, k), detail: rest.slice(k + 2), code: inner.code, info: inner.info, format: inner.format }
      : { operation, detail: rest, code: inner.code, info: inner.info, format: inner.format }
  }
  return { operation, detail: operation === undefined ? text : rest }
}
