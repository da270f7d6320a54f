/**
 * Codecs: how a typed value is written as XML text and read back, with validation both ways.
 * @module
 */
import { ConfigError } from './error.js'

/**
 * Converts between XML text and a typed value. Both directions throw `ConfigError` on bad input.
 *
 * The contract, asymmetric on purpose: **reading is forward-compatible**, writing validates.
 * `parse` never refuses what a libvirt release may write: an enumerated value gvir does not know
 * comes back as the string written, and numbers come back exactly (a `bigint` for 64-bit values
 * beyond 2^53, `Infinity` for libvirt's unlimited memory limit) or are refused, never rounded.
 * It throws only for text libvirt itself rejects (a cpuset `aaa`, a negative count).
 * `format` accepts only what the codec knows, so a typo fails at once.
 */
export interface Codec<T> {
  /** What the codec accepts, for error messages (`'an unsigned integer'`). */
  readonly what: string
  /** Reads XML text (attribute value or element text); forward-compatible, see the interface. */
  parse(text: string): T
  /** Writes a value; throws `ConfigError` when the value is not acceptable. */
  format(value: T): string
  /** For an enumeration: the values it knows. */
  readonly values?: readonly string[]
}

/** `value` for an error message; never throws (String() does on symbols and null-prototype objects). */
export function describeValue(value: unknown): string {
  try {
    return typeof value === 'string' ? `'${value.length > 60 ? `${value.slice(0, 60)}…` : value}'` : String(value)
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
  return (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? `0x${v.toString(16).padStart(width, '0')}` : undefined)
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

/**
 * An enumeration's type: its known values, or any other string a newer libvirt may write
 * (`(string & {})` keeps the known values in autocompletion).
 */
export type OpenEnum<T extends string> = T | (string & {})

/** A 64-bit integer: `number` when exact (|n| ≤ 2^53 − 1), else `bigint`. */
export type Wide = number | bigint

function wide(what: string, min: bigint, max: bigint): Codec<Wide> {
  return make<Wide>(
    what,
    (t) => {
      const s = t.trim()
      if (!/^[+-]?[0-9]+$/.test(s)) return undefined
      const n = BigInt(s)
      if (n < min || n > max) return undefined
      return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n
    },
    (v) => {
      // A number beyond 2^53 may already be rounded, so only exact (safe) numbers are taken.
      const n = typeof v === 'bigint' ? v : typeof v === 'number' && Number.isSafeInteger(v) ? BigInt(v) : undefined
      return n !== undefined && n >= min && n <= max ? n.toString() : undefined
    },
  )
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
  /**
   * One of `values`, read forward-compatibly: a value this gvir does not know (a newer libvirt's
   * bus, model or mode) reads back as the string written, so the TypeScript type is the union of
   * `values` plus `(string & {})` (autocompletion kept). Writing still validates, so a typo
   * fails at once; to write a value gvir does not know yet on purpose, use the element's raw
   * `set(path, text)` (`disk.set('target/@bus', 'futurebus')`), which the error message names.
   * Writing back the value already stored is accepted and changes nothing.
   */
  enum<const T extends string>(...values: T[]): Codec<OpenEnum<T>> {
    const set = new Set<string>(values)
    return {
      ...make<OpenEnum<T>>(
        `one of ${values.map((v) => `'${v}'`).join(', ')}`,
        (t) => t,
        (v) => (typeof v === 'string' && set.has(v) ? v : undefined),
      ),
      values,
    }
  },
  /**
   * An unsigned 64-bit integer (libvirt's `unsigned long long`: I/O throttling rates, CPU
   * shares and periods, polling times, bandwidth): a `number` up to 2^53 − 1, a `bigint` beyond,
   * so no value is rounded. Writes take either, up to 2^64 − 1.
   */
  u64: wide('an unsigned 64-bit integer', 0n, 2n ** 64n - 1n),
  /** A signed 64-bit integer (libvirt's `long long`: CPU quotas, clock adjustments): `number`, or `bigint` beyond 2^53 − 1. */
  i64: wide('a 64-bit integer', -(2n ** 63n), 2n ** 63n - 1n),
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
