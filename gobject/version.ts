/**
 * `Version`: a libvirt version number as libvirt and virsh show it.
 * @module
 */

/**
 * A version as libvirt encodes it (`major * 1,000,000 + minor * 1,000 + micro`) and as virsh
 * prints it (`'0.0.2'`, `'9.0.0'`): `getVersion()` gave the bare number, `2` for the test
 * driver where `virsh version` says 0.0.2. `String(v)` and template strings give the text;
 * compare versions by {@link number}.
 *
 * @example
 * ```ts
 * const v = await conn.getVersion()
 * console.log(`hypervisor ${v}`)            // 'hypervisor 0.0.2'
 * if (v.number >= 9_000_000) …              // 9.0.0 or later
 * ```
 */
export interface Version {
  /** libvirt's encoded number, `major * 1,000,000 + minor * 1,000 + micro`. */
  readonly number: number
  /** The major version. */
  readonly major: number
  /** The minor version. */
  readonly minor: number
  /** The micro (release) version. */
  readonly micro: number
  /** `major.minor.micro`, as virsh prints it. */
  readonly text: string
  /** {@link text}. */
  toString(): string
}

/** The {@link Version} of libvirt's encoded number. */
export function toVersion(number: number): Version {
  const major = Math.floor(number / 1_000_000)
  const minor = Math.floor(number / 1000) % 1000
  const micro = number % 1000
  const text = `${major}.${minor}.${micro}`
  return Object.freeze({ number, major, minor, micro, text, toString: () => text, toJSON: () => ({ number, text }) })
}
