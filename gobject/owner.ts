/**
 * Which connection handed out a storage pool, volume, network, snapshot…, so that its
 * calls' failures reach that connection (a dead libvirtd is only noticed through failed
 * calls) and its calls follow the connection's in-process rule (gobject/call.ts: sync on
 * the JS thread for `test:///…`, the async pair elsewhere).
 * @module
 */
import { VirError } from '../glib/index.js'
import type { CallContext } from './call.js'
import type { Stream } from './stream.js'

/** @internal A context that can also make libvirt streams: a Connection. */
export interface StreamSource extends CallContext {
  /** A new libvirt stream on the connection (sync: virStreamNew only allocates). */
  newStream(): Stream
}

const owners = new WeakMap<object, CallContext>()

/**
 * @internal Records that `obj` came from `owner` (a Connection, or the pool a volume came
 * from: see {@link forwardTo}). The first owner stays. Returns `obj`.
 * @example
 * return adopt(wrapObject(gpool, StoragePool), this)
 */
export function adopt<T extends object>(obj: T, owner: CallContext | undefined): T {
  if (owner && !owners.has(obj)) owners.set(obj, owner)
  return obj
}

/** @internal The context recorded by {@link adopt}, if any: pass it to `invoke`/`invokeSync`. */
export function ownerOf(obj: object): CallContext | undefined {
  return owners.get(obj)
}

/**
 * @internal A CallContext that forwards to `obj`'s owner, for objects `obj` hands out
 * (a pool's volumes). Read lazily: `obj` may be adopted after it hands something out.
 */
export function forwardTo(obj: object): CallContext {
  return new Forwarder(obj)
}

/** A context that stands for another object's owner, read when used. */
class Forwarder implements CallContext {
  readonly #of: object
  constructor(of: object) { this.#of = of }
  get inProcess(): boolean { return ownerOf(this.#of)?.inProcess ?? false }
  noteFailure(err: unknown): void { ownerOf(this.#of)?.noteFailure(err) }
  closedError(): Error | undefined { return ownerOf(this.#of)?.closedError?.() }
  /** The owner at the end of the chain (the Connection). */
  get root(): CallContext | undefined { return rootOf(this.#of) }
}

/** @internal The first owner up the chain that is not a forwarder: the Connection `obj` came from. */
export function rootOf(obj: object): CallContext | undefined {
  const ctx = owners.get(obj)
  return ctx instanceof Forwarder ? ctx.root : ctx
}


/**
 * @internal A new libvirt stream on the connection `obj` came from, for a transfer the
 * caller gave no stream for.
 * @throws VirError when `obj` came from no connection (a GObject wrapped by hand)
 */
export function streamFor(obj: object): Stream {
  return streamFrom(rootOf(obj))
}

/** @internal A new libvirt stream on `ctx` when it is a Connection; a VirError otherwise. */
export function streamFrom(ctx: CallContext | undefined): Stream {
  if (!ctx || !('newStream' in ctx)) throw new VirError('No connection to open a stream on: pass a Stream from Connection.getStream()')
  return (ctx as StreamSource).newStream()
}
