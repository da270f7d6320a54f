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

/**
 * Prints a command's result: `data` as JSON, or `text()` (a string or lines) as virsh
 * prints a command's output: followed by a blank line (`running\n\n`), an empty output
 * as the blank line alone; `blanks` blank lines where virsh prints more. `line` (a stream
 * of events, a message virsh prints bare) prints the text as it is, ending in a newline.
 */
export function printResult(out: Output, data: unknown, text: () => string | readonly string[], { line = false, blanks = 1 }: { line?: boolean; blanks?: number } = {}): void {
  if (out.json) {
    out.stdout.write(`${toJson(data)}\n`)
    return
  }
  const t = text()
  const joined = typeof t === 'string' ? t : t.join('\n')
  if (line) {
    if (joined.length) out.stdout.write(joined.endsWith('\n') ? joined : `${joined}\n`)
    return
  }
  const body = joined.replace(/\n+$/, '')
  out.stdout.write(body.length ? `${body}\n${'\n'.repeat(blanks)}` : '\n')
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

/**
 * A failure with what the command was doing, printed first as virsh prints it
 * (`error: failed to get domain 'nosuch'`), then the failure itself.
 */
export class CommandError extends Error {
  override name = 'CommandError'
  constructor(readonly context: string, override readonly cause: unknown) {
    super(context)
  }
}

/** strerror's words for the errno codes a command meets on files. */
const errnoWords: Readonly<Record<string, string>> = {
  ENOENT: 'No such file or directory', EACCES: 'Permission denied', EPERM: 'Operation not permitted', EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory', EEXIST: 'File exists', ENOSPC: 'No space left on device', EROFS: 'Read-only file system',
  EMFILE: 'Too many open files', ELOOP: 'Too many levels of symbolic links', ENAMETOOLONG: 'File name too long',
}

/** A Node system error (`fs`): its path, its code and strerror's words, or `undefined`. */
function systemError(err: unknown): { path?: string; syscall?: string; words: string } | undefined {
  if (!(err instanceof Error) || !('code' in err) || typeof err.code !== 'string' || !('syscall' in err)) return undefined
  const e = err as NodeJS.ErrnoException
  const words = errnoWords[e.code ?? ''] ?? e.message.replace(/^[A-Z]+: /, '').replace(/, \w+ .*$/, '')
  return { path: e.path, syscall: e.syscall, words }
}

/** What a failure says after `error: `: libvirt's message with its code, or a file failure in words. */
function describe(err: unknown): string {
  const sys = systemError(err)
  if (sys) {
    const what = sys.syscall === 'open' || sys.syscall === 'stat' || sys.syscall === 'read' ? 'Failed to open file' : `Failed to ${sys.syscall ?? 'access'}`
    return sys.path === undefined ? sys.words : `${what} '${sys.path}': ${sys.words}`
  }
  const message = (err instanceof Error || err instanceof DOMException ? err.message : String(err)).trim()
  return `${message} (${errorTag(err)})`
}

/**
 * Prints `error: <message> (<tag>)` (after `error: <context>` for a {@link CommandError}),
 * or a JSON `{ error }` document with `--json`; returns the exit status (1, as virsh).
 */
export function printError(out: Output, err: unknown): number {
  const context = err instanceof CommandError ? err.context : undefined
  const failure = err instanceof CommandError ? err.cause : err
  const status = 1
  if (out.json) {
    const sys = systemError(failure)
    const message = sys ? describe(failure) : (failure instanceof Error || failure instanceof DOMException ? failure.message : String(failure)).trim()
    const tag = errorTag(failure)
    const code = isVirError(failure) ? failure.code : undefined
    out.stderr.write(`${toJson({ error: { message, tag, ...(context === undefined ? {} : { context }), ...(code === undefined ? {} : { code, codeName: tag }) } })}\n`)
  } else {
    if (context !== undefined) out.stderr.write(`error: ${context}\n`)
    // Under virsh's own words, libvirt's message alone, as virsh prints it (without libvirt-glib's operation).
    const bare = context !== undefined && isVirError(failure) && failure.operation && failure.detail ? `${failure.detail} (${errorTag(failure)})` : undefined
    out.stderr.write(`error: ${bare ?? describe(failure)}\n`)
    if (failure instanceof UsageError && failure.command) out.stderr.write(`Try 'gvir ${failure.command} --help'.\n`)
  }
  return status
}

/** `key: value` lines as virsh prints its info commands (`%-15s %s`, `%-20s %s` for nodeinfo); a key ending in a blank is printed as it is, without a colon. */
export function infoLines(entries: readonly (readonly [string, string | number])[], width = 15): string {
  return entries.map(([k, v]) => `${(k.endsWith(' ') ? k : `${k}:`).padEnd(width)} ${v}`).join('\n')
}

/** A table as virsh prints it (printResult adds its trailing blank line). */
export function tableText(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return table(header, rows).join('\n')
}

/** Sizes as virsh prints them (vshPrettyCapacity): `100.00 GiB`, `0.00 B`. */
export function prettyCapacity(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB']
  let v = n
  let u = 0
  while (v >= 1024 && u < units.length - 1) { v /= 1024; u++ }
  return `${v.toFixed(2)} ${units[u]}`
}
