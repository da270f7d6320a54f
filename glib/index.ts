/**
 * gvir/glib: the layer every other one stands on, mirroring LibvirtGLib: initialisation,
 * the GLib ↔ Node loop glue, typed libvirt errors, AbortSignal → Cancellable, Promises
 * over `*Async`/`*Finish` pairs, and GObject signals as Observables.
 * @module
 */
export { init } from './init.js'
export { hold, startLoop, loopStats } from './loop.js'
export type { Release, LoopStats } from './loop.js'
export { VirError, isVirError, toVirError } from './error.js'
export type { VirErrorOptions } from './error.js'
export { VirErrorCode, virErrorCodeName } from './error-codes.js'
export { parseVirErrorMessage } from './error-parse.js'
export type { ParsedVirErrorMessage } from './error-parse.js'
export { abortError, isAbortError, linkCancellable } from './cancel.js'
export type { CancellableLink } from './cancel.js'
export { callAsync, callSync } from './promisify.js'
export { callInThread, listDomainsInThread, listDomainsSync, runInThread, runSync } from './threaded.js'
export type { ConnectionThreadCall, DomainThreadCall, ThreadArg, ThreadCall, DomainRow, ListDomainsOptions, VirshThreadCall } from './threaded.js'
export type { LibvirtCall } from './threaded.js'
export type { AsyncArgs, AsyncMethodName, CallOptions, FinishResult } from './promisify.js'
export { fromSignal, fromSignals, type FromSignalsOptions, type SignalSpec } from './signal.js'
export { reportError, setErrorReporter } from './report.js'
export type { ErrorReporter } from './report.js'
export { monitor$, redactSecrets } from './monitor.js'
/** @internal gvir's own call doors (gobject/call.ts) report through these. */
export { probeCall, probeSync } from './monitor.js'
export type { MonitorCall, MonitorProbe } from './monitor.js'
export { eventStats, type EventStats } from './events.js'
export { checkOptions, invalidArgument, isPlainObject, kindOf, optionsError } from './arguments.js'
export { rpc$, rpcNamesLibvirtVersion, flushRpc } from './rpc.js'
export type { RpcEvent, RpcMessage, RpcConnection, RpcSide } from './rpc.js'
export { traceDaemon, adminUriFor, redactQmp } from './rpc-daemon.js'
export type { DaemonTrace, DaemonTraceOptions, QmpMessage } from './rpc-daemon.js'
/** @internal gobject re-installs gvir's error recorder through this. */
export { recordLibvirtErrors } from './init.js'
export { loop$, flushLoop } from './loop-trace.js'
export type { LoopEvent } from './loop-trace.js'
