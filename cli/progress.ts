/**
 * Transfer progress: a redrawn bar on a terminal, plain lines (every 10 %) when piped.
 * @module
 */
import type { Writable } from 'node:stream'
import { bytes } from './output.js'
import type { StreamProgress as TransferProgress } from '../lib/index.js'

/** What a transfer reports to, and how it ends. */
export interface ProgressReporter {
  update(progress: TransferProgress): void
  /** The last line (the bar's newline), with the final byte count. */
  done(total: number): void
}

const WIDTH = 30
const REDRAW_MS = 100

/** A reporter writing to `out`: a bar when `out` is a terminal, plain lines otherwise. */
export function progressReporter(label: string, out: Writable & { isTTY?: boolean }): ProgressReporter {
  const tty = out.isTTY === true
  let lastDraw = 0
  let lastStep = -1
  let lastMiB = 0
  const pct = (p: TransferProgress): number | undefined =>
    p.total ? Math.min(100, Math.floor((p.bytes / p.total) * 100)) : undefined
  const draw = (p: TransferProgress): void => {
    const percent = pct(p)
    const filled = percent === undefined ? 0 : Math.round((percent / 100) * WIDTH)
    const bar = percent === undefined ? '' : `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(percent).padStart(3)}% `
    out.write(`\r${label} ${bar}${bytes(p.bytes)}${p.total ? ` / ${bytes(p.total)}` : ''}\x1b[K`)
  }
  const line = (p: TransferProgress): void => {
    const percent = pct(p)
    out.write(`${label}: ${p.bytes}${p.total ? `/${p.total}` : ''} bytes${percent === undefined ? '' : ` (${percent}%)`}\n`)
  }
  return {
    update(p) {
      if (tty) {
        const now = performance.now()
        if (now - lastDraw >= REDRAW_MS) { lastDraw = now; draw(p) }
        return
      }
      const percent = pct(p)
      if (percent !== undefined) {
        const step = Math.floor(percent / 10)
        if (step > lastStep) { lastStep = step; line(p) }
      } else if (p.bytes - lastMiB >= 1 << 20) {
        lastMiB = p.bytes
        line(p)
      }
    },
    done(total) {
      if (tty) {
        draw({ bytes: total, total })
        out.write('\n')
      } else if (lastStep < 10) {
        line({ bytes: total, total })
      }
    },
  }
}
