/**
 * How gvir calls libvirt itself, on libvirt-glib's own objects' handles, for what
 * libvirt-glib 4.0 does not map (glib/native/gvir_ops_beyond.c): on the JS thread for the
 * in-process test driver, on gvir's worker thread through a daemon, like libvirt-glib's
 * blocking calls (gobject/call.ts's invokeBlocking).
 * @module
 */
import { runSync, type CallOptions, type LibvirtCall, type ThreadArg } from '../glib/index.js'
import type { GObject } from '../lib/gi.js'
import { type CallContext, invokeBlocking } from './call.js'

/** What a {@link callLibvirt} takes besides its object (glib's LibvirtCall lists each call's). */
export interface LibvirtArgs {
  /** libvirt's flags, or the number the call takes. */
  readonly flags?: number
  /** The XML, text, objects or strings the call takes. */
  readonly extra?: ThreadArg
  /** A second number (a type, listing flags). */
  readonly index?: number
}

/**
 * @internal Runs libvirt's `call` on `target`'s handle: on the JS thread in-process (or for
 * an object that came from no connection), on a worker thread otherwise; resolves with
 * `decode` of the result, rejects with a VirError carrying libvirt's code.
 */
export function callLibvirt<R>(ctx: CallContext | undefined, options: CallOptions, target: GObject.Object, call: LibvirtCall, args: LibvirtArgs, decode: (raw: unknown) => R): Promise<R> {
  const { flags = 0, extra, index } = args
  return invokeBlocking(ctx, options, () => decode(runSync(target, call, flags, extra, index)), { target, call, flags, extra, index, decode })
}
