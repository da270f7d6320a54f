/**
 * The test hook (`GVIR_BOXES_TEST=1`): one JSON command per stdin line, one JSON answer per
 * stdout line, so a test drives the real window the way a user would — it reads what the
 * widgets show and activates the buttons — and measures the main loop while calls run.
 *
 * In: `{"id":1,"cmd":"click","button":"start"}`. Out: `{"id":1,"ok":true,"result":…}` or
 * `{"id":1,"ok":false,"error":"…"}`; unsolicited lines carry `event` instead of `id`.
 * @module
 */
import { createInterface } from 'node:readline'
import type { DetailsButton } from './details.js'
import { errorMessage } from './guard.js'
import type { Application } from './gtk.js'
import { saveWidgetPng } from './paint.js'
import { LoopProbe } from './probe.js'
import type { BoxesWindow } from './window.js'

/** The environment variable that turns the hook on. */
export const TEST_ENV = 'GVIR_BOXES_TEST'

type Command = { readonly id?: unknown; readonly cmd?: unknown; readonly [key: string]: unknown }

const buttons: readonly DetailsButton[] = ['start', 'pause', 'shutdown', 'forceOff', 'apply']

/** Writes one JSON line to stdout. */
export function emit(line: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(line)}\n`)
}

function str(cmd: Command, key: string): string {
  const v = cmd[key]
  if (typeof v !== 'string') throw new TypeError(`"${key}" must be a string`)
  return v
}

function num(cmd: Command, key: string): number | undefined {
  const v = cmd[key]
  if (v === undefined) return undefined
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new TypeError(`"${key}" must be a number`)
  return v
}

async function run(win: BoxesWindow, app: Application, cmd: Command): Promise<unknown> {
  switch (cmd.cmd) {
    case 'ping':
      return 'pong'
    case 'rows':
      return win.rows().map((r) => ({ name: r.name, state: r.stateText, thumbnail: r.thumbnail, cpu: { samples: r.sparkline.samples, values: r.sparkline.values, polling: r.sparkline.polling, width: r.sparkline.widget.getWidth() } }))
    case 'select':
      return win.select(str(cmd, 'name'))
    case 'details':
      return win.details.view()
    case 'buttons':
      return win.details.buttons()
    case 'click': {
      const name = str(cmd, 'button') as DetailsButton
      if (!buttons.includes(name)) throw new TypeError(`no button "${name}"`)
      const button = win.details.button(name)
      if (!button.getSensitive()) throw new Error(`button "${name}" is disabled`)
      // activate() is what a keyboard press does: GTK shows the press, then emits "clicked".
      return button.activate()
    }
    case 'edit':
      win.details.edit({ memoryMiB: num(cmd, 'memoryMiB'), vcpus: num(cmd, 'vcpus') })
      return win.details.view()
    case 'error':
      return win.error
    case 'screenshot':
      return saveWidgetPng(win.window, str(cmd, 'path'))
    case 'measure': {
      // The loop is probed while the app's own refresh runs: the async fetchDomains, then
      // the list rebinding every row to the new Domain objects.
      const probe = new LoopProbe()
      const started = performance.now()
      let error: string | undefined
      await win.refresh().catch((err: unknown) => { error = errorMessage(err) })
      const callMs = performance.now() - started
      await win.settled()
      return { callMs, ...probe.stop(), error, domains: win.rows().length }
    }
    case 'idle': {
      // Optionally with a click, to see what a button's call does to the loop.
      const probe = new LoopProbe()
      if (cmd.click !== undefined) await run(win, app, { cmd: 'click', button: cmd.click })
      await new Promise((resolve) => setTimeout(resolve, num(cmd, 'ms') ?? 500))
      return probe.stop()
    }
    case 'quit':
      setTimeout(() => app.quit(), 0)
      return true
    default:
      throw new TypeError(`unknown command ${JSON.stringify(cmd.cmd)}`)
  }
}

/** Serves commands from stdin until it ends (then the app quits). */
export function serveAutomation(win: BoxesWindow, app: Application): () => void {
  const lines = createInterface({ input: process.stdin })
  lines.on('line', (line) => {
    let cmd: Command
    try {
      cmd = JSON.parse(line) as Command
    } catch (err) {
      emit({ ok: false, error: `bad JSON: ${errorMessage(err)}` })
      return
    }
    run(win, app, cmd).then(
      (result) => emit({ id: cmd.id, ok: true, result }),
      (err: unknown) => emit({ id: cmd.id, ok: false, error: errorMessage(err) }),
    ).catch((err: unknown) => console.error('boxes: could not answer', err))
  })
  lines.on('close', () => app.quit())
  return () => lines.close()
}
