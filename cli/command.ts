/**
 * What one `gvir` command is: its name, help, options, and what it runs.
 * @module
 */
import type { ParseArgsConfig } from 'node:util'
import type { Context } from './context.js'

/** The options a command declares, in `node:util` parseArgs form. */
export type OptionSpec = NonNullable<ParseArgsConfig['options']>

/** What parseArgs made of a command's arguments. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>
  readonly positionals: readonly string[]
}

/** One `gvir` command. */
export interface Command {
  /** The command word (`'list'`, `'vol-upload'`). */
  readonly name: string
  /** Its positional arguments, as shown in help (`'DOMAIN'`, `'POOL VOL FILE'`). */
  readonly usage: string
  /** One line of help. */
  readonly summary: string
  /** Its options beyond the global ones, each with help text. */
  readonly options?: Readonly<Record<string, OptionSpec[string] & { readonly help: string; readonly value?: string }>>
  /** How many positionals it takes: `[min, max]`. */
  readonly arity: readonly [number, number]
  /**
   * Runs the command. A command that keeps listening (`events`) resolves `ready` once
   * it listens and returns what to wait for, so the commands after it in a batch can
   * produce what it listens for.
   */
  run(ctx: Context, args: ParsedArgs): Promise<void | { readonly done: Promise<void> }>
}

/** A mistake in the command line: printed with the command's usage, exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError'
  constructor(message: string, readonly command?: string) {
    super(message)
  }
}
