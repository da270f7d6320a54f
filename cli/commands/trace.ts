/**
 * `trace`: runs a gvir command and prints its libvirt RPC messages to stderr in the layout
 * of libvirt's examples/systemtap/rpc-monitor.stp (seconds since begin, `C`/`S` columns,
 * `+`/`-` connections, `>`/`<` messages), or as JSON lines with `--json`.
 * @module
 */
import { flushRpc, rpc$, type RpcEvent, type RpcMessage } from '../../lib/index.js'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { UsageError, type Command, type ParsedArgs } from '../command.js'
import type { Context } from '../context.js'
import { type Output, table, toJson } from '../output.js'
import { findCommand } from '../registry.js'
import { parseCommandLine } from '../run.js'
import { startExtraTraces, type ExtraTraces } from './trace-extra.js'

/** rpc-monitor.stp's `%3d.%03d`: seconds and milliseconds since the trace began. */
export function traceStamp(ms: number): string {
  const t = Math.max(0, Math.floor(ms))
  return `${String(Math.floor(t / 1000)).padStart(3)}.${String(t % 1000).padStart(3, '0')}`
}

/** rpc-monitor.stp's columns: the client side at the left (`C >`), the daemon's at the right (`> S`). */
function prefix(e: RpcEvent): string {
  if (e.kind === 'open') return e.side === 'client' ? 'C +' : '+ S'
  if (e.kind === 'close') return e.side === 'client' ? 'C -' : '- S'
  if (e.kind !== 'message') return '   '
  if (e.side === 'client') return e.direction === 'tx' ? 'C >' : 'C <'
  return e.direction === 'rx' ? '> S' : '< S'
}

/** One event as rpc-monitor.stp prints it, after its time stamp. */
export function formatRpcEvent(e: RpcEvent): string {
  const head = `${prefix(e)} ${e.client.padEnd(16)}`
  if (e.kind !== 'message') return `${head} local=${e.local} remote=${e.remote}`
  return `${head} msg=${e.program}.${e.version}.${e.procedure}(${e.type}, ${e.status}, ${e.serial}) len=${e.length}`
}

/** What the trace prints: an RPC event or a QMP message, each with its time. */
type Printable = { readonly time: number }

/**
 * The daemon's records in causal order among the client's: the daemon logs with ms
 * precision and is read from its log file a little later, so each daemon message that has
 * a counterpart on the client side (same program, procedure, type, serial and length) is put
 * just after the client's call it received, or just before the client's receipt of the reply
 * it sent, as rpc-monitor.stp prints them; the rest by time. Stable otherwise.
 */
export function causalOrder<T extends Printable>(records: readonly T[]): T[] {
  // 1 µs: well above a double's resolution at epoch milliseconds (~0.24 µs).
  const eps = 1e-3
  const isMsg = (r: Printable): r is RpcMessage => (r as { kind?: string }).kind === 'message'
  const isConn = (r: Printable): r is RpcEvent => ['open', 'close'].includes((r as { kind?: string }).kind ?? '')
  const key = new Map<Printable, number>()
  const used = new Set<Printable>()
  const client = records.filter((r): r is T & RpcMessage => isMsg(r) && r.side === 'client')
  const firstKey = new Map<string, number>()
  const lastKey = new Map<string, number>()
  for (const r of records) {
    if (!isMsg(r) || r.side !== 'server') continue
    const wanted = r.direction === 'rx' ? 'tx' : 'rx'
    let best: RpcMessage | undefined
    for (const c of client) {
      if (used.has(c) || c.direction !== wanted || c.serial !== r.serial || c.procedure !== r.procedure || c.type !== r.type || c.length !== r.length || c.programNumber !== r.programNumber) continue
      if (!best || Math.abs(c.time - r.time) < Math.abs(best.time - r.time)) best = c
    }
    let k = r.time
    if (best) {
      used.add(best)
      k = r.direction === 'rx' ? best.time + eps : best.time - eps
    }
    key.set(r, k)
    firstKey.set(r.client, Math.min(firstKey.get(r.client) ?? Infinity, k))
    lastKey.set(r.client, Math.max(lastKey.get(r.client) ?? -Infinity, k))
  }
  for (const r of records) {
    if (!isConn(r) || r.side !== 'server') continue
    // A daemon sees a connection once the client's first message is on its way, as rpc-monitor.stp shows.
    const first = firstKey.get(r.client)
    const last = lastKey.get(r.client)
    if (r.kind === 'open') key.set(r, first === undefined ? r.time : first - eps / 2)
    else key.set(r, last === undefined ? r.time : Math.max(r.time, last + eps))
  }
  return records.map((r, i) => ({ r, i, k: key.get(r) ?? r.time })).sort((a, b) => a.k - b.k || a.i - b.i).map((x) => x.r)
}

/** One row of `--summary`: a procedure's calls on one side. */
export interface TraceSummaryRow {
  readonly side: 'client' | 'server'
  readonly procedure: string
  readonly calls: number
  readonly errors: number
  /** Median and max ms from call to reply, over the calls that got one. */
  readonly medianMs: number | null
  readonly maxMs: number | null
}

/** `--summary`'s rows: every procedure that got a reply, by side, in order of first reply. */
export function summarize(messages: readonly RpcMessage[]): TraceSummaryRow[] {
  const rows = new Map<string, { side: 'client' | 'server'; procedure: string; latencies: number[]; errors: number }>()
  for (const m of messages) {
    if (m.type !== 'reply' && m.type !== 'reply_with_fds') continue
    const procedure = `${m.program}.${m.procedure}`
    const key = `${m.side} ${procedure}`
    let row = rows.get(key)
    if (!row) rows.set(key, row = { side: m.side, procedure, latencies: [], errors: 0 })
    if (m.latency !== undefined) row.latencies.push(m.latency)
    if (m.status === 'error') row.errors++
  }
  return [...rows.values()].map((r) => {
    const sorted = [...r.latencies].sort((a, b) => a - b)
    const median = sorted.length === 0 ? null : sorted.length % 2 ? sorted[(sorted.length - 1) / 2] as number : ((sorted[sorted.length / 2 - 1] as number) + (sorted[sorted.length / 2] as number)) / 2
    return { side: r.side, procedure: r.procedure, calls: r.latencies.length, errors: r.errors, medianMs: median, maxMs: sorted.length ? sorted[sorted.length - 1] as number : null }
  })
}

function printSummary(out: Output, rows: readonly TraceSummaryRow[]): void {
  if (out.json) {
    out.stderr.write(`${toJson({ summary: rows })}\n`)
    return
  }
  const ms = (v: number | null): string => (v === null ? '-' : v.toFixed(3))
  const lines = table(['Side', 'Procedure', 'Calls', 'Errors', 'Median ms', 'Max ms'], rows.map((r) => [r.side === 'client' ? 'C' : 'S', r.procedure, r.calls, r.errors, ms(r.medianMs), ms(r.maxMs)]))
  out.stderr.write(`${lines.join('\n')}\n`)
}

const trace: Command = {
  name: 'trace',
  usage: '-- COMMAND [ARGS…]',
  summary: "run a command and print its libvirt RPC messages to stderr, as libvirt's rpc-monitor.stp does",
  options: {
    server: { type: 'boolean', help: "also the daemon's side of the same messages (needs admin access to the daemon)" },
    qemu: { type: 'boolean', help: "also the daemon's QEMU monitor traffic: QMP commands, replies and events" },
    loop: { type: 'boolean', help: "also gvir's event loop: GLib fds and timeouts watched, dispatches" },
    summary: { type: 'boolean', help: 'end with a table per procedure: calls, errors, median and max latency' },
  },
  arity: [1, Infinity],
  async run(ctx, { values, positionals }) {
    const [name = ''] = positionals
    if (!findCommand(name) || name === 'trace') throw new UsageError(`trace wants a gvir command after '--', not '${name}'`, 'trace')
    const inner = parseCommandLine(positionals)
    const out = ctx.out
    const begin = Date.now()
    const line = (time: number, text: string): void => { out.stderr.write(`${traceStamp(time - begin)} ${text}\n`) }
    const messages: RpcMessage[] = []
    if (!out.json) line(begin, 'begin')
    const write = (e: Printable, text: () => string): void => {
      if (out.json) out.stderr.write(`${toJson(e)}\n`)
      else line(e.time, text())
    }
    // With the daemon's side, records wait (at most the end of the command) to be put in order.
    const ordered = values.server === true || values.qemu === true
    const held: { e: Printable; text: () => string }[] = []
    const print = (e: Printable, text: () => string): void => {
      if (ordered) held.push({ e, text })
      else write(e, text)
    }
    const open = new Set<string>()
    let closed: (() => void) | undefined
    const sub = rpc$.subscribe((e) => {
      if (e.kind === 'open' && e.side === 'client') open.add(e.client)
      if (e.kind === 'close' && e.side === 'client') {
        open.delete(e.client)
        if (open.size === 0) closed?.()
      }
      if (e.kind === 'message') {
        messages.push(e)
        // rpc-monitor.stp leaves out messages of no length (none reach the wire).
        if (e.length === 0) return
      }
      print(e, () => formatRpcEvent(e))
    })
    let extra: ExtraTraces | undefined
    try {
      extra = await startExtraTraces(ctx, { server: values.server === true, qemu: values.qemu === true, loop: values.loop === true }, print)
      if (!inner.args) {
        out.stdout.write(`${inner.cmd.name}: see gvir ${inner.cmd.name} --help\n`)
        return
      }
      await runInner(ctx, inner.cmd, inner.args)
    } finally {
      // Closing here puts the connection's close (its last messages, its dispose) in the trace.
      await ctx.close()
      if (open.size > 0) await untilClosed((resolve) => { closed = resolve })
      await extra?.stop()
      flushRpc()
      sub.unsubscribe()
      const texts = new Map(held.map((h) => [h.e, h.text]))
      for (const e of causalOrder(held.map((h) => h.e))) write(e, texts.get(e) as () => string)
      if (values.summary) printSummary(out, summarize(messages))
    }
  },
}

/**
 * Waits (at most 1 s) for the client's connections to be disposed. libvirt closes the
 * connection (remote.connect_close, then `C -`) when its last reference goes, and the
 * domains a command listed hold references until V8 collects their wrappers: a collection
 * is asked for, the way `node --expose-gc` would, so the close is in the trace.
 */
async function untilClosed(onClosed: (resolve: () => void) => void): Promise<void> {
  let done = false
  const closed = new Promise<void>((resolve) => onClosed(() => { done = true; resolve() }))
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as (() => void) | undefined
  for (let i = 0; i < 10 && !done; i++) {
    gc?.()
    flushRpc()
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 100))])
  }
}

async function runInner(ctx: Context, cmd: Command, args: ParsedArgs): Promise<void> {
  const result = await cmd.run(ctx, args)
  if (result) await result.done
}

/** The `trace` command. */
export const traceCommands: readonly Command[] = [trace]
