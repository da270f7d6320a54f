/**
 * What gvir's native event records (glib/events.ts) become: the typed events of
 * gobject/domain-events.ts, and which libvirt event kind each `type` needs registered.
 * @module
 */
import { EventKind, type EventRecord } from '../glib/events.js'
import { type DomainAnyEvent, type DomainAnyEventType, type GraphicsAddress, type LifecycleEvent, type TypedParamValue, domainEventDetails, lifecycleEventDetails } from './domain-events.js'

/** libvirt's `virDomainEventType` order: the lifecycle type each number stands for (defined/undefined: the connection's). */
const lifecycleTypes = ['defined', 'undefined', 'started', 'suspended', 'resumed', 'stopped', 'shutdown', 'pmsuspended', 'crashed'] as const

/** Frozen lifecycle events by `event * 16 + detail`: made once, so a lifecycle event allocates nothing. */
const lifecycleCache = new Map<number, LifecycleEvent | null>()

/** The lifecycle event of libvirt's (event, detail); `null` for what is not a domain's own (defined, undefined). */
export function lifecycleEvent(event: number, detail: number): LifecycleEvent | null {
  const code = event * 16 + detail
  let e = lifecycleCache.get(code)
  if (e === undefined) {
    const type = lifecycleTypes[event]
    if (type === 'defined') e = detail === 1 ? Object.freeze({ type: 'updated', detail: undefined }) as LifecycleEvent : null
    else if (type === undefined || type === 'undefined') e = null
    else {
      const details = lifecycleEventDetails[type] as readonly string[]
      e = Object.freeze({ type, detail: details[detail] }) as LifecycleEvent
    }
    lifecycleCache.set(code, e)
  }
  return e
}

const watchdogActions = ['none', 'pause', 'reset', 'poweroff', 'shutdown', 'debug', 'inject-nmi'] as const
const ioErrorActions = ['none', 'pause', 'report'] as const
const graphicsPhases = ['connect', 'initialize', 'disconnect'] as const
const addressFamilies = ['ipv4', 'ipv6', 'unix'] as const
const blockJobTypes = ['unknown', 'pull', 'copy', 'commit', 'active-commit', 'backup'] as const
const blockJobStatuses = ['completed', 'failed', 'canceled', 'ready'] as const
const diskChangeReasons = ['missing-on-start', 'drop-missing-on-start'] as const
const trayReasons = ['open', 'close'] as const
const agentStates = [undefined, 'connected', 'disconnected'] as const
const agentReasons = ['unknown', 'domain-started', 'channel'] as const
const metadataTypes = ['description', 'title', 'element'] as const
const memoryRecipients = ['hypervisor', 'guest'] as const
const memoryActions = ['ignore', 'inject', 'fatal', 'reset'] as const

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null)
const num = (v: unknown): number => (typeof v === 'number' ? v : 0)
const address = (family: unknown, node: unknown, service: unknown): GraphicsAddress =>
  ({ family: addressFamilies[num(family)], node: str(node), service: str(service) })
const frozen = <T extends DomainAnyEvent>(e: T): T => e

const reboot = Object.freeze({ type: 'reboot' as const })
const controlError = Object.freeze({ type: 'control-error' as const })

/** The typed event of a domain record, or `null` (a define/undefine, or a kind gvir does not know). */
export function decodeDomainEvent(rec: EventRecord): DomainAnyEvent | null {
  const v = rec
  switch (rec[1]) {
    case EventKind.lifecycle: return lifecycleEvent(num(v[4]), num(v[5]))
    case EventKind.reboot: return reboot
    case EventKind.rtcChange: return frozen({ type: 'rtc-change', utcOffset: num(v[4]) })
    case EventKind.watchdog: return { type: 'watchdog', action: watchdogActions[num(v[4])] }
    case EventKind.ioErrorReason: return { type: 'io-error', srcPath: str(v[4]), devAlias: str(v[5]), action: ioErrorActions[num(v[6])], reason: str(v[7]) }
    case EventKind.graphics: {
      const ids = (Array.isArray(v[12]) ? v[12] : []) as string[]
      const subject: { type: string; name: string }[] = []
      for (let i = 0; i + 1 < ids.length; i += 2) subject.push({ type: ids[i]!, name: ids[i + 1]! })
      return { type: 'graphics', phase: graphicsPhases[num(v[4])], local: address(v[5], v[6], v[7]), remote: address(v[8], v[9], v[10]), authScheme: str(v[11]), subject }
    }
    case EventKind.controlError: return controlError
    case EventKind.blockJob2: return { type: 'block-job', disk: str(v[4]), job: blockJobTypes[num(v[5])], status: blockJobStatuses[num(v[6])] }
    case EventKind.diskChange: return { type: 'disk-change', oldSrcPath: str(v[4]), newSrcPath: str(v[5]), devAlias: str(v[6]), reason: diskChangeReasons[num(v[7])] }
    case EventKind.trayChange: return { type: 'tray-change', devAlias: str(v[4]), reason: trayReasons[num(v[5])] }
    case EventKind.balloonChange: return { type: 'balloon-change', actual: num(v[4]) }
    case EventKind.deviceAdded: return { type: 'device-added', devAlias: str(v[4]) }
    case EventKind.deviceRemoved: return { type: 'device-removed', devAlias: str(v[4]) }
    case EventKind.deviceRemovalFailed: return { type: 'device-removal-failed', devAlias: str(v[4]) }
    case EventKind.tunable: return { type: 'tunable', params: (v[4] ?? {}) as Record<string, TypedParamValue> }
    case EventKind.agentLifecycle: return { type: 'agent-lifecycle', state: agentStates[num(v[4])], reason: agentReasons[num(v[5])] }
    case EventKind.migrationIteration: return { type: 'migration-iteration', iteration: num(v[4]) }
    case EventKind.jobCompleted: return { type: 'job-completed', params: (v[4] ?? {}) as Record<string, TypedParamValue> }
    case EventKind.metadataChange: return { type: 'metadata-change', metadataType: metadataTypes[num(v[4])], nsuri: str(v[5]) }
    case EventKind.blockThreshold: return { type: 'block-threshold', dev: str(v[4]), path: str(v[5]), threshold: num(v[6]), excess: num(v[7]) }
    case EventKind.memoryFailure: {
      const flags = num(v[6])
      return { type: 'memory-failure', recipient: memoryRecipients[num(v[4])], action: memoryActions[num(v[5])], actionRequired: (flags & 1) !== 0, recursive: (flags & 2) !== 0 }
    }
    case EventKind.memoryDeviceSizeChange: return { type: 'memory-device-size-change', alias: str(v[4]), size: num(v[5]) }
    default: return null
  }
}

/** The libvirt event kind each domain event `type` comes from. */
export const kindOfType: Readonly<Record<DomainAnyEventType, number>> = {
  started: EventKind.lifecycle, stopped: EventKind.lifecycle, suspended: EventKind.lifecycle, resumed: EventKind.lifecycle,
  pmsuspended: EventKind.lifecycle, updated: EventKind.lifecycle, shutdown: EventKind.lifecycle, crashed: EventKind.lifecycle,
  reboot: EventKind.reboot, 'rtc-change': EventKind.rtcChange, watchdog: EventKind.watchdog, 'io-error': EventKind.ioErrorReason,
  graphics: EventKind.graphics, 'control-error': EventKind.controlError, 'block-job': EventKind.blockJob2,
  'disk-change': EventKind.diskChange, 'tray-change': EventKind.trayChange, 'balloon-change': EventKind.balloonChange,
  'device-added': EventKind.deviceAdded, 'device-removed': EventKind.deviceRemoved, 'device-removal-failed': EventKind.deviceRemovalFailed,
  tunable: EventKind.tunable, 'agent-lifecycle': EventKind.agentLifecycle, 'migration-iteration': EventKind.migrationIteration,
  'job-completed': EventKind.jobCompleted, 'metadata-change': EventKind.metadataChange, 'block-threshold': EventKind.blockThreshold,
  'memory-failure': EventKind.memoryFailure, 'memory-device-size-change': EventKind.memoryDeviceSizeChange,
}

/** Every domain event kind `events$` registers (each once per connection). */
export const allDomainKinds: readonly number[] = [...new Set(Object.values(kindOfType))].sort((a, b) => a - b)

const signalNames = new Map<number, string | null>()

/**
 * libvirt-glib's own signal for a lifecycle event (`started::booted`, `updated`), or `null`
 * where libvirt-glib emitted none (shutdown, crashed, the details it dropped): gvir emits
 * it on the domain's GObject for handlers connected straight on `.gobject`.
 */
export function libvirtGlibSignal(event: number, detail: number): string | null {
  const code = event * 16 + detail
  let name = signalNames.get(code)
  if (name === undefined) {
    const e = lifecycleEvent(event, detail)
    const details = e && (domainEventDetails as Record<string, readonly string[] | undefined>)[e.type]
    name = !e || !details ? null : e.detail === undefined ? (details.length === 0 ? e.type : null) : details.includes(e.detail) ? `${e.type}::${e.detail}` : null
    signalNames.set(code, name)
  }
  return name
}
