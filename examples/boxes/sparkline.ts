/**
 * A CPU sparkline for one domain: the last samples of `domain.stats$` as a row of thin
 * bars (plain GTK boxes sized by CPU %, no drawing code: node-gtk's cairo is not needed).
 * It polls only while the domain runs and the row lives; gvir shares one bulk stats call
 * per interval between every row that polls.
 * @module
 */
import type { Subscription } from 'rxjs'
import type { Domain } from '../../gobject/index.js'
import { gtk, type Box, type Widget } from './gtk.js'

/** Bars shown, one per sample. */
const BARS = 24
/** The sparkline's height in pixels: 100 % of one host CPU. */
const HEIGHT = 24
/** How often the rows sample (cockpit-machines samples every 10 s; a desktop list wants it livelier). */
export const SPARKLINE_INTERVAL_MS = 2000

/** The sparkline of one row. */
export class CpuSparkline {
  /** The GTK widget. */
  readonly widget: Box
  readonly #bars: Widget[] = []
  #values: (number | null)[] = []
  #samples = 0
  #sub?: Subscription

  constructor() {
    const { Gtk } = gtk()
    this.widget = new Gtk.Box({ orientation: Gtk.Orientation.HORIZONTAL, spacing: 1 })
    this.widget.addCssClass('sparkline')
    this.widget.setValign(Gtk.Align.CENTER)
    this.widget.setSizeRequest(BARS * 4, HEIGHT)
    this.widget.setTooltipText('CPU')
  }

  /** Samples received since the row began. */
  get samples(): number { return this.#samples }
  /** The CPU % shown, oldest first (`null`: the sample had no CPU time, or was the first). */
  get values(): readonly (number | null)[] { return this.#values }
  /** Whether it polls now. */
  get polling(): boolean { return this.#sub !== undefined }

  /** Polls `domain` (while it runs), or stops (`undefined`). */
  follow(domain: Domain | undefined, onError: (err: unknown) => void): void {
    this.#sub?.unsubscribe()
    this.#sub = undefined
    if (!domain) return
    this.#makeBars()
    this.#sub = domain.stats$({ intervalMs: SPARKLINE_INTERVAL_MS, groups: ['cpu-total'] }).subscribe({
      next: (s) => {
        this.#samples++
        this.#values = [...this.#values, s.cpuPercent].slice(-BARS)
        this.#paint()
      },
      error: (err: unknown) => { this.#sub = undefined; onError(err) },
    })
  }

  /**
   * The bars, made when the domain first runs: a list of hundreds of shut-off domains
   * would otherwise build 24 widgets per row for nothing.
   */
  #makeBars(): void {
    if (this.#bars.length) return
    const { Gtk } = gtk()
    for (let i = 0; i < BARS; i++) {
      const bar = new Gtk.Box({ orientation: Gtk.Orientation.VERTICAL })
      bar.addCssClass('spark-bar')
      bar.setValign(Gtk.Align.END)
      bar.setSizeRequest(3, 1)
      this.widget.append(bar)
      this.#bars.push(bar)
    }
    this.#paint()
  }

  #paint(): void {
    const offset = BARS - this.#values.length
    this.#bars.forEach((bar, i) => {
      const v = i >= offset ? this.#values[i - offset] ?? null : null
      const height = v === null ? 1 : Math.max(2, Math.min(HEIGHT, Math.round((v / 100) * HEIGHT)))
      bar.setSizeRequest(3, height)
      if (i >= offset) bar.addCssClass('spark-sampled')
      else bar.removeCssClass('spark-sampled')
    })
  }

  /** Stops polling. */
  dispose(): void {
    this.#sub?.unsubscribe()
    this.#sub = undefined
  }
}
