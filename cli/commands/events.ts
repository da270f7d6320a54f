/**
 * `events`: domain lifecycle events as they happen, like `virsh event --all --loop`.
 * @module
 */
import { Subscription } from 'rxjs/internal/Subscription'
import { VirError, type Domain } from '../../lib/index.js'
import { UsageError, type Command } from '../command.js'
import { printResult } from '../output.js'

/** What `events` prints for one event. */
interface EventLine {
  readonly time: string
  readonly domain: string
  readonly uuid: string
  readonly event: string
  readonly detail: string | null
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

/** virsh's words: `Started Booted`, `Defined Added`. */
function describe(e: EventLine): string {
  return e.detail === null ? capital(e.event) : `${capital(e.event)} ${capital(e.detail)}`
}

/** Seconds as a number > 0, or a UsageError. */
function seconds(value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined
  const s = Number(value)
  if (typeof value !== 'string' || !Number.isFinite(s) || s <= 0) throw new UsageError(`--timeout wants a number of seconds > 0, not '${String(value)}'`, 'events')
  return s
}

const events: Command = {
  name: 'events',
  usage: '',
  summary: 'print domain lifecycle events as they happen (until --timeout or Ctrl-C); in a batch, listens while the commands after it run',
  options: {
    domain: { type: 'string', help: 'only the events of this domain (name or UUID)', value: 'NAME' },
    timeout: { type: 'string', help: 'stop listening after S seconds', value: 'S' },
    timestamp: { type: 'boolean', help: 'start each line with the time of the event' },
  },
  arity: [0, 0],
  async run(ctx, { values }) {
    const timeout = seconds(values.timeout)
    const only = typeof values.domain === 'string' ? values.domain : undefined
    const conn = await ctx.connection()
    await conn.fetchDomains()

    const subs: Subscription[] = []
    // gvir's events go by UUID to every Domain of it: one subscription per domain.
    const watched = new Set<string>()
    // libvirt-glib may signal one removal twice (through two GVirDomains of one domain): print it once.
    const last = new Map<string, string>()
    const print = (dom: Domain, event: string, detail: string | null | undefined): void => {
      if (only !== undefined && dom.name !== only && dom.uuid !== only) return
      const key = `${event}/${detail ?? ''}`
      if (event === 'undefined' && last.get(dom.uuid) === key) return
      last.set(dom.uuid, key)
      const line: EventLine = { time: new Date().toISOString(), domain: dom.name, uuid: dom.uuid, event, detail: detail ?? null }
      printResult(ctx.out, line, () => `${values.timestamp ? `${line.time}: ` : ''}event 'lifecycle' for domain '${line.domain}': ${describe(line)}`, { line: true })
    }
    const watch = (dom: Domain): void => {
      if (watched.has(dom.uuid)) return
      watched.add(dom.uuid)
      subs.push(dom.events$.subscribe((e) => e.type === 'updated' ? print(dom, 'defined', 'updated') : print(dom, e.type, e.detail)))
    }
    // Domains defined later appear in the lists domains$ emits: watch each new UUID.
    subs.push(conn.domains$.subscribe((list) => list.forEach(watch)))
    subs.push(conn.domainAdded$.subscribe((dom) => { watch(dom); print(dom, 'defined', 'added') }))
    subs.push(conn.domainRemoved$.subscribe((dom) => print(dom, 'undefined', 'removed')))

    const done = new Promise<void>((resolve, reject) => {
      const timer = timeout === undefined ? undefined : setTimeout(resolve, timeout * 1000)
      const stop = (): void => resolve()
      ctx.signal.addEventListener('abort', stop, { once: true })
      subs.push(conn.closed$.subscribe(() => reject(new VirError('internal error: the connection closed while listening for events'))))
      subs.push(new Subscription(() => { clearTimeout(timer); ctx.signal.removeEventListener('abort', stop) }))
    }).finally(() => subs.forEach((s) => { s.unsubscribe() }))
    return { done }
  },
}

/** The event commands. */
export const eventCommands: readonly Command[] = [events]
