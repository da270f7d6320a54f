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

/** `text` (a non-negative decimal integer) times `unit`, in bytes; a string says what is wrong. */
export function parseScaled(text: string, unit: string): number | string {
  const scale = unitScale(unit)
  if (scale === undefined) return `unknown unit '${unit}'`
  const s = text.trim()
  if (!/^[0-9]+$/.test(s)) return `'${s.slice(0, 40)}' is not a non-negative integer`
  const bytes = Number(s) * scale
  if (!Number.isSafeInteger(bytes)) return `${s} ${unit} is more than 2^53 bytes; read it with get()`
  return bytes
}
