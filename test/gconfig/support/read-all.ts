/**
 * Reads every typed property of a document, recursively (child views, list items, their
 * properties), and makes a document's "future values" variant: every enumerated value replaced
 * by one no libvirt release has written yet. The forward-compatibility and corpus specs share it.
 * @module
 */
import { ConfigList, ConfigObject, type AnySpec } from '../../../gconfig/core/index.js'

/** What reading a tree gave: how many typed reads, and `where.key: message` per throw. */
export interface ReadTally {
  reads: number
  readonly throws: string[]
}

function specOf(obj: ConfigObject): Readonly<Record<string, AnySpec>> {
  return (obj.constructor as unknown as { spec?: Readonly<Record<string, AnySpec>> }).spec ?? {}
}

/** Reads every declared accessor under `obj`, depth first, into `tally`. */
export function readAll(obj: ConfigObject, where: string, tally: ReadTally, depth = 0): void {
  if (depth > 64) return
  const bag = obj as unknown as Record<string, unknown>
  for (const key of Object.keys(specOf(obj))) {
    let value: unknown
    tally.reads++
    try {
      value = bag[key]
    } catch (e) {
      tally.throws.push(`${where}.${key}: ${(e as Error).message}`)
      continue
    }
    if (value instanceof ConfigObject) readAll(value, `${where}.${key}`, tally, depth + 1)
    else if (value instanceof ConfigList) {
      let i = 0
      for (const item of value as ConfigList<ConfigObject>) readAll(item, `${where}.${key}[${i++}]`, tally, depth + 1)
    }
  }
}

/** The value the future-values variant writes: a name no libvirt enumeration has. */
export const FUTURE_VALUE = 'future-value-9'

/**
 * Replaces, in place, every value under `obj` that a declared enumeration reads (attribute or
 * element text) by {@link FUTURE_VALUE}, through the raw `set()`; returns how many it replaced.
 * Only the structure is walked (child views and lists never decode), so a value that does not
 * decode today is replaced like any other.
 */
export function replaceEnumValues(obj: ConfigObject, depth = 0): number {
  if (depth > 64) return 0
  let replaced = 0
  const bag = obj as unknown as Record<string, unknown>
  const spec = specOf(obj)
  // Structure first: replacing a value never changes which element a child view or list sees.
  for (const key of Object.keys(spec)) {
    const s = spec[key]!
    if (s.kind === 'list') {
      for (const item of bag[key] as ConfigList<ConfigObject>) replaced += replaceEnumValues(item, depth + 1)
    } else if (s.childClass !== undefined) {
      const v = bag[key]
      if (v instanceof ConfigObject) replaced += replaceEnumValues(v, depth + 1)
    }
  }
  for (const key of Object.keys(spec)) {
    const s = spec[key]!
    if (s.kind !== 'prop' || s.codec?.values === undefined) continue
    const raw = obj.get(s.path)
    if (raw === undefined || raw === FUTURE_VALUE) continue
    obj.set(s.path, FUTURE_VALUE)
    replaced++
  }
  return replaced
}
