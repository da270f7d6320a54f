/**
 * Measures whether GLib's main loop keeps dispatching: a 16 ms GLib timeout (one frame at
 * 60 Hz) records the longest gap between its firings. A call that blocked the JS thread,
 * or a GLib loop that stopped iterating, shows up as a long gap.
 * @module
 */
import { gi } from '../../lib/gi.js'

/** What a {@link LoopProbe} saw. */
export interface LoopProbeResult {
  /** How many times the 16 ms timeout fired. */
  readonly ticks: number
  /** The longest time between two firings (or from start to the first), in ms. */
  readonly maxGapMs: number
  /** How long the probe ran, in ms. */
  readonly durationMs: number
}

/** A running probe; {@link stop} it to read the result. */
export class LoopProbe {
  readonly #started = performance.now()
  #last = this.#started
  #ticks = 0
  #maxGap = 0
  #running = true
  readonly #source: number

  constructor(periodMs = 16) {
    const { GLib } = gi()
    this.#source = GLib.timeoutAdd(GLib.PRIORITY_DEFAULT, periodMs, () => {
      this.#tick()
      return this.#running
    })
  }

  #tick(): void {
    const now = performance.now()
    this.#maxGap = Math.max(this.#maxGap, now - this.#last)
    this.#last = now
    this.#ticks++
  }

  /** Stops the probe and gives what it saw (the gap up to now counts too). */
  stop(): LoopProbeResult {
    if (this.#running) {
      this.#running = false
      gi().GLib.sourceRemove(this.#source)
    }
    const now = performance.now()
    return { ticks: this.#ticks, maxGapMs: Math.max(this.#maxGap, now - this.#last), durationMs: now - this.#started }
  }
}
