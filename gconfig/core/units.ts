/**
 * libvirt's scaled integers (`<memory unit='KiB'>`), as `virScaleInteger` reads them.
 * @module
 */

/**
 * Bytes per unit, or undefined for an unknown unit. Like libvirt: `b`/`byte`/`bytes`; a
 * letter k, m, g, t, p, e alone or followed by `iB` is a power of 1024, followed by `B` a power
 * of 1000; case-insensitive.
 */
export function unitScale(unit: string): number | undefined {
  const u = unit.trim().toLowerCase()
  if (u === '' || u === 'b' || u === 'byte' || u === 'bytes') return 1
  const power = 'kmgtpe'.indexOf(u[0]!) + 1
  if (power === 0) return undefined
  const rest = u.slice(1)
  if (rest === '' || rest === 'ib') return 1024 ** power
  if (rest === 'b') return 1000 ** power
  return undefined
}

/** The most bytes libvirt's scaled integers hold (`ULLONG_MAX`). */
const MAX_BYTES = 2n ** 64n - 1n

/**
 * `text` (a non-negative decimal integer) times `unit`, in bytes, as an exact `number`: every
 * integer a double holds exactly is returned, including beyond 2^53 (any KiB count below 2^53,
 * which is every memory size libvirt formats, is exact times 1024). A string says what is wrong:
 * not an integer, an unknown unit, beyond 2^64 − 1 bytes, or a byte count no double holds exactly.
 */
export function parseScaled(text: string, unit: string): number | string {
  const scale = unitScale(unit)
  if (scale === undefined) return `unknown unit '${unit}'`
  const s = text.trim()
  if (!/^[0-9]+$/.test(s)) return `'${s.slice(0, 40)}' is not a non-negative integer`
  const quick = Number(s) * scale
  if (Number.isSafeInteger(quick)) return quick
  const exact = BigInt(s) * BigInt(scale)
  if (exact > MAX_BYTES) return `${s} ${unit} is more than 2^64 - 1 bytes`
  if (BigInt(quick) !== exact) return `${s} ${unit} (${exact} bytes) has no exact number form; read its text with get()`
  return quick
}

/**
 * `bytes` (a non-negative integer number, exact) in `scale`-byte units as decimal text, or
 * undefined when it is not a whole number of them. BigInt arithmetic beyond 2^53, so a large
 * size is never written in exponent form or rounded.
 */
export function formatScaled(bytes: number, scale: number): string | undefined {
  if (Number.isSafeInteger(bytes)) return bytes % scale === 0 ? String(bytes / scale) : undefined
  const b = BigInt(bytes)
  const k = BigInt(scale)
  return b % k === 0n ? String(b / k) : undefined
}

/** True when `v` is a size in bytes gconfig can write exactly: an integer number from 0 to 2^64 − 1. */
export function isByteCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && BigInt(v) <= MAX_BYTES
}
