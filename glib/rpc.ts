/**
 * `rpc$`: every RPC message of this process's libvirt client — what libvirt's
 * examples/systemtap/rpc-monitor.stp shows, without SystemTap.
 *
 * Every libvirt `PROBE()` is also an info-level log message of its file's log source; while
 * somebody subscribes, glib/native/gvir_trace.c owns a libvirt log output that keeps the
 * probes of `rpc.netclient` and `rpc.netsocket` and hands every other message on to the
 * app's own outputs exactly as before (the app's stderr and log files see no difference).
 * With no subscriber nothing is installed: libvirt's logging is untouched (bench/trace).
 * Payloads are never read: a record holds the message header only (program, procedure,
 * type, status, serial, length), so no secret can reach a subscriber.
 * @module
 */
import { Observable } from 'rxjs/internal/Observable'
import { Subject } from 'rxjs/internal/Subject'
import { messageStatusNames, messageTypeNames, protocolLibvirtVersion, protocolPrograms } from './protocol-names.js'
import { captureProbes, flushCapture, type StopCapture, type TraceRecord } from './trace-capture.js'

/** Which end of a connection a record was seen at: this process (`'client'`) or the daemon. */
export type RpcSide = 'client' | 'server'

/** One RPC message, as its header says. */
export interface RpcMessage {
  /** A message (see {@link RpcConnection} for connections). */
  readonly kind: 'message'
  /** When libvirt logged it, in ms since the epoch (µs precision on the client, ms on the daemon). */
  readonly time: number
  /** Where it was seen: this process (`'client'`) or the daemon (`'server'`). */
  readonly side: RpcSide
  /** `'tx'` sent (queued) by that side, `'rx'` received. */
  readonly direction: 'tx' | 'rx'
  /** The connection's libvirt object address at that side (`'0x5577526ae010'`), as the probes print it. */
  readonly client: string
  /** The program's name (`'remote'`, `'admin'`, `'keepalive'`, `'qemu'`, `'lxc'`), or `'unknown:<number>'`. */
  readonly program: string
  /** The program number (REMOTE_PROGRAM = 0x20008086). */
  readonly programNumber: number
  /** The program's protocol version (1 for every libvirt program). */
  readonly version: number
  /** The procedure's name in libvirt's protocol file, lower case without prefix (`'connect_list_all_domains'`), or `'unknown:<n>'`. */
  readonly procedure: string
  /** The procedure's number in its program (REMOTE_PROC_CONNECT_LIST_ALL_DOMAINS = 273). */
  readonly procedureNumber: number
  /** virNetMessageType: `'call'`, `'reply'`, `'message'`, `'stream'`, `'call_with_fds'`… */
  readonly type: string
  /** virNetMessageStatus: `'ok'`, `'error'`, `'continue'`. */
  readonly status: string
  /** The call's serial on its connection, which its reply repeats (counts up from 0). */
  readonly serial: number
  /** The message's length in bytes, header included. */
  readonly length: number
  /** On a reply matched to its call (same side, connection, program and serial): ms since the call. */
  readonly latency?: number
}

/** A connection opened (`'open'`) or disposed (`'close'`) at one side. */
export interface RpcConnection {
  /** `'open'`: libvirt made the connection's client object (RPC_CLIENT_NEW / RPC_SERVER_CLIENT_NEW); `'close'`: disposed it. */
  readonly kind: 'open' | 'close'
  /** When libvirt logged it, in ms since the epoch. */
  readonly time: number
  /** Where it was seen: this process (`'client'`) or the daemon (`'server'`). */
  readonly side: RpcSide
  /** The connection's libvirt object address at that side, as its messages carry it. */
  readonly client: string
  /** The socket's local address as libvirt prints it (`'127.0.0.1;0'` for a UNIX socket); empty once the socket is gone. */
  readonly local: string
  /** The socket's remote address, likewise. */
  readonly remote: string
}

/** One record of {@link rpc$}. */
export type RpcEvent = RpcMessage | RpcConnection

/** The libvirt version gvir's procedure-name tables were generated from (scripts/gen-protocol-names.mjs). */
export const rpcNamesLibvirtVersion: string = protocolLibvirtVersion

const events = new Subject<RpcEvent>()
let subscribers = 0
let stopCapture: StopCapture | undefined
const pendingCalls = new Map<string, number>()
const sockets = new Map<string, { local: string; remote: string }>()
const clientSockets = new Map<string, string>()

/** The `key=value` fields of a probe's text. */
function fieldsOf(text: string): Map<string, string> {
  const fields = new Map<string, string>()
  for (const m of text.matchAll(/(\w+)=([^\s,]*)/g)) fields.set(m[1] as string, m[2] as string)
  return fields
}

/** @internal An RPC message from a probe's fields, matched to its call. */
export function rpcMessage(time: number, side: RpcSide, direction: 'tx' | 'rx', f: Map<string, string>): RpcMessage {
  const programNumber = Number(f.get('prog'))
  const procedureNumber = Number(f.get('proc'))
  const typeNumber = Number(f.get('type'))
  const statusNumber = Number(f.get('status'))
  const program = protocolPrograms[programNumber]
  const client = f.get('client') ?? ''
  const serial = Number(f.get('serial'))
  const type = messageTypeNames[typeNumber] ?? `unknown:${typeNumber}`
  const key = `${side} ${client} ${programNumber} ${serial}`
  let latency: number | undefined
  if (type === 'call' || type === 'call_with_fds') pendingCalls.set(key, time)
  else if (type === 'reply' || type === 'reply_with_fds') {
    const start = pendingCalls.get(key)
    if (start !== undefined) {
      latency = time - start
      pendingCalls.delete(key)
    }
  }
  const message: RpcMessage = {
    kind: 'message',
    time,
    side,
    direction,
    client,
    program: program?.name ?? `unknown:${programNumber}`,
    programNumber,
    version: Number(f.get('vers')),
    procedure: program?.procedures[procedureNumber] ?? `unknown:${procedureNumber}`,
    procedureNumber,
    type,
    status: messageStatusNames[statusNumber] ?? `unknown:${statusNumber}`,
    serial,
    length: Number(f.get('len')),
  }
  return latency === undefined ? message : { ...message, latency }
}

/**
 * @internal One probe line (`RPC_CLIENT_MSG_RX: client=0x… len=36 …`) as an {@link RpcEvent},
 * or undefined for the probes rpc$ does not show. Sockets' addresses are remembered so that
 * a connection's open/close carries them, as rpc-monitor.stp prints them.
 */
export function rpcEventOf(time: number, text: string): RpcEvent | undefined {
  const colon = text.indexOf(':')
  if (colon < 0) return undefined
  const probe = text.slice(0, colon)
  const f = fieldsOf(text.slice(colon + 1))
  switch (probe) {
    case 'RPC_CLIENT_MSG_TX_QUEUE': return rpcMessage(time, 'client', 'tx', f)
    case 'RPC_CLIENT_MSG_RX': return rpcMessage(time, 'client', 'rx', f)
    case 'RPC_SERVER_CLIENT_MSG_RX': return rpcMessage(time, 'server', 'rx', f)
    case 'RPC_SERVER_CLIENT_MSG_TX_QUEUE': return rpcMessage(time, 'server', 'tx', f)
    case 'RPC_SOCKET_NEW':
      sockets.set(f.get('sock') ?? '', { local: f.get('localAddr') ?? '', remote: f.get('remoteAddr') ?? '' })
      return undefined
    case 'RPC_SOCKET_DISPOSE':
      sockets.delete(f.get('sock') ?? '')
      return undefined
    case 'RPC_CLIENT_NEW':
    case 'RPC_SERVER_CLIENT_NEW': {
      const client = f.get('client') ?? ''
      const sock = f.get('sock') ?? ''
      clientSockets.set(client, sock)
      const addr = sockets.get(sock)
      return { kind: 'open', time, side: probe === 'RPC_CLIENT_NEW' ? 'client' : 'server', client, local: addr?.local ?? '', remote: addr?.remote ?? '' }
    }
    case 'RPC_CLIENT_DISPOSE':
    case 'RPC_SERVER_CLIENT_DISPOSE': {
      const client = f.get('client') ?? ''
      const addr = sockets.get(clientSockets.get(client) ?? '')
      clientSockets.delete(client)
      return { kind: 'close', time, side: probe === 'RPC_CLIENT_DISPOSE' ? 'client' : 'server', client, local: addr?.local ?? '', remote: addr?.remote ?? '' }
    }
    default: return undefined
  }
}

/** @internal Emits an event to rpc$'s subscribers (the daemon side's records come this way). */
export function emitRpc(event: RpcEvent): void {
  events.next(event)
}

function onProbe(r: TraceRecord): void {
  const event = rpcEventOf(Number(r[1]) / 1000, r[3] ?? '')
  if (event) events.next(event)
}

/** The client side's log sources: messages and connections, and the sockets' addresses. */
const clientSources = ['rpc.netclient', 'rpc.netsocket']

/**
 * Every RPC message of this process's libvirt client (and, while a daemon trace runs, the
 * daemon's side: see `traceDaemon` in gvir/gobject), with connection opens and closes.
 * Hot: a subscriber sees what is sent and received while it is subscribed. A subscriber
 * gets a plain Error (its `error` callback) when this libvirt lacks the private log API gvir
 * needs. Nothing is captured while nobody subscribes.
 *
 * @example
 * ```ts
 * const sub = rpc$.subscribe((e) => {
 *   if (e.kind === 'message') console.log(`${e.direction} ${e.program}.${e.procedure}(${e.type}, ${e.status}, ${e.serial})`)
 * })
 * const conn = await Connection.open('qemu:///session')   // tx remote.connect_open(call, ok, 1) …
 * sub.unsubscribe()
 * ```
 */
export const rpc$: Observable<RpcEvent> = new Observable<RpcEvent>((subscriber) => {
  if (subscribers === 0) stopCapture = captureProbes(clientSources, onProbe)
  subscribers++
  const inner = events.subscribe(subscriber)
  return () => {
    inner.unsubscribe()
    subscribers--
    if (subscribers === 0) {
      const stop = stopCapture
      stopCapture = undefined
      stop?.()
      pendingCalls.clear()
    }
  }
})

/**
 * Delivers to rpc$'s subscribers, now, what libvirt logged so far: records reach JS in
 * batches at the next turn of Node's loop, so call this before unsubscribing to see the
 * last messages (a connection's close).
 *
 * @example
 * ```ts
 * conn.close()
 * flushRpc()          // the close's messages reach the subscriber before it leaves
 * sub.unsubscribe()
 * ```
 */
export function flushRpc(): void {
  flushCapture()
}
