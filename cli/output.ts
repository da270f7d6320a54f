/**
 * Everything `gvir` prints: results as text or JSON, tables, and errors.
 * @module
 */
import type { Writable } from 'node:stream'
import { isVirError } from '../lib/index.js'
import { UsageError } from './command.js'

/** Where a command writes, and in which form. */
export interface Output {
  /** `--json`: one JSON document per result, JSON lines for streams. */
  readonly json: boolean
  readonly stdout: Writable & { isTTY?: boolean }
  readonly stderr: Writable & { isTTY?: boolean }
}

/** JSON with bigints as numbers when exact, as strings otherwise. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    typeof v === 'bigint' ? (v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString()) : v)
}

/** Prints a command's result: `data` as JSON, or `text()` (a string or lines) otherwise. */
export function printResult(out: Output, data: unknown, text: () => string | readonly string[]): void {
  if (out.json) {
    out.stdout.write(`${toJson(data)}\n`)
    return
  }
  const t = text()
  const lines = typeof t === 'string' ? t : t.join('\n')
  if (lines.length) out.stdout.write(lines.endsWith('\n') ? lines : `${lines}\n`)
}

/** Aligned columns under a header and a rule, as virsh prints its lists. */
export function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string[] {
  const cells = [header, ...rows.map((r) => r.map(String))]
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)))
  const line = (r: readonly string[]): string => ` ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('   ')}`.trimEnd()
  const rule = '-'.repeat(widths.reduce((a, w) => a + w + 3, 0))
  return [line(header), rule, ...cells.slice(1).map(line)]
}

/** `key: value` lines with the values aligned, as `virsh dominfo`. */
export function fields(entries: readonly (readonly [string, string | number | boolean | undefined])[]): string[] {
  const width = Math.max(...entries.map(([k]) => k.length)) + 2
  return entries.filter(([, v]) => v !== undefined).map(([k, v]) => `${`${k}:`.padEnd(width)}${typeof v === 'boolean' ? (v ? 'yes' : 'no') : v}`)
}

/** A byte count for people: `1.5 MiB`. */
export function bytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB']
  let v = n
  let u = 0
  while (v >= 1024 && u < units.length - 1) { v /= 1024; u++ }
  return u === 0 ? `${n} B` : `${v.toFixed(2)} ${units[u]}`
}

/** The tag an error is printed with: libvirt's code name, or what kind of failure it is. */
export function errorTag(err: unknown): string {
  if (isVirError(err)) return err.codeName ?? 'VirError'
  if (err instanceof UsageError) return 'usage'
  if (err instanceof Error && 'code' in err && typeof err.code === 'string') return err.code
  if (err instanceof Error || err instanceof DOMException) return err.name
  return 'Error'
}

/** Prints `error: <message> (<tag>)`, or a JSON `{ error }` document with `--json`; returns the exit status. */
export function printError(out: Output, err: unknown): number {
  const message = (err instanceof Error || err instanceof DOMException ? err.message : String(err)).trim()
  const tag = errorTag(err)
  const status = err instanceof UsageError ? 2 : 1
  if (out.json) {
    const code = isVirError(err) ? err.code : undefined
    out.stderr.write(`${toJson({ error: { message, tag, ...(code === undefined ? {} : { code, codeName: tag }) } })}\n`)
  } else {
    out.stderr.write(`error: ${message} (${tag})\n`)
    if (err instanceof UsageError && err.command) out.stderr.write(`Try 'gvir ${err.command} --help'.\n`)
  }
  return status
}
