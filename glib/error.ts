/**
 * `VirError`: the one error type gvir rejects and throws with for libvirt failures.
 * @module
 */
import { type VirErrorCode, virErrorCodeName } from './error-codes.js'
import { parseVirErrorMessage } from './error-parse.js'

/** What a {@link VirError} may be given instead of reading it from its message. */
export interface VirErrorOptions {
  /** The error this one stands for: node-gtk's original `Error`, kept untouched. */
  cause?: unknown
  /** libvirt's error number, when the caller knows it. */
  code?: VirErrorCode
  /** The operation that failed (`'Unable to stop domain'`). */
  operation?: string
  /** The failure without the operation. */
  detail?: string
}

/**
 * A libvirt failure, with libvirt's error number recovered from libvirt-glib's text.
 *
 * `message` is the full original text. The other fields are read from it by
 * {@link parseVirErrorMessage} unless given: `code` only when the text matches one of
 * libvirt's message formats, never guessed.
 *
 * @example
 * ```ts
 * try { await domain.stop() } catch (err) {
 *   if (isVirError(err) && err.code === VirErrorCode.VIR_ERR_OPERATION_INVALID) …
 * }
 * ```
 */
export class VirError extends Error {
  /** Always `'VirError'`, so logs and `err.name` checks tell it from other errors. */
  override name = 'VirError'
  /** libvirt's `virErrorNumber`, or `undefined` when the text matches no known format. */
  readonly code?: VirErrorCode
  /** libvirt's C name of {@link code} (`'VIR_ERR_OPERATION_INVALID'`). */
  readonly codeName?: string
  /** libvirt-glib's operation text (`'Unable to stop domain'`), when there is one. */
  readonly operation?: string
  /**
   * libvirt's message without the operation
   * (`'Requested operation is not valid: domain is not running'`); `''` when
   * libvirt-glib reported only its operation.
   */
  readonly detail: string
  /** The text libvirt substituted into its message format (`'domain is not running'`). */
  readonly info?: string

  /** @param message the full error text, as libvirt-glib wrote it */
  constructor(message: string, options: VirErrorOptions = {}) {
    super(message, 'cause' in options ? { cause: options.cause } : undefined)
    const parsed = parseVirErrorMessage(message)
    const code = 'code' in options ? options.code : parsed.code
    this.code = code
    this.codeName = code === undefined ? undefined : virErrorCodeName(code)
    this.operation = 'operation' in options ? options.operation : parsed.operation
    this.detail = options.detail ?? parsed.detail
    if (parsed.info !== undefined && !('detail' in options)) this.info = parsed.info
  }
}

/**
 * Whether `value` is a {@link VirError}.
 *
 * @example
 * ```ts
 * await domain.start().catch((err) => { if (isVirError(err)) console.log(err.codeName) })
 * ```
 */
export function isVirError(value: unknown): value is VirError {
  return value instanceof VirError
}

/**
 * Turns anything thrown by node-gtk or libvirt-glib into a {@link VirError}; a
 * `VirError` comes back as it is. The original is kept as `cause`.
 *
 * @example
 * ```ts
 * const err = toVirError(new Error("Unable to get domain: Domain not found: no domain with matching name 'x'"))
 * err.code        // VirErrorCode.VIR_ERR_NO_DOMAIN (42)
 * err.operation   // 'Unable to get domain'
 * err.info        // "no domain with matching name 'x'"
 * ```
 */
export function toVirError(err: unknown): VirError {
  if (err instanceof VirError) return err
  const message = err instanceof Error ? err.message : describe(err)
  // gvir's native calls that ask libvirt themselves know its error number exactly.
  const virCode: unknown = err instanceof Error ? (err as Error & { virCode?: unknown }).virCode : undefined
  if (typeof virCode === 'number') return new VirError(message, { cause: err, code: virCode as VirErrorCode })
  const parsed = new VirError(message, { cause: err })
  if (parsed.code !== undefined || !libvirtCodeOf || !(err instanceof Error)) return parsed
  // libvirt-glib kept libvirt's text but not its number (a system error's text matches no
  // format): the number libvirt gave that very text, recorded as libvirt dispatched it.
  const code = libvirtCodeOf(message)
  return code > 0 ? new VirError(message, { cause: err, code: code as VirErrorCode }) : parsed
}

let libvirtCodeOf: ((message: string) => number) | undefined

/**
 * @internal Sets how {@link toVirError} finds the code libvirt gave an error whose text
 * carries no readable code (glib/init.ts: the native recorder of libvirt's errors).
 */
export function setLibvirtCodeLookup(lookup: (message: string) => number): void {
  libvirtCodeOf = lookup
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value
  try {
    return String(value)
  } catch {
    return Object.prototype.toString.call(value)
  }
}
