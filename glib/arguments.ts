/**
 * Arguments of the wrong kind, refused at once with VIR_ERR_INVALID_ARG.
 *
 * Every gvir method takes its options last, as a plain object. Before this check a value
 * of another kind in that place was silently read as options: `vol.upload(readStream)`
 * took the Node stream for options, resolved with a Writable nobody wrote to, left the
 * volume unchanged and kept the process alive (issue 13). The one rule: options are
 * `undefined` or a plain object (`{…}`, `Object.create(null)`); anything else — a stream,
 * a gvir object, a string, a number, a function, an array — is refused, naming its kind.
 * @module
 */
import { VirErrorCode } from './error-codes.js'
import { VirError } from './error.js'

/** What kind of value `value` is, for an error message: `'a string'`, `'a Readable'`, `'null'`. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  const t = typeof value
  if (t !== 'object') return t === 'undefined' ? 'undefined' : `${/^[aeiou]/.test(t) ? 'an' : 'a'} ${t}`
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor?.name
  return typeof name === 'string' && name !== '' && name !== 'Object' ? `a ${name}` : 'an object'
}

/** Whether `value` is a plain object: made by `{…}` or `Object.create(null)`, not by a class. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/** The VirError (VIR_ERR_INVALID_ARG) for `what`, given `value` where `expected` belongs. */
export function invalidArgument(what: string, expected: string, value: unknown): VirError {
  return new VirError(`invalid argument: ${what} must be ${expected}, not ${kindOf(value)}`, { code: VirErrorCode.VIR_ERR_INVALID_ARG })
}

/**
 * The VirError for options that are neither `undefined` nor a plain object, or `undefined`
 * when they are fine. `where` names the call in the message (`'StorageVol.upload'`).
 *
 * @example
 * ```ts
 * const bad = optionsError(options, 'Domain.start')
 * if (bad) return Promise.reject(bad)
 * ```
 */
export function optionsError(options: unknown, where = 'a gvir call'): VirError | undefined {
  if (options === undefined || isPlainObject(options)) return undefined
  return invalidArgument(`the options of ${where}`, 'a plain object ({ signal, … })', options)
}

/** Throws {@link optionsError}'s VirError for options of the wrong kind; returns them otherwise. */
export function checkOptions<T>(options: T, where?: string): T {
  const bad = optionsError(options, where)
  if (bad) throw bad
  return options
}
