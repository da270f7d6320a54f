/**
 * Runs the Boxes example for real under Xvfb (`xvfb-run -a`) with its test hook on
 * (GVIR_BOXES_TEST=1) and talks to it in JSON lines: the test reads what the widgets show
 * and activates buttons the way a user would.
 * @module
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

/** One row of the list, as the window shows it. */
export interface RowView {
  readonly name: string
  readonly state: string
  readonly thumbnail: 'placeholder' | 'screenshot'
  /** The row's CPU sparkline (Domain.stats$): samples received, CPU % shown, whether it polls, its width. */
  readonly cpu: { readonly samples: number, readonly values: readonly (number | null)[], readonly polling: boolean, readonly width: number }
}

/** The details pane, as the window shows it. */
export interface DetailsView {
  readonly name?: string
  readonly state: string
  readonly memoryMiB: number
  readonly vcpus: number
  readonly disks: string[]
  readonly nics: string[]
  readonly status: string
  readonly loaded: boolean
}

/** A button's text and whether it is enabled. */
export interface ButtonView {
  readonly label: string
  readonly sensitive: boolean
}

/** The details pane's buttons. */
export type ButtonName = 'start' | 'pause' | 'shutdown' | 'forceOff' | 'apply'

/** What the loop probe saw while the app's refresh ran. */
export interface MeasureView {
  readonly callMs: number
  readonly ticks: number
  readonly maxGapMs: number
  readonly durationMs: number
  readonly domains: number
  readonly error?: string
}

interface Answer { id?: number; ok?: boolean; result?: unknown; error?: string; event?: string }

/** The app's entry: compiled JS next to compiled tests, or the TypeScript source under tsx. */
function entry(): string[] {
  const js = fileURLToPath(new URL('../../examples/boxes/main.js', import.meta.url))
  if (existsSync(js)) return [js]
  return ['--import', 'tsx', fileURLToPath(new URL('../../examples/boxes/main.ts', import.meta.url))]
}

/** A running Boxes app under Xvfb. */
export class BoxesApp {
  readonly #child: ChildProcess
  readonly #pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  readonly #exited: Promise<number | null>
  #nextId = 1
  #stderr = ''
  #ready: Promise<void>

  private constructor(uri: string) {
    // detached: the app, xvfb-run and Xvfb form one process group that stop() can end.
    this.#child = spawn('xvfb-run', ['-a', process.execPath, ...entry(), '--connect', uri], {
      env: { ...process.env, GVIR_BOXES_TEST: '1', NO_AT_BRIDGE: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    })
    this.#child.stderr?.setEncoding('utf8').on('data', (s: string) => { this.#stderr += s })
    let ready!: () => void
    this.#ready = new Promise<void>((resolve) => { ready = resolve })
    const lines = createInterface({ input: this.#child.stdout! })
    lines.on('line', (line) => {
      let answer: Answer
      try {
        answer = JSON.parse(line) as Answer
      } catch {
        this.#stderr += `stdout: ${line}\n`
        return
      }
      if (answer.event === 'ready') ready()
      if (answer.id === undefined) return
      const waiter = this.#pending.get(answer.id)
      this.#pending.delete(answer.id)
      if (answer.ok) waiter?.resolve(answer.result)
      else waiter?.reject(new Error(answer.error ?? 'the app answered without a result'))
    })
    this.#exited = new Promise((resolve) => this.#child.once('exit', (code, signal) => {
      for (const w of this.#pending.values()) w.reject(new Error(`the app exited (${code ?? signal})\n${this.#stderr}`))
      this.#pending.clear()
      resolve(code)
    }))
  }

  /** Starts the app on `uri` and resolves once its window shows the first fetch. */
  static async start(uri: string, timeoutMs = 30_000): Promise<BoxesApp> {
    const app = new BoxesApp(uri)
    let timer: NodeJS.Timeout | undefined
    const exited = app.#exited.then((code) => { throw new Error(`the app exited during start (${code})\n${app.#stderr}`) })
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the app was not ready after ${timeoutMs} ms\n${app.#stderr}`)), timeoutMs)
    })
    try {
      await Promise.race([app.#ready, exited, late])
    } catch (err) {
      app.kill()
      throw err
    } finally {
      clearTimeout(timer)
    }
    return app
  }

  /** What the app wrote to stderr (GTK warnings, errors). */
  get stderr(): string { return this.#stderr }

  /**
   * Sends one command and resolves with its result; rejects if the app has exited, or has
   * not answered within `timeoutMs` (a hung app must fail the test, not stall the suite).
   */
  send<T>(cmd: string, args: Record<string, unknown> = {}, timeoutMs = 15_000): Promise<T> {
    const id = this.#nextId++
    if (this.#child.exitCode !== null || this.#child.signalCode !== null) {
      return Promise.reject(new Error(`the app has exited (${this.#child.exitCode ?? this.#child.signalCode})\n${this.#stderr}`))
    }
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id)
        reject(new Error(`the app did not answer ${cmd} within ${timeoutMs} ms\n${this.#stderr}`))
      }, timeoutMs)
      const settle = <A extends unknown[]>(fn: (...a: A) => void) => (...a: A) => { clearTimeout(timer); fn(...a) }
      this.#pending.set(id, { resolve: settle(resolve as (v: unknown) => void), reject: settle(reject) })
      this.#child.stdin?.write(`${JSON.stringify({ id, cmd, ...args })}\n`)
    })
  }

  /** Polls `cmd` until `accept` holds for its result; fails with the last result after `timeoutMs`. */
  async waitFor<T>(cmd: string, args: Record<string, unknown>, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const value = await this.send<T>(cmd, args)
      if (accept(value)) return value
      if (Date.now() > deadline) throw new Error(`timed out waiting on ${cmd}: last ${JSON.stringify(value)}\n${this.#stderr}`)
      await delay(50)
    }
  }

  rows(): Promise<RowView[]> { return this.send('rows') }
  details(): Promise<DetailsView> { return this.send('details') }
  buttons(): Promise<Record<ButtonName, ButtonView>> { return this.send('buttons') }

  /** Waits until the list shows a row that `accept` takes (or, with `absent`, none named so). */
  waitForRow(name: string, accept: (row: RowView | undefined) => boolean): Promise<RowView[]> {
    return this.waitFor<RowView[]>('rows', {}, (rows) => accept(rows.find((r) => r.name === name)))
  }

  /** Asks the app to quit and resolves with its exit code; kills the process group if it hangs. */
  async stop(timeoutMs = 10_000): Promise<number | null> {
    if (this.#child.exitCode === null && this.#child.signalCode === null) {
      this.#child.stdin?.end()
      const timer = setTimeout(() => this.kill(), timeoutMs)
      const code = await this.#exited
      clearTimeout(timer)
      return code
    }
    return this.#exited
  }

  /** Kills the app's process group (xvfb-run, Xvfb and the app). */
  kill(): void {
    const pid = this.#child.pid
    if (pid === undefined) return
    try {
      process.kill(-pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
