// A long-lived peer process of a benchmark (bench/loop, bench/gobject): it greets with one JSON line, then answers
// each command line on its stdin with one JSON line on its stdout ({"error": …} on failure).
import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'

const ANSWER_TIMEOUT_MS = 60_000

/** One peer process; `ask()` sends a command and resolves with its answer. */
export class PeerProcess {
  private readonly child: ChildProcess
  private readonly pending: Array<(answer: Record<string, unknown> | Error) => void> = []
  private readonly exited: Promise<number | null>
  private dead: Error | undefined

  constructor(readonly name: string, command: string, args: string[]) {
    this.child = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'] })
    // A write to a peer that died fails with EPIPE; 'exit' reports the death itself.
    this.child.stdin!.on('error', () => {})
    this.exited = new Promise((resolve) => {
      const die = (error: Error, code: number | null): void => {
        this.dead ??= error
        for (const settle of this.pending.splice(0)) settle(error)
        resolve(code)
      }
      this.child.once('exit', (code, signal) => die(new Error(`${name} exited (${code ?? signal})`), code))
      this.child.once('error', (e) => die(new Error(`${name}: ${e.message}`), null))
    })
    createInterface({ input: this.child.stdout! }).on('line', (line) => {
      let answer: Record<string, unknown> | Error
      try { answer = JSON.parse(line) as Record<string, unknown> } catch { answer = new Error(`${name}: not JSON: ${line}`) }
      this.pending.shift()?.(answer)
    })
  }

  /** Sends `command` (none: waits for the greeting) and resolves with the JSON answer. */
  ask(command?: string): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      if (this.dead) { reject(this.dead); return }
      const timer = setTimeout(() => reject(new Error(`${this.name}: no answer to '${command}' in ${ANSWER_TIMEOUT_MS} ms`)), ANSWER_TIMEOUT_MS)
      this.pending.push((answer) => {
        clearTimeout(timer)
        if (answer instanceof Error) reject(answer)
        else if (typeof answer.error === 'string') reject(new Error(`${this.name}: ${answer.error}`))
        else resolve(answer)
      })
      if (command !== undefined) this.child.stdin!.write(`${command}\n`)
    })
  }

  /** Sends `quit`, closes stdin, and kills the peer only if it has not exited in 5 s; says how it ended. */
  async quit(): Promise<string> {
    if (this.dead) return this.dead.message
    this.child.stdin!.end('quit\n')
    const timer = setTimeout(() => this.child.kill(), 5000)
    const code = await this.exited
    clearTimeout(timer)
    return `${this.name} exited ${code === 0 ? 'cleanly' : `with code ${code}`}`
  }
}
