/**
 * One `gvir` invocation: global options, the `;`-separated batch, `monitor`, help, and
 * the exit status. Kept apart from main.ts so the process wiring stays in one place.
 * @module
 */
import { parseArgs } from 'node:util'
import type { Subscription } from 'rxjs'
import { UsageError, type Command, type ParsedArgs } from './command.js'
import { Context } from './context.js'
import { commandHelp, mainHelp, monitorHelp } from './help.js'
import { printCalls } from './monitor.js'
import { type Output, printError } from './output.js'
import { findCommand } from './registry.js'

/** The URI used without `--connect`. */
export const DEFAULT_URI = 'test:///default'

interface Invocation {
  uri: string
  monitor: boolean
  help: boolean
  batch: string[][]
}

/** Splits `argv` at `;` tokens (or tokens ending in `;`) into command lines. */
function splitBatch(argv: readonly string[]): string[][] {
  const batch: string[][] = [[]]
  for (const token of argv) {
    if (token === ';') { batch.push([]); continue }
    const current = batch[batch.length - 1] as string[]
    if (token.endsWith(';') && !token.endsWith('\\;')) {
      current.push(token.slice(0, -1))
      batch.push([])
    } else {
      current.push(token)
    }
  }
  return batch.filter((c) => c.length > 0)
}

/**
 * The tokens of a whole command line given as one argument (`gvir 'domstate x; list'`),
 * as virsh parses one: words split at blanks, `'…'` and `"…"` quoting, `\\` escaping, and
 * `;` between commands (a token of its own).
 */
function commandString(line: string): string[] {
  const tokens: string[] = []
  let word: string | undefined
  let quote: string | undefined
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string
    if (quote) {
      if (ch === quote) quote = undefined
      else if (ch === '\\' && quote === '"' && i + 1 < line.length) word += line[++i]
      else word += ch
    } else if (ch === "'" || ch === '"') {
      quote = ch
      word ??= ''
    } else if (ch === '\\' && i + 1 < line.length) {
      word = (word ?? '') + line[++i]
    } else if (ch === ';' || /\s/.test(ch)) {
      if (word !== undefined) tokens.push(word)
      word = undefined
      if (ch === ';') tokens.push(';')
    } else {
      word = (word ?? '') + ch
    }
  }
  if (quote) throw new UsageError('dangling quote')
  if (word !== undefined) tokens.push(word)
  return tokens
}

/** Reads the global options before the first command; `monitor [--json] --` counts as `--monitor`. */
function parseInvocation(argv: readonly string[]): Invocation {
  const inv: Invocation = { uri: DEFAULT_URI, monitor: false, help: false, batch: [] }
  let i = 0
  for (; i < argv.length; i++) {
    const a = argv[i] as string
    if (a === '-c' || a === '--connect') {
      const uri = argv[++i]
      if (uri === undefined) throw new UsageError(`${a} wants a URI`)
      inv.uri = uri
    } else if (a.startsWith('--connect=')) inv.uri = a.slice('--connect='.length)
    else if (a === '--monitor') inv.monitor = true
    else if (a === '-h' || a === '--help') inv.help = true
    else if (a === '--json') continue
    else if (a.startsWith('-')) throw new UsageError(`unknown global option '${a}'`)
    else break
  }
  let rest = argv.slice(i)
  if (rest[0] === 'monitor') {
    const dash = rest.indexOf('--')
    const own = dash < 0 ? [] : rest.slice(1, dash)
    if (own.includes('-h') || own.includes('--help') || rest.length === 1 || (dash < 0 && ['-h', '--help'].includes(rest[1] ?? ''))) {
      inv.help = true
      inv.batch = [['monitor']]
      return inv
    }
    const unknown = own.find((o) => o !== '--json')
    if (unknown !== undefined) throw new UsageError(`unknown option '${unknown}' for 'monitor'`, 'monitor')
    inv.monitor = true
    rest = dash < 0 ? rest.slice(1) : rest.slice(dash + 1)
  }
  inv.batch = splitBatch(rest.length === 1 ? commandString(rest[0] as string) : rest)
  return inv
}

/** A command line's command and parsed arguments; `undefined` arguments mean "print its help". */
export function parseCommandLine(tokens: readonly string[]): { cmd: Command; args?: ParsedArgs } {
  return parseCommand(tokens)
}

function parseCommand(tokens: readonly string[]): { cmd: Command; args?: ParsedArgs } {
  const [name = '', ...rest] = tokens
  const cmd = findCommand(name)
  if (!cmd) throw new UsageError(`unknown command: '${name}' (see gvir --help)`)
  const options = {
    ...Object.fromEntries(Object.entries(cmd.options ?? {}).map(([k, { help: _h, value: _v, ...spec }]) => [k, spec])),
    help: { type: 'boolean', short: 'h' },
  } as const
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({ args: [...rest], options, allowPositionals: true, strict: true })
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message.replace(/\. To specify a positional.*$/s, '') : String(err), cmd.name)
  }
  if (parsed.values.help) return { cmd }
  const [min, max] = cmd.arity
  const n = parsed.positionals.length
  if (n < min) throw new UsageError(`'${cmd.name}' wants ${cmd.usage || 'no arguments'}`, cmd.name)
  if (n > max) throw new UsageError(`unexpected argument '${parsed.positionals[max] ?? ''}' for '${cmd.name}'`, cmd.name)
  return { cmd, args: { values: parsed.values as ParsedArgs['values'], positionals: parsed.positionals } }
}

/**
 * Runs a `gvir` command line and resolves with its exit status. `signal` (Ctrl-C) ends a
 * listening `events` and aborts calls in flight.
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2), { json: false, stdout: process.stdout, stderr: process.stderr })
 * ```
 */
export async function runCli(argv: readonly string[], io: Omit<Output, 'json'>, signal?: AbortSignal): Promise<number> {
  const out: Output = { ...io, json: argv.includes('--json') }
  const tokens = argv.filter((a) => a !== '--json')
  let inv: Invocation
  try {
    inv = parseInvocation(tokens)
  } catch (err) {
    return printError(out, err)
  }
  if (inv.batch.length === 0 || (inv.help && inv.batch.length === 0)) {
    out.stdout.write(`${mainHelp()}\n`)
    return inv.help || argv.length === 0 ? 0 : 1
  }
  if (inv.help) {
    const first = inv.batch[0]?.[0] ?? ''
    const cmd = findCommand(first)
    out.stdout.write(`${first === 'monitor' ? monitorHelp() : cmd ? commandHelp(cmd) : mainHelp()}\n`)
    return 0
  }

  // Parse the whole batch first: a typo in its last command must not leave the first half done.
  let lines: { cmd: Command; args?: ParsedArgs }[]
  try {
    lines = inv.batch.map((t) => (t[0] === 'help' ? helpLine(t) : parseCommand(t)))
  } catch (err) {
    return printError(out, err)
  }

  const stop = new AbortController()
  const onAbort = (): void => stop.abort(signal?.reason)
  signal?.addEventListener('abort', onAbort, { once: true })
  const ctx = new Context(inv.uri, out, stop.signal)
  let monitor: Subscription | undefined
  if (inv.monitor) monitor = printCalls(out)
  const listening: Promise<void>[] = []
  let status = 0
  try {
    // As `virsh 'cmd1; cmd2'`: a failing command prints its error and the batch goes on;
    // the exit status is the last command's.
    for (const { cmd, args } of lines) {
      if (!args) {
        out.stdout.write(`${cmd === helpCommand ? mainHelp() : commandHelp(cmd)}\n`)
        status = 0
        continue
      }
      try {
        const result = await cmd.run(ctx, args)
        if (result) listening.push(result.done)
        status = 0
      } catch (err) {
        status = printError(out, err)
        // virsh ends every command's output with a blank line, a failed one's too.
        if (!out.json) out.stdout.write('\n')
      }
    }
    await Promise.all(listening)
  } catch (err) {
    status = printError(out, err)
    stop.abort()
    await Promise.allSettled(listening)
  } finally {
    signal?.removeEventListener('abort', onAbort)
    await ctx.close()
    monitor?.unsubscribe()
  }
  return status
}

/** `help [COMMAND]` as a batch line. */
function helpLine(tokens: readonly string[]): { cmd: Command } {
  const name = tokens[1]
  const cmd = name === undefined ? undefined : findCommand(name)
  if (name !== undefined && !cmd) throw new UsageError(`unknown command: '${name}' (see gvir --help)`)
  return { cmd: cmd ?? helpCommand }
}

/** Stands for `gvir help` in a batch: printing its "help" prints the main help. */
const helpCommand: Command = {
  name: 'help',
  usage: '[COMMAND]',
  summary: 'help',
  arity: [0, 1],
  async run() { /* only ever printed */ },
}
