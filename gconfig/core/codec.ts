/**
 * Codecs: how a typed value is written as XML text and read back, with validation both ways.
 * @module
 */
import { ConfigError } from './error.js'

/** Converts between XML text and a typed value. Both directions throw `ConfigError` on bad input. */
export interface Codec<T> {
  /** What the codec accepts, for error messages (`'an unsigned integer'`). */
  readonly what: string
  /** Reads XML text (attribute value or element text). */
  parse(text: string): T
  /** Writes a value; throws `ConfigError` when the value is not acceptable. */
  format(value: T): string
}

/** `value` for an error message; never throws (String() does on symbols and null-prototype objects). */
export function describeValue(value: unknown): string {
  try {
    return typeof value === 'string' ? `'${value.length > 60 ? value.slice(0, 60) + '…' : value}'` : String(value)
  } catch {
    return typeof value
  }
}

function bad(what: string, value: unknown): never {
  throw new ConfigError(`${describeValue(value)} is not ${what}`)
}

function make<T>(what: string, parse: (text: string) => T | undefined, format: (value: T) => string | undefined): Codec<T> {
  return {
    what,
    parse(text) {
      const v = typeof text === 'string' ? parse(text) : undefined
      return v === undefined ? bad(what, text) : v
    },
    format(value) {
      const s = format(value)
      return s === undefined ? bad(what, value) : s
    },
  }
}

function integer(what: string, min: number, max = Number.MAX_SAFE_INTEGER): Codec<number> {
  const inRange = (n: number): boolean => Number.isSafeInteger(n) && n >= min && n <= max
  return make(
    what,
    (t) => {
      const s = t.trim()
      if (!/^[+-]?[0-9]+$/.test(s)) return undefined
      const n = Number(s)
      return inRange(n) ? n : undefined
    },
    (v) => (typeof v === 'number' && inRange(v) ? String(v) : undefined),
  )
}

function boolean(what: string, yes: string, no: string, alsoYes?: string, alsoNo?: string): Codec<boolean> {
  return make(
    what,
    (t) => {
      const s = t.trim()
      if (s === yes || s === alsoYes) return true
      if (s === no || s === alsoNo) return false
      return undefined
    },
    (v) => (v === true ? yes : v === false ? no : undefined),
  )
}

function hexFormatter(width: number): (v: number) => string | undefined {
  return (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? '0x' + v.toString(16).padStart(width, '0') : undefined)
}

function parseHexOrDecimal(t: string): number | undefined {
  const s = t.trim()
  let n: number
  if (/^0[xX][0-9a-fA-F]+$/.test(s)) n = parseInt(s.slice(2), 16)
  else if (/^[0-9]+$/.test(s)) n = Number(s)
  else return undefined
  return Number.isSafeInteger(n) ? n : undefined
}

const UUID_HEX = /^[0-9a-fA-F]{32}$/
const MAC = /^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}$/

/** Writes a finite number as JavaScript's shortest exact form (which libvirt's strtod reads, exponents included). */
function decimal(v: number): string | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined
}

/** The codecs every gconfig property uses. */
export const codec = {
  /** Any string XML can hold (markup characters are escaped when written). */
  string: make<string>(
    'a string',
    (t) => t,
    (v) => (typeof v === 'string' ? v : undefined),
  ),
  /** An integer of either sign. */
  int: integer('an integer', Number.MIN_SAFE_INTEGER),
  /** A non-negative integer. */
  uint: integer('an unsigned integer', 0),
  /** An integer from `min` to `max` inclusive, e.g. libvirt's `countCPU` (1 to 65535). */
  intRange(min: number, max: number): Codec<number> {
    return integer(`an integer from ${min} to ${max}`, min, max)
  },
  /** A finite decimal number. */
  number: make<number>(
    'a decimal number',
    (t) => {
      const s = t.trim()
      if (!/^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$/.test(s)) return undefined
      const n = Number(s)
      return Number.isFinite(n) ? n : undefined
    },
    decimal,
  ),
  /** `yes` / `no`. */
  yesNo: boolean("'yes' or 'no'", 'yes', 'no'),
  /** `on` / `off`. */
  onOff: boolean("'on' or 'off'", 'on', 'off'),
  /** `true` / `false`; `1` / `0` are accepted on read. */
  bool: boolean("'true' or 'false'", 'true', 'false', '1', '0'),
  /** One of `values`; the TypeScript type is their union. */
  enum<const T extends string>(...values: T[]): Codec<T> {
    const set = new Set<string>(values)
    return make<T>(
      `one of ${values.map((v) => `'${v}'`).join(', ')}`,
      (t) => (set.has(t) ? (t as T) : undefined),
      (v) => (typeof v === 'string' && set.has(v) ? v : undefined),
    )
  },
  /** A UUID: 32 hex digits, dashes anywhere (libvirt's reading); written as given, so it reads back equal. */
  uuid: make<string>(
    'a UUID',
    (t) => (UUID_HEX.test(t.trim().replace(/-/g, '')) ? t.trim() : undefined),
    (v) => (typeof v === 'string' && UUID_HEX.test(v.replace(/-/g, '')) ? v : undefined),
  ),
  /** A MAC address `52:54:00:12:34:56`, written as given. */
  mac: make<string>(
    'a MAC address',
    (t) => (MAC.test(t.trim()) ? t.trim() : undefined),
    (v) => (typeof v === 'string' && MAC.test(v) ? v : undefined),
  ),
  /** A non-negative number read in decimal or `0x` hex, written `0x1f`. */
  hex: make<number>('a decimal or 0x-hexadecimal unsigned number', parseHexOrDecimal, hexFormatter(1)),
  /** Like `hex`, written with at least `width` hex digits (`0x%04x`: PCI domain). */
  hexPad(width: number): Codec<number> {
    return make<number>('a decimal or 0x-hexadecimal unsigned number', parseHexOrDecimal, hexFormatter(width))
  },
  /** A string matching `re` in full; `what` describes it in errors. */
  pattern(re: RegExp, what: string): Codec<string> {
    // Anchors inside the group are harmless, so any user pattern can be wrapped as it is.
    const full = new RegExp(`^(?:${re.source})$`, re.flags.replace(/[gy]/g, ''))
    return make<string>(
      what,
      (t) => (full.test(t) ? t : undefined),
      (v) => (typeof v === 'string' && full.test(v) ? v : undefined),
    )
  },
}
