/**
 * What `trace` adds to the client side's messages: the daemon's side and QMP (--server,
 * --qemu) and gvir's event loop (--loop).
 * @module
 */
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

/** Starts the traces `options` ask for; each record goes to `print`. */
export async function startExtraTraces(ctx: Context, options: ExtraOptions, print: (e: { readonly time: number }, text: () => string) => void): Promise<ExtraTraces> {
  if (options.server || options.qemu) ctx.out.stderr.write("gvir trace: the daemon's side is not traced yet: client side only\n")
  void print
  return { async stop() {} }
}
