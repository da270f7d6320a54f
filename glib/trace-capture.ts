/**
 * @internal The one door to glib/native/gvir_trace.c: which of libvirt's log sources are
 * captured (the union of what rpc$ and its peers want), whether the loop watcher records,
 * and who gets the records. Nothing is installed in libvirt's logging while nobody wants a
 * source.
 * @module
 */
import { nativeAddon } from './loop.js'
import { reportError } from './report.js'

/** @internal One captured record's fields: a probe `['P', µs, source, text]` or a loop event `['L', µs, what, a, b]`. */
export type TraceRecord = readonly string[]

/** @internal A function that stops what a capture started; calling it twice is harmless. */
export type StopCapture = () => void

const probeConsumers = new Set<(r: TraceRecord) => void>()
const loopConsumers = new Set<(r: TraceRecord) => void>()
const sources = new Map<string, number>()
let sinkSet = false
let applied = ''

function sink(records: string[]): void {
  for (const line of records) {
    const fields = line.split('\t')
    const to = fields[0] === 'L' ? loopConsumers : probeConsumers
    for (const consume of to) {
      try {
        consume(fields)
      } catch (err) {
        reportError(err)
      }
    }
  }
}

function apply(): void {
  const addon = nativeAddon()
  if (!sinkSet) {
    addon.traceSink(sink)
    sinkSet = true
  }
  const wanted = [...sources.keys()].sort().join(',')
  if (wanted === applied) return
  // Restores the app's logging first when the set changes: gvir_trace.c keeps one saved state.
  addon.traceStart(wanted)
  applied = wanted
}

/** @internal Captures the probes of libvirt log sources (`'rpc.netclient'`) for `consume` until stopped. */
export function captureProbes(wanted: readonly string[], consume: (r: TraceRecord) => void): StopCapture {
  for (const s of wanted) sources.set(s, (sources.get(s) ?? 0) + 1)
  probeConsumers.add(consume)
  try {
    apply()
  } catch (err) {
    for (const s of wanted) release(s)
    probeConsumers.delete(consume)
    throw err
  }
  let stopped = false
  return () => {
    if (stopped) return
    stopped = true
    nativeAddon().traceFlush()
    probeConsumers.delete(consume)
    for (const s of wanted) release(s)
    apply()
  }
}

function release(source: string): void {
  const n = (sources.get(source) ?? 1) - 1
  if (n <= 0) sources.delete(source)
  else sources.set(source, n)
}

/** @internal Records the loop watcher's events for `consume` until stopped. */
export function captureLoop(consume: (r: TraceRecord) => void): StopCapture {
  const addon = nativeAddon()
  if (!sinkSet) {
    addon.traceSink(sink)
    sinkSet = true
  }
  loopConsumers.add(consume)
  addon.traceLoop(true)
  let stopped = false
  return () => {
    if (stopped) return
    stopped = true
    addon.traceFlush()
    loopConsumers.delete(consume)
    if (loopConsumers.size === 0) addon.traceLoop(false)
  }
}

/** @internal Delivers what libvirt logged so far to the consumers, now. */
export function flushCapture(): void {
  if (sinkSet) nativeAddon().traceFlush()
}
