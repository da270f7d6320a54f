/**
 * The daemon's side of {@link rpc$}: a daemon the user can administer (a private or session
 * libvirtd, qemu:///session is the user's own) is asked through libvirt-admin, by running
 * `virt-admin daemon-log-filters/-outputs` (libvirt-admin's virAdmConnectOpen, called in
 * this process, failed here with "Unable to register async IO callback" and GObject's
 * "cannot register existing type 'virConnect'" next to libvirt-glib, then the process
 * crashed; a child process keeps gvir's own libvirt untouched and the JS thread free), to log its RPC probes — and, for QEMU, its
 * monitor's — to a file in a temporary folder that the trace reads as it grows. Its filters
 * and outputs are set back to what they were when the trace stops. Should the tracing
 * process die first, a small watchdog process (glib/rpc-watchdog.ts, started with the trace)
 * sees its pipe close and sets them back with `virt-admin`; only if both are killed at once
 * (SIGKILL of the process group) does the daemon keep logging probe lines to that file (in the
 * OS temp dir) until it restarts or `virt-admin daemon-log-outputs` / `daemon-log-filters`
 * set its outputs and filters again.
 *
 * The daemon's other outputs see its probes only where they already log at info level or
 * below (a debug log file); payloads are never read on either side, and QMP text is redacted
 * (passwords, secrets' data) before any subscriber sees it.
 * @module
 */
import { execFile, spawn } from 'node:child_process'
import type { Socket } from 'node:net'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { toVirError } from './error.js'
import { redactSecrets } from './monitor.js'
import { emitRpc, rpcEventOf, type RpcSide } from './rpc.js'

/** One QEMU monitor (QMP) message the daemon sent or received, its JSON redacted. */
export interface QmpMessage {
  /** A QMP message (beside rpc$'s `'message'`, `'open'` and `'close'`). */
  readonly kind: 'qmp'
  /** When the daemon logged it, in ms since the epoch (ms precision). */
  readonly time: number
  /** Always `'server'`: the daemon talks to QEMU. */
  readonly side: RpcSide
  /** libvirt's monitor object at the daemon (`'0x7f2dc0007960'`): one per running guest. */
  readonly monitor: string
  /** `'tx'`: a command the daemon sent; `'rx'`: a reply or an event from QEMU. */
  readonly direction: 'tx' | 'rx'
  /** A command the daemon sent, QEMU's reply to one, or an event QEMU sent. */
  readonly type: 'command' | 'reply' | 'event'
  /** The command's `execute` (`'qmp_capabilities'`, `'cont'`), the event's name, or for a reply its command's. */
  readonly name: string
  /** The command's `id` (`'libvirt-1'`), which its reply repeats. */
  readonly id?: string
  /** The message as QMP JSON, with secrets replaced by `"***"`: `JSON.parse` it to pretty-print. */
  readonly json: string
  /** On a reply matched to its command: ms since the command. */
  readonly latency?: number
}

/** A running daemon-side trace. */
export interface DaemonTrace {
  /** The admin URI used (`libvirtd:///system?socket=…`). */
  readonly adminUri: string
  /** Reads the daemon's last lines, sets its logging back, removes the temporary folder. */
  stop(): Promise<void>
}

/** Options of {@link traceDaemon}. */
export interface DaemonTraceOptions {
  /** Also the QEMU monitor's traffic (QMP commands, replies, events). Default false. */
  readonly qemu?: boolean
  /** Where QMP messages go (they are not RpcEvents); default: nowhere. */
  readonly onQmp?: (message: QmpMessage) => void
  /** How often the daemon's log file is read, in ms. Default 50. */
  readonly pollMs?: number
}

/**
 * The libvirt-admin URI of the daemon behind a connection URI, or undefined when it is not a
 * local daemon gvir can reach: `…+unix:///…?socket=/dir/libvirt-sock` → that dir's
 * `libvirt-admin-sock`; `qemu:///system` → `libvirtd:///system`; `qemu:///session` →
 * `libvirtd:///session`.
 *
 * @example
 * ```ts
 * adminUriFor('qemu+unix:///system?socket=/tmp/d/sock/libvirt-sock') // 'libvirtd:///system?socket=/tmp/d/sock/libvirt-admin-sock'
 * adminUriFor('qemu+ssh://host/system')                              // undefined
 * ```
 */
export function adminUriFor(uri: string): string | undefined {
  const m = /^([a-z0-9]+)(?:\+([a-z0-9]+))?:\/\/([^/?#]*)(\/[^?#]*)?(?:\?([^#]*))?$/i.exec(uri)
  if (!m) return undefined
  const [, driver = '', transport, host = '', path = '', query = ''] = m
  if (host !== '' || (transport !== undefined && transport !== 'unix')) return undefined
  // test:///default without a transport is libvirt's in-process test driver: no daemon.
  if (transport === undefined && driver === 'test') return undefined
  const socket = new URLSearchParams(query).get('socket')
  const mode = path === '/session' ? 'session' : 'system'
  if (socket) {
    const base = socket.slice(socket.lastIndexOf('/') + 1)
    const admin = base.startsWith('libvirt-sock') ? 'libvirt-admin-sock' : base.replace(/-sock(-ro)?$/, '-admin-sock')
    return `libvirtd:///${mode}?socket=${join(dirname(socket), admin)}`
  }
  if (path === '/session' || path === '/system' || path === '/default') return `libvirtd:///${mode}`
  return undefined
}

/** The first filter of `filters` (libvirt's text form) that matches `source`, as libvirt picks it; else undefined. */
function filterPriority(filters: string, source: string): number | undefined {
  for (const token of filters.split(/\s+/).filter(Boolean)) {
    const m = /^\+?(\d):(.+)$/.exec(token)
    if (!m) continue
    const glob = new RegExp(`^${`*${m[2] as string}*`.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`)
    if (glob.test(source)) return Number(m[1])
  }
  return undefined
}

/** @internal The daemon's filters with the traced sources let through at info level first. */
export function tracedFilters(before: string, sources: readonly string[]): string {
  const ours = sources.filter((s) => (filterPriority(before, s) ?? 3) > 2).map((s) => `2:${s}`)
  return [...ours, before.trim()].filter(Boolean).join(' ')
}

const secretKeys = /pass(?:wd|word|phrase)?|secret|token|cookie|psk|key$/i

/** QMP JSON with secrets replaced: password-like keys anywhere, and a secret object's `data`. */
export function redactQmp(json: string): string {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    return redactSecrets(json)
  }
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk)
    if (v === null || typeof v !== 'object') return v
    const o = v as Record<string, unknown>
    const secretObject = o['qom-type'] === 'secret' || o['qom-type'] === 'secret_keyring'
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, (secretKeys.test(k) && typeof x === 'string') || (secretObject && k === 'data') ? '***' : walk(x)]))
  }
  return JSON.stringify(walk(value))
}

const lineStart = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d\.\d{3})([+-]\d\d)(\d\d): \d+: info : [^ ]+ : ([A-Z_]+: [\s\S]*)$/

/** @internal Parses the daemon's log text into records; `rest` is an unfinished last line. */
export function daemonRecords(text: string): { records: { time: number; text: string }[]; rest: string } {
  const records: { time: number; text: string }[] = []
  const lines = text.split('\n')
  const rest = lines.pop() ?? ''
  for (const line of lines) {
    const m = lineStart.exec(line)
    if (m) {
      records.push({ time: Date.parse(`${m[1]}T${m[2]}${m[3]}:${m[4]}`), text: m[5] as string })
    } else if (records.length > 0 && !/^\d{4}-\d\d-\d\d /.test(line)) {
      // QMP commands end in "\r\n" inside the message: the log line goes on after it.
      const last = records[records.length - 1] as { time: number; text: string }
      last.text += `\n${line}`
    }
  }
  return { records, rest }
}

/** @internal One QMP probe's text as a QmpMessage, matching replies to commands by id. */
export function qmpMessageOf(time: number, text: string, pending: Map<string, { name: string; time: number }>): QmpMessage | undefined {
  const m = /^(QEMU_MONITOR_SEND_MSG|QEMU_MONITOR_RECV_REPLY|QEMU_MONITOR_RECV_EVENT): mon=(\S+) (msg|reply|event)=([\s\S]*)$/.exec(text)
  if (!m) return undefined
  let raw = m[4] as string
  if (m[1] === 'QEMU_MONITOR_SEND_MSG') raw = raw.replace(/\s*fd=-?\d+\s*$/, '')
  raw = raw.trim()
  let parsed: Record<string, unknown> = {}
  try {
    parsed = JSON.parse(raw) as Record<string, unknown>
  } catch {
    // Not JSON (a HMP passthrough's text): shown as it is, redacted.
  }
  const id = typeof parsed.id === 'string' ? parsed.id : undefined
  const monitor = m[2] as string
  const base = { kind: 'qmp', time, side: 'server', monitor, json: redactQmp(raw), ...(id === undefined ? {} : { id }) } as const
  if (m[1] === 'QEMU_MONITOR_SEND_MSG') {
    const name = typeof parsed.execute === 'string' ? parsed.execute : 'unknown'
    if (id !== undefined) pending.set(`${monitor} ${id}`, { name, time })
    return { ...base, direction: 'tx', type: 'command', name }
  }
  if (m[1] === 'QEMU_MONITOR_RECV_EVENT') return { ...base, direction: 'rx', type: 'event', name: typeof parsed.event === 'string' ? parsed.event : 'unknown' }
  const call = id === undefined ? undefined : pending.get(`${monitor} ${id}`)
  if (call) pending.delete(`${monitor} ${id}`)
  return { ...base, direction: 'rx', type: 'reply', name: call?.name ?? 'unknown', ...(call ? { latency: time - call.time } : {}) }
}

/** libvirt-admin's program number (admin_protocol.x). */
const ADMIN_PROGRAM = 0x06900690

/**
 * @internal The daemon's logging [filters, outputs] before the call, set to `filters` and
 * `outputs` when given: one `virt-admin` run, off the JS thread.
 */
export function adminLogging(adminUri: string, set?: { filters: string; outputs: string }): Promise<[filters: string, outputs: string]> {
  const commands = ['daemon-log-filters', 'daemon-log-outputs']
  // Outputs before filters: the filters that let probe lines through only once they have a file.
  if (set) commands.push(`daemon-log-outputs --outputs ${quote(set.outputs)}`, `daemon-log-filters --filters ${quote(set.filters)}`)
  return new Promise((resolve, reject) => {
    execFile('virt-admin', ['-c', adminUri, commands.join(' ; ')], { timeout: 15_000 }, (err, stdout, stderr) => {
      const filters = /Logging filters: ?(.*)/.exec(stdout)?.[1]
      const outputs = /Logging outputs: ?(.*)/.exec(stdout)?.[1]
      if (err || filters === undefined || outputs === undefined) {
        const why = stderr.split('\n').map((l) => l.replace(/^error: /, '').trim()).filter(Boolean).join(': ')
        reject(toVirError(new Error(why || (err ? err.message : 'virt-admin printed no logging settings'))))
      } else {
        resolve([filters.trim(), outputs.trim()])
      }
    })
  })
}

/** A virsh-shell word: single-quoted, as virt-admin's own parser reads it. */
function quote(text: string): string {
  return `'${text.replace(/'/g, "'\\''")}'`
}

const serverSources = ['rpc.netserverclient', 'rpc.netsocket']
const qemuSources = ['qemu.qemu_monitor', 'qemu.qemu_monitor_json']

/**
 * Traces the daemon behind `uri` until `stop()`: its side of every RPC message goes to
 * {@link rpc$}'s subscribers (`side: 'server'`), its QMP traffic to `options.onQmp`. Rejects
 * with a VirError when the daemon cannot be administered from here (no admin socket, or
 * one the user may not open: libvirt's own error), having changed nothing.
 *
 * @example
 * ```ts
 * const sub = rpc$.subscribe((e) => console.log(e.side, e.kind))
 * const daemon = await traceDaemon('qemu:///session', { qemu: true, onQmp: (m) => console.log(m.json) })
 * // … calls …
 * await daemon.stop()
 * sub.unsubscribe()
 * ```
 */
export async function traceDaemon(uri: string, options: DaemonTraceOptions = {}): Promise<DaemonTrace> {
  const adminUri = adminUriFor(uri)
  if (adminUri === undefined) throw toVirError(new Error(`gvir trace: '${redactSecrets(uri)}' is not a local daemon gvir can administer`))
  const sources = options.qemu ? [...serverSources, ...qemuSources] : serverSources
  const [filtersBefore, outputsBefore] = await adminLogging(adminUri)
  // The daemon writes its probe lines here, QMP unredacted (a VNC password's set_password):
  // the folder (0700) and the file (0600, made here so that a root daemon appends to the
  // user's own file) are the user's alone. The daemon is root or the user, so it can write.
  const dir = mkdtempSync(join(tmpdir(), 'gvir-trace-'))
  chmodSync(dir, 0o700)
  const file = join(dir, 'daemon.log')
  writeFileSync(file, '', { mode: 0o600 })
  const watchdog = startWatchdog(adminUri, filtersBefore, outputsBefore, dir)
  try {
    await adminLogging(adminUri, { filters: tracedFilters(filtersBefore, sources), outputs: `${outputsBefore} 2:file:${file}`.trim() })
  } catch (err) {
    watchdog.release(false)
    rmSync(dir, { recursive: true, force: true })
    throw err
  }
  const pending = new Map<string, { name: string; time: number }>()
  const opened = new Set<string>()
  let handle: FileHandle | undefined
  let offset = 0
  let rest = ''
  let reading: Promise<void> = Promise.resolve()
  const buffer = Buffer.alloc(1 << 16)
  const readMore = async (): Promise<void> => {
    handle ??= await open(file, 'r').catch(() => undefined)
    if (!handle) return
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset)
      if (bytesRead === 0) break
      offset += bytesRead
      const parsed = daemonRecords(rest + buffer.subarray(0, bytesRead).toString('utf8'))
      rest = parsed.rest
      for (const r of parsed.records) {
        if (r.text.startsWith('QEMU_')) {
          const q = qmpMessageOf(r.time, r.text, pending)
          if (q) options.onQmp?.(q)
          continue
        }
        const e = rpcEventOf(r.time, r.text)
        if (!e) continue
        // The trace's own admin connection (its last reply, its close) is not the app's traffic.
        if (e.kind === 'message' && e.programNumber === ADMIN_PROGRAM) continue
        if (e.kind === 'open') opened.add(e.client)
        if (e.kind === 'close' && !opened.delete(e.client)) continue
        emitRpc(e)
      }
    }
  }
  const poll = (): void => { reading = reading.then(readMore).catch(() => undefined) }
  const timer = setInterval(poll, options.pollMs ?? 50)
  timer.unref()
  let stopped: Promise<void> | undefined
  return {
    adminUri,
    stop() {
      stopped ??= (async () => {
        clearInterval(timer)
        poll()
        await reading
        try {
          await adminLogging(adminUri, { filters: filtersBefore, outputs: outputsBefore })
          watchdog.release(true)
        } catch (err) {
          // The watchdog tries once more.
          watchdog.release(false)
          throw err
        } finally {
          await handle?.close()
          rmSync(dir, { recursive: true, force: true })
        }
      })()
      return stopped
    },
  }
}

/**
 * A detached process that sets the daemon's logging back with `virt-admin` if this process
 * dies while tracing: it waits for its stdin to close, and does nothing if it read "done".
 */
function startWatchdog(adminUri: string, filters: string, outputs: string, dir: string): { release(done: boolean): void } {
  const script = join(dirname(fileURLToPath(import.meta.url)), 'rpc-watchdog.js')
  const child = spawn(process.execPath, [script, adminUri, filters, outputs, dir], { detached: true, stdio: ['pipe', 'ignore', 'ignore'] })
  child.on('error', () => undefined)
  child.stdin?.on('error', () => undefined)
  child.unref()
  ;(child.stdin as Socket | null)?.unref()
  return {
    release(done) {
      if (done) child.stdin?.write('done\n')
      child.stdin?.end()
    },
  }
}
