/**
 * What `trace` adds to the client side's messages: the daemon's side and QMP (--server,
 * --qemu) and gvir's event loop (--loop).
 * @module
 */
import { flushLoop, isVirError, loop$, traceDaemon, type DaemonTrace, type LoopEvent, type QmpMessage } from '../../lib/index.js'
import type { Subscription } from 'rxjs'
import type { Context } from '../context.js'

/** The traces started besides rpc$; `stop()` ends them and prints their last lines. */
export interface ExtraTraces {
  stop(): Promise<void>
}

/** The extra traces wanted. */
export interface ExtraOptions {
  readonly server: boolean
  readonly qemu: boolean
  readonly loop: boolean
}

/** qemu-monitor.stp's layout after a `Q` column: `>` command, `<` reply, `!` event. */
export function formatQmp(m: QmpMessage): string {
  return `Q ${m.type === 'command' ? '>' : m.type === 'reply' ? '<' : '!'} ${m.monitor.padEnd(16)} ${m.json}`
}

/** A loop event as a line after the time stamp: an `L` column, then events.stp-like words. */
export function formatLoop(e: LoopEvent): string {
  switch (e.event) {
    case 'handle_add':
    case 'handle_update': return `L ${e.event.padEnd(13)} fd=${e.fd} events=${e.events}`
    case 'handle_remove': return `L ${e.event.padEnd(13)} fd=${e.fd}`
    case 'timeout': return `L ${e.event.padEnd(13)} ms=${e.timeoutMs}`
    case 'dispatch': return `L ${e.event.padEnd(13)} us=${e.durationUs}`
  }
}

/** Starts the traces `options` ask for; each record goes to `print`. */
export async function startExtraTraces(ctx: Context, options: ExtraOptions, print: (e: { readonly time: number }, text: () => string) => void): Promise<ExtraTraces> {
  let daemon: DaemonTrace | undefined
  if (options.server || options.qemu) {
    try {
      daemon = await traceDaemon(ctx.uri, { qemu: options.qemu, onQmp: (m) => print(m, () => formatQmp(m)) })
    } catch (err) {
      const why = isVirError(err) || err instanceof Error ? err.message : String(err)
      ctx.out.stderr.write(`gvir trace: cannot administer the daemon (${why}): tracing the client side only\n`)
    }
  }
  let loop: Subscription | undefined
  if (options.loop) loop = loop$.subscribe((e) => print(e, () => formatLoop(e)))
  return {
    async stop() {
      await daemon?.stop()
      flushLoop()
      loop?.unsubscribe()
    },
  }
}
