/**
 * The lifecycle signals of a GVirDomain and their details, as LibvirtGObject emits them
 * (libvirt-gobject-connection.c, domain_event_cb; the GIR marks the signals `detailed`
 * without listing the details).
 * @module
 */

/** Every signal and detail LibvirtGObject emits on a domain. */
export const domainEventDetails = {
  /** The domain started: how. */
  started: ['booted', 'migrated', 'restored', 'from-snapshot', 'wakeup'],
  /** The domain stopped: why. */
  stopped: ['shutdown', 'destroyed', 'crashed', 'migrated', 'saved', 'failed', 'from-snapshot'],
  /** The domain was paused: why. */
  suspended: ['paused', 'migrated', 'ioerror', 'watchdog', 'restored', 'from-snapshot'],
  /** The domain resumed: why. */
  resumed: ['unpaused', 'migrated', 'from-snapshot'],
  /** The guest went to power-management sleep: to memory or disk. */
  pmsuspended: ['memory', 'disk'],
  /** The domain's config changed (no detail). */
  updated: [],
} as const

/** A domain signal name. */
export type DomainEventType = keyof typeof domainEventDetails

/** The details one signal can carry. */
export type DomainEventDetail<T extends DomainEventType = DomainEventType> = (typeof domainEventDetails)[T][number]

/**
 * One event of a domain as `events$` gives it: {@link DomainAnyEvent}, the lifecycle ones
 * (e.g. `{ type: 'started', detail: 'booted' }`; `updated` has no detail) and every other
 * event libvirt has (`{ type: 'tray-change', devAlias, reason }`…).
 */
export type DomainEvent = DomainAnyEvent

/** One lifecycle event of libvirt-glib's signals (the types and details of {@link domainEventDetails}). */
export type DomainSignalEvent = {
  [T in DomainEventType]: DomainEventOf<T>
}[DomainEventType]

/** A lifecycle event of one type `T`, e.g. `DomainEventOf<'started'>`. */
export interface DomainEventOf<T extends DomainEventType> {
  /** The signal: `started`, `stopped`, `suspended`, `resumed`, `pmsuspended` or `updated`. */
  readonly type: T
  /** Its detail, one of {@link domainEventDetails}`[type]`; `undefined` for `updated`. */
  readonly detail: DomainEventDetail<T> | undefined
}

/** One `signal::detail` of a domain and the event its emission stands for. */
export interface DomainEventSignal {
  /** `started::booted`, or bare `updated`, which has no detail. */
  readonly signal: string
  /** The event, made once and frozen, so an emission allocates nothing. */
  readonly event: DomainEvent
  /** Gives {@link event}: the `project` of glib's `fromSignals`. */
  readonly project: () => DomainEvent
}

/** The `signal::detail` names to connect for one event type, each with its event. */
export function domainEventSignals(type: DomainEventType): readonly DomainEventSignal[] {
  let out = signalsByType.get(type)
  if (!out) {
    const details = domainEventDetails[type] as readonly (string | undefined)[]
    out = (details.length === 0 ? [undefined] : details).map((detail): DomainEventSignal => {
      const event = Object.freeze({ type, detail }) as DomainEvent
      return { signal: detail === undefined ? type : `${type}::${detail}`, event, project: () => event }
    })
    signalsByType.set(type, out)
  }
  return out
}
const signalsByType = new Map<DomainEventType, readonly DomainEventSignal[]>()

/** Every signal and detail of {@link domainEventDetails}: what `events$` connects. */
export function allDomainEventSignals(): readonly DomainEventSignal[] {
  all ??= (Object.keys(domainEventDetails) as DomainEventType[]).flatMap(domainEventSignals)
  return all
}
let all: readonly DomainEventSignal[] | undefined

/**
 * Every lifecycle type and detail gvir delivers on `events$`, from libvirt itself
 * (`VIR_DOMAIN_EVENT_*`): libvirt-glib's six signals with the details it drops (`suspended`'s
 * `api-error` and `postcopy*`, `resumed`'s `postcopy*`, `pmsuspended::disk`), and the two
 * types it never emits: `shutdown` (the guest began or finished shutting down) and
 * `crashed` (the guest panicked). A domain's `defined`/`undefined` events are the
 * connection's (`domainAdded$`, `domainRemoved$`), except `defined::updated`, which is `updated`.
 */
export const lifecycleEventDetails = {
  /** The domain started: how. */
  started: ['booted', 'migrated', 'restored', 'from-snapshot', 'wakeup'],
  /** The domain stopped: why. */
  stopped: ['shutdown', 'destroyed', 'crashed', 'migrated', 'saved', 'failed', 'from-snapshot'],
  /** The domain was paused: why. */
  suspended: ['paused', 'migrated', 'ioerror', 'watchdog', 'restored', 'from-snapshot', 'api-error', 'postcopy', 'postcopy-failed'],
  /** The domain resumed: why. */
  resumed: ['unpaused', 'migrated', 'from-snapshot', 'postcopy', 'postcopy-failed'],
  /** The guest went to power-management sleep: to memory or disk. */
  pmsuspended: ['memory', 'disk'],
  /** The domain's config changed (no detail). */
  updated: [],
  /** The guest began shutting down (`guest`: it asked, `host`: the host asked) or finished. */
  shutdown: ['finished', 'guest', 'host'],
  /** The guest crashed: panicked, or crashloaded (a kdump kernel took over). */
  crashed: ['panicked', 'crashloaded'],
} as const

/** A lifecycle type of {@link lifecycleEventDetails}. */
export type LifecycleEventType = keyof typeof lifecycleEventDetails

/** One lifecycle event, e.g. `{ type: 'shutdown', detail: 'guest' }`; `updated` has no detail. */
export type LifecycleEvent = {
  [T in LifecycleEventType]: {
    /** The lifecycle type. */
    readonly type: T
    /** Its detail, one of {@link lifecycleEventDetails}`[type]`; `undefined` for `updated`. */
    readonly detail: (typeof lifecycleEventDetails)[T][number] | undefined
  }
}[LifecycleEventType]

/** A typed parameter's value as libvirt gives it: 64-bit integers as `bigint`. */
export type TypedParamValue = number | bigint | boolean | string | null

/** One identity of a graphics client (`x509dname`, `saslUsername`…). */
export interface GraphicsIdentity {
  /** The kind of identity. */
  readonly type: string
  /** Its value. */
  readonly name: string
}

/** One end of a graphics (VNC/SPICE) client connection. */
export interface GraphicsAddress {
  /** `ipv4`, `ipv6` or `unix`. */
  readonly family: 'ipv4' | 'ipv6' | 'unix' | undefined
  /** The address (or socket path). */
  readonly node: string | null
  /** The port (or `''`). */
  readonly service: string | null
}

/** What every non-lifecycle event has: `detail` `undefined`, so code written for lifecycle events (`e.detail`) reads any event. */
export interface NoDetail {
  /** Always `undefined`: only lifecycle events have a detail. */
  readonly detail?: undefined
}

/** `reboot`: The guest rebooted. */
export interface RebootEvent extends NoDetail {
  /** The event's type. */
  readonly type: 'reboot'

}

/** `rtc-change`: The guest's RTC changed. */
export interface RtcChangeEvent extends NoDetail {
  /** The event's type. */
  readonly type: 'rtc-change'

  /** Its new offset from UTC, in seconds. */
  readonly utcOffset: number

}

/** `watchdog`: The watchdog fired. */
export interface WatchdogEvent extends NoDetail {
  /** The event's type. */
  readonly type: 'watchdog'

  /** What was done about it. */
  readonly action: 'none' | 'pause' | 'reset' | 'poweroff' | 'shutdown' | 'debug' | 'inject-nmi' | undefined

}

/** `io-error`: An I/O error on a disk. */
export interface IoErrorEvent extends NoDetail {
  /** The event's type. */
  readonly type: 'io-error'

  /** The host file. */
  readonly srcPath: string | null

  /** The guest device's alias. */
  readonly devAlias: string | null

  /** The action taken. */
  readonly action: 'none' | 'pause' | 'report' | undefined

  /** Why: `enospc` (the host's disk is full) or `''`. */
  readonly reason: string | null

}

/** `graphics`: A graphics (VNC/SPICE) client connected, finished authenticating, or disconnected. */
export interface GraphicsEvent extends NoDetail {
  /** The event's type. */
  readonly type: 'graphics'

  /** Which. */
  readonly phase: 'connect' | 'initialize' | 'disconnect' | undefined

  /** The server's end. */
  readonly local: GraphicsAddress

  /** The client's end. */
  readonly remote: GraphicsAddress

  /** The authentication scheme (`vnc`, `none`…). */
  readonly authScheme: string | null

  /** The client's identities (x509 name, SASL user…). */
  readonly subject: readonly GraphicsIdentity[]

}

/** `control-error`: libvirt lost control of the domain's hypervisor process (its monitor). */
export interface ControlErrorEvent extends NoDetail {
  /** The event's type. */
  readonly type: 'control-error'

}

/** `block-job`: A block job (pull, copy, commit, backup) ended or became ready. */
export interface BlockJobEvent extends NoDetail {
  /** The event's type. */
  readonly type: 'block-job'

  /** The disk's target (`vda`). */
  readonly disk: string | null

  /** The kind of job. */
  readonly job: 'unknown' | 'pull' | 'copy' | 'commit' | 'active-commit' | 'backup' | undefined

  /** How it stands. */
  readonly status: 'completed' | 'failed' | 'canceled' | 'ready' | undefined

}

/** `disk-change`: A disk's source changed at start because it was missing. */
export interface DiskChangeEvent extends NoDetail {
  /** The event's type. */
  readonly type: 'disk-change'

  /** The source it had. */
  readonly oldSrcPath: string | null

  /** The source it has now (`null`: none). */
  readonly newSrcPath: string | null

  /** The device's alias. */
  readonly devAlias: string | null

  /** Why. */
  readonly reason: 'missing-on-start' | 'drop-missing-on-start' | undefined

}

/** `tray-change`: A removable drive's tray opened or closed (a CD-ROM ejected). */
export interface TrayChangeEvent extends NoDetail {
  /** The event's type. */
  readonly type: 'tray-change'

  /** The drive's alias. */
  readonly devAlias: string | null

  /** Opened or closed. */
  readonly reason: 'open' | 'close' | undefined

}

/** `balloon-change`: The balloon's size changed. */
export interface BalloonChangeEvent extends NoDetail {
  /** The event's type. */
  readonly type: 'balloon-change'

  /** The guest's current memory, in KiB. */
  readonly actual: number

}

/** `device-added`: A device was hot-plugged. */
export interface DeviceAddedEvent extends NoDetail {
  /** The event's type. */
  readonly type: 'device-added'

  /** The device's alias. */
  readonly devAlias: string | null

}

/** `device-removed`: A device was hot-unplugged. */
export interface DeviceRemovedEvent extends NoDetail {
  /** The event's type. */
  readonly type: 'device-removed'

  /** The device's alias. */
  readonly devAlias: string | null

}

/** `device-removal-failed`: The guest refused or failed to release a device asked to be unplugged. */
export interface DeviceRemovalFailedEvent extends NoDetail {
  /** The event's type. */
  readonly type: 'device-removal-failed'

  /** The device's alias. */
  readonly devAlias: string | null

}

/** `tunable`: Tunables changed (CPU pinning, block I/O tuning). */
export interface TunableEvent extends NoDetail {
  /** The event's type. */
  readonly type: 'tunable'

  /** libvirt's typed parameters by name (`cputune.vcpupin0`…). */
  readonly params: Readonly<Record<string, TypedParamValue>>

}

/** `agent-lifecycle`: The guest agent connected or disconnected. */
export interface AgentLifecycleEvent extends NoDetail {
  /** The event's type. */
  readonly type: 'agent-lifecycle'

  /** Which. */
  readonly state: 'connected' | 'disconnected' | undefined

  /** Why: the domain started, or the agent's channel changed. */
  readonly reason: 'unknown' | 'domain-started' | 'channel' | undefined

}

/** `migration-iteration`: A migration began another iteration over the guest's memory. */
export interface MigrationIterationEvent extends NoDetail {
  /** The event's type. */
  readonly type: 'migration-iteration'

  /** Its number. */
  readonly iteration: number

}

/** `job-completed`: A job (migration, save, dump…) completed. */
export interface JobCompletedEvent extends NoDetail {
  /** The event's type. */
  readonly type: 'job-completed'

  /** Its statistics as libvirt's typed parameters. */
  readonly params: Readonly<Record<string, TypedParamValue>>

}

/** `metadata-change`: The domain's title, description or a metadata element changed. */
export interface MetadataChangeEvent extends NoDetail {
  /** The event's type. */
  readonly type: 'metadata-change'

  /** Which. */
  readonly metadataType: 'description' | 'title' | 'element' | undefined

  /** The element's namespace URI (`null` for title and description). */
  readonly nsuri: string | null

}

/** `block-threshold`: A disk's write threshold was passed. */
export interface BlockThresholdEvent extends NoDetail {
  /** The event's type. */
  readonly type: 'block-threshold'

  /** The disk (target or node name). */
  readonly dev: string | null

  /** Its host path. */
  readonly path: string | null

  /** The threshold, in bytes. */
  readonly threshold: number

  /** By how many bytes it was passed. */
  readonly excess: number

}

/** `memory-failure`: A hardware memory error reached the hypervisor or the guest. */
export interface MemoryFailureEvent extends NoDetail {
  /** The event's type. */
  readonly type: 'memory-failure'

  /** Whom. */
  readonly recipient: 'hypervisor' | 'guest' | undefined

  /** What was done. */
  readonly action: 'ignore' | 'inject' | 'fatal' | 'reset' | undefined

  /** Whether the error needs action. */
  readonly actionRequired: boolean

  /** Whether it came while handling another one. */
  readonly recursive: boolean

}

/** `memory-device-size-change`: A memory device (virtio-mem) changed size. */
export interface MemoryDeviceSizeChangeEvent extends NoDetail {
  /** The event's type. */
  readonly type: 'memory-device-size-change'

  /** The device's alias. */
  readonly alias: string | null

  /** Its new size, in KiB. */
  readonly size: number

}


/** The events of a domain other than its lifecycle, each typed by `type`. */
export type DomainGuestEvent =
  | RebootEvent
  | RtcChangeEvent
  | WatchdogEvent
  | IoErrorEvent
  | GraphicsEvent
  | ControlErrorEvent
  | BlockJobEvent
  | DiskChangeEvent
  | TrayChangeEvent
  | BalloonChangeEvent
  | DeviceAddedEvent
  | DeviceRemovedEvent
  | DeviceRemovalFailedEvent
  | TunableEvent
  | AgentLifecycleEvent
  | MigrationIterationEvent
  | JobCompletedEvent
  | MetadataChangeEvent
  | BlockThresholdEvent
  | MemoryFailureEvent
  | MemoryDeviceSizeChangeEvent

/**
 * Every event `domain.events$` delivers: a discriminated union on `type`, the lifecycle
 * ones ({@link LifecycleEvent}) and the rest ({@link DomainGuestEvent}).
 */
export type DomainAnyEvent = LifecycleEvent | DomainGuestEvent

/** Every `type` of {@link DomainAnyEvent}. */
export type DomainAnyEventType = DomainAnyEvent['type']

/** The event of one `type`, e.g. `DomainEventOfType<'tray-change'>`. */
export type DomainEventOfType<T extends DomainAnyEventType> = Extract<DomainAnyEvent, EventOfType<T>>

/** What an event of `type` T has in common with every other: its `type`. */
export interface EventOfType<T extends string> {
  /** The event's type. */
  readonly type: T
}
