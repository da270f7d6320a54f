/**
 * Strings on their way to C.
 *
 * node-gtk hands a JS string to libvirt-glib as a NUL-terminated C string, so everything
 * after an embedded NUL is silently dropped: measured, `Domain.saveToFile('/tmp/a\0b')`
 * saved the domain to `/tmp/a`, and `Connection.open('test:///default\0junk')` opened
 * `test:///default`. No libvirt name, path or URI can contain a NUL, so gvir refuses one.
 * @module
 */
import { VirErrorCode } from './error-codes.js'
import { VirError } from './error.js'

/** Whether `value` is a string C would see cut short. */
export function hasNul(value: unknown): value is string {
  return typeof value === 'string' && value.includes('\0')
}

/** The VirError (VIR_ERR_INVALID_ARG) for a string argument with an embedded NUL. */
export function nulError(what: string): VirError {
  return new VirError(`invalid argument: ${what} contains a NUL character`, { code: VirErrorCode.VIR_ERR_INVALID_ARG })
}

/** Throws {@link nulError} when `value` contains a NUL; returns it otherwise. */
export function checkCString(value: string, what: string): string {
  if (hasNul(value)) throw nulError(what)
  return value
}
