/**
 * `monitor$`: every call gvir makes into libvirt-glib, as an Observable — the insight
 * libvirt's RPC probes give, for gvir's own calls.
 *
 * Fed from the two doors every libvirt-glib call goes through ({@link callAsync} and
 * {@link callSync}); while nobody subscribes each door pays one counter test and allocates
 * nothing. Secrets (URI userinfo and password-like query parameters, `passwd=`-style XML
 * attributes, `<secret>`/`<password>`/`<cookie>` contents) are redacted before a record
 * is built, so no subscriber ever sees them.
 * @module
 */
// rxjs's pieces, not its index: `import 'rxjs'` loads all 224 of its modules (~78 ms CPU), these ~25 ms.
import { Observable } from 'rxjs/internal/Observable'
import { Subject } from 'rxjs/internal/Subject'
import { config } from 'rxjs/internal/config'
import { isVirError } from './error.js'
import { reportError } from './report.js'

/** One finished call into libvirt-glib. */
export interface MonitorCall {
  /** libvirt-glib's class without its `GVir` prefix (`'Connection'`, `'Domain'`, `'StoragePool'`…). */
  readonly object: string
  /** Which object: a connection's URI or an object's name, secrets redacted; absent when unknown. */
  readonly target?: string
  /** libvirt-glib's method in camelCase (`'fetchDomains'`, `'suspend'`). */
  readonly method: string
  /** `'async'` for a `*Async`/`*Finish` pair, `'sync'` for a call run on the JS thread. */
  readonly kind: 'async' | 'sync'
  /** The arguments, summarised and redacted (`'0'`, `'GVirConfigDomain'`, `'"…"'`); empty for a closure run by `callSync`. */
  readonly args: readonly string[]
  /** When the call started, in ms since the epoch (sub-millisecond precision). */
  readonly start: number
  /** How long the call took, in ms. */
  readonly duration: number
  /** Whether it succeeded. */
  readonly ok: boolean
  /** `'ok'`, the VirError's code name (`'VIR_ERR_NO_DOMAIN'`), `'VirError'` when it has none, or `'AbortError'`. */
  readonly outcome: string
  /** The failure, its message redacted; absent on success. */
  readonly error?: {
    /** libvirt's error number (a {@link VirErrorCode}), when the failure was a VirError that has one. */
    readonly code?: number
    /** libvirt's C name of `code` (`'VIR_ERR_NO_DOMAIN'`). */
    readonly codeName?: string
    /** The error's message with secrets redacted (see {@link redactSecrets}). */
    readonly message: string
  }
}

const calls = new Subject<MonitorCall>()
let subscribers = 0

/**
 * Every call gvir makes into libvirt-glib, emitted when it settles. Hot: a subscriber sees
 * the calls that finish while it is subscribed. Nothing is recorded while nobody listens.
 * A subscriber that throws is reported through `reportError` and never fails the call.
 *
 * @example
 * ```ts
 * const sub = monitor$.subscribe((c) => console.log(`${c.object}.${c.method} ${c.duration.toFixed(2)} ms ${c.outcome}`))
 * await conn.fetchDomains()   // Connection.fetchDomains 0.31 ms ok
 * sub.unsubscribe()
 * ```
 */
export const monitor$: Observable<MonitorCall> = new Observable<MonitorCall>((subscriber) => {
  // rxjs rethrows a throwing subscriber's error from a timer, which would end the process:
  // route it to reportError as fromSignal does, unless the app set its own hook.
  if (config.onUnhandledError == null) config.onUnhandledError = (err) => reportError(err)
  subscribers++
  const inner = calls.subscribe(subscriber)
  return () => {
    subscribers--
    inner.unsubscribe()
  }
})

/** Whether anybody is subscribed to {@link monitor$}. */
export function isMonitored(): boolean {
  return subscribers > 0
}

/** A call being timed by one of the doors into libvirt-glib ({@link callAsync}, {@link callSync}). */
export interface MonitorProbe {
  /**
   * Ends the call and emits its {@link MonitorCall} to {@link monitor$}'s subscribers:
   * with no argument it succeeded, with one it failed with that error. Later calls do nothing.
   */
  end(error?: unknown): void
}

/**
 * @internal The hook of `callAsync` (and of any other door that knows the object and
 * method it calls): a probe for `obj[method](...args)`, or `undefined` (nothing allocated)
 * while nobody subscribes.
 */
export function probeCall(obj: object, method: string, args: readonly unknown[], kind: 'async' | 'sync' = 'async'): MonitorProbe | undefined {
  if (subscribers === 0) return undefined
  try {
    return probe(kindOf(obj), targetOf(obj), method, kind, args.map(summarise))
  } catch (err) {
    reportError(err)
    return undefined
  }
}

/**
 * @internal The hook of `callSync`: its closure names no object or method, so the caller
 * (`Domain.suspend`, the gvir method, named as libvirt-glib's) is read from the stack —
 * only while somebody subscribes. `from` is `callSync` itself, the frame to look above.
 */
export function probeSync(from: (...args: never[]) => unknown): MonitorProbe | undefined {
  if (subscribers === 0) return undefined
  try {
    const { object, method } = callerOf(from)
    return probe(object, undefined, method, 'sync', [])
  } catch (err) {
    reportError(err)
    return undefined
  }
}

function probe(object: string, target: string | undefined, method: string, kind: 'async' | 'sync', args: string[]): MonitorProbe {
  const t0 = performance.now()
  const start = performance.timeOrigin + t0
  let ended = false
  return {
    end(error?: unknown): void {
      if (ended) return
      ended = true
      const duration = performance.now() - t0
      const record: MonitorCall = { object, method, kind, args, start, duration, ok: error === undefined, outcome: 'ok' }
      if (target !== undefined) Object.assign(record, { target })
      if (error !== undefined) Object.assign(record, failure(error))
      try {
        calls.next(record)
      } catch (err) {
        reportError(err)
      }
    },
  }
}

function failure(error: unknown): Pick<MonitorCall, 'outcome' | 'error'> {
  const message = redactSecrets(error instanceof Error ? error.message : String(error))
  if (isVirError(error)) {
    const outcome = error.codeName ?? 'VirError'
    return { outcome, error: { code: error.code, codeName: error.codeName, message } }
  }
  const name = error instanceof Error || error instanceof DOMException ? error.name : 'Error'
  return { outcome: name, error: { message } }
}

/** `GVirDomain` → `Domain`. */
function kindOf(obj: object): string {
  const name = obj.constructor?.name || 'Object'
  return name.startsWith('GVir') ? name.slice(4) : name
}

type Named = { getUri?: () => string; getName?: () => string }

/** A connection's URI or an object's name; libvirt-glib reads both from memory, without I/O. */
function targetOf(obj: object): string | undefined {
  const o = obj as Named
  try {
    if (typeof o.getUri === 'function') return redactSecrets(String(o.getUri()))
    if (typeof o.getName === 'function') return redactSecrets(String(o.getName()))
  } catch {
    // An object whose handle is gone has no name to show.
  }
  return undefined
}

const maxArg = 120

function summarise(arg: unknown): string {
  if (arg === null || arg === undefined) return String(arg)
  switch (typeof arg) {
    case 'string': {
      const text = JSON.stringify(redactSecrets(arg))
      return text.length > maxArg ? `${text.slice(0, maxArg - 2)}…"` : text
    }
    case 'number': case 'bigint': case 'boolean': return String(arg)
    case 'function': return 'function'
    default: return (arg as object).constructor?.name || 'object'
  }
}

function callerOf(from: (...args: never[]) => unknown): { object: string; method: string } {
  const saved = Error.prepareStackTrace
  const savedLimit = Error.stackTraceLimit
  const holder: { stack?: NodeJS.CallSite[] } = {}
  try {
    Error.stackTraceLimit = 4
    Error.prepareStackTrace = (_err, frames) => frames
    Error.captureStackTrace(holder, from)
    const frames = holder.stack ?? []
    for (const frame of frames) {
      const method = frame.getMethodName() ?? frame.getFunctionName()
      if (!method) continue
      // `Class.method` as V8 names it when the receiver is unknown to getTypeName().
      const [cls, fn] = method.includes('.') ? method.split('.', 2) as [string, string] : [frame.getTypeName() ?? 'Object', method]
      return { object: cls, method: fn }
    }
    return { object: 'Object', method: 'call' }
  } finally {
    Error.prepareStackTrace = saved
    Error.stackTraceLimit = savedLimit
  }
}

const mask = '***'
// `scheme://user:password@host` → `scheme://***@host` (the userinfo may hold a password).
const uriUserinfo = /\b([a-z][a-z0-9+.-]*:\/\/)[^/\s?#<>]*@/gi
// `?password=…`, `&auth_token=…`, `;passwd=…` and `password: …`-style words in plain text.
const secretWord = String.raw`[\w.-]*(?:pass(?:wd|word|phrase)?|pwd|secret|token|auth|cred(?:ential)?s?|psk|cookie)[\w.-]*`
const queryParam = new RegExp(String.raw`((?:^|[?&;,\s])${secretWord}\s*[=:]\s*)(?!["'])[^&;#\s'"<>]*`, 'gi')
// `passwd='…'`, `password="…"` XML attributes, up to the closing quote or the end of a cut text.
const xmlAttribute = new RegExp(String.raw`(\b${secretWord}\s*=\s*)(["'])(?:(?!\2)[\s\S])*(?:\2|$)`, 'gi')
// `<secret>…</secret>` and the like: content up to the end tag, or the end of a cut text.
const xmlContent = /(<(secret|password|passwd|passphrase|cookie|key)(?:\s[^>]*)?(?<!\/)>)[\s\S]*?(?=<\/\2\s*>|$)/gi

/**
 * `text` with every secret gvir knows the shape of replaced by `***`: URI userinfo,
 * password/secret/token/auth/key query parameters, such XML attributes (`passwd='…'`) and
 * the contents of `<secret>`, `<password>`, `<passphrase>`, `<cookie>` and `<key>` elements.
 *
 * @example
 * ```ts
 * redactSecrets('qemu+ssh://root:hunter2@host/system?password=x') // 'qemu+ssh://***@host/system?password=***'
 * redactSecrets(`<graphics type='vnc' passwd='hunter2'/>`)         // `<graphics type='vnc' passwd='***'/>`
 * ```
 */
export function redactSecrets(text: string): string {
  return text
    .replace(xmlContent, `$1${mask}`)
    .replace(xmlAttribute, (_m, head: string, quote: string) => `${head}${quote}${mask}${quote}`)
    .replace(uriUserinfo, `$1${mask}@`)
    .replace(queryParam, `$1${mask}`)
}
