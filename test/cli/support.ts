// Runs the built `gvir` executable (dist/cli/main.js) as a child process, the way users do.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root: the nearest folder above this file with a package.json. */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir)
  return dir
}

/** The `gvir` executable under test. */
export const GVIR = join(findRoot(), 'dist/cli/main.js')

/** What a finished `gvir` run left. */
export interface Run {
  readonly status: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
}

/** A `gvir` process still running, with what it printed so far. */
export interface Running {
  readonly child: ChildProcess
  readonly done: Promise<Run>
  stdout(): string
  stderr(): string
  /** Resolves once stderr matches `re` (e.g. a `--monitor` line saying it listens). */
  waitForStderr(re: RegExp, ms?: number): Promise<void>
}

/** Starts `gvir ...args`. */
export function start(args: readonly string[], options: { env?: NodeJS.ProcessEnv } = {}): Running {
  const child = spawn(process.execPath, [GVIR, ...args], { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  let err = ''
  const waiters: (() => void)[] = []
  child.stdout?.setEncoding('utf8').on('data', (d: string) => { out += d })
  child.stderr?.setEncoding('utf8').on('data', (d: string) => { err += d; waiters.forEach((w) => { w() }) })
  const done = new Promise<Run>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (status, signal) => resolve({ status, signal, stdout: out, stderr: err }))
  })
  return {
    child, done,
    stdout: () => out,
    stderr: () => err,
    waitForStderr(re, ms = 20_000) {
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`gvir never printed ${re} on stderr; it printed:\n${err}`)), ms)
        const check = (): void => {
          if (re.test(err)) { clearTimeout(timer); resolve() }
        }
        waiters.push(check)
        void done.then(() => { check(); clearTimeout(timer); if (!re.test(err)) reject(new Error(`gvir ended without printing ${re}; stderr:\n${err}`)) })
        check()
      })
    },
  }
}

/** Runs `gvir ...args` to its end. */
export function gvir(...args: string[]): Promise<Run> {
  return start(args).done
}

/** Runs `gvir --json ...args`, expects success, and parses stdout as one JSON document. */
export async function gvirJson<T = unknown>(...args: string[]): Promise<T> {
  const run = await gvir('--json', ...args)
  if (run.status !== 0) throw new Error(`gvir ${args.join(' ')} exited ${run.status}: ${run.stderr}`)
  return JSON.parse(run.stdout) as T
}

/** A scratch folder for one suite, removed by the returned function. */
export function scratch(): { dir: string; file(name: string, text: string): string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'gvir-cli-'))
  return {
    dir,
    file(name, text) {
      const p = join(dir, name)
      writeFileSync(p, text)
      return p
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}

/** The JSON lines of a text. */
export function jsonLines<T = Record<string, unknown>>(text: string): T[] {
  return text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T)
}
