/**
 * Typed flags: gvir takes option objects (`{ paused: true }`) where libvirt-glib takes a
 * bitwise-OR of enum values, and turns them into the number here.
 * @module
 */

/** A table from option name to libvirt-glib flag bit. */
export type FlagTable<K extends string> = Readonly<Record<K, number>>

/** The bitwise-OR of the bits of `table` whose option is `true` in `options`. */
export function toFlags<K extends string>(options: Partial<Record<K, boolean | unknown>> | undefined, table: FlagTable<K>): number {
  let flags = 0
  if (!options) return flags
  // for…in, not Object.keys(): no array per call on every lifecycle method (bench/gobject W1).
  for (const key in table) {
    if (options[key] === true) flags |= table[key]
  }
  return flags
}
