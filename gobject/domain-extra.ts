/**
 * Domain calls libvirt-glib 4.0 does not make, straight to libvirt on the domain's handle
 * (glib/native/gvir_ops_virsh.c): the state with its reason, autostart, live memory and
 * vCPU changes, device attach/detach with flags, managed save removal, OS type, vCPU,
 * memory, block and interface statistics and the security label (metadata: Domain.getMetadata). Each is a
 * Promise taking `{ signal }`, off the JS thread through a daemon (gvir's worker thread)
 * and on it in-process, and rejects with a {@link VirError} carrying libvirt's code.
 * @module
 */
import { runSync, toVirError, VirError, VirErrorCode, type CallOptions, type ThreadArg, type ThreadCall } from '../glib/index.js'
import { checkCString } from '../glib/cstring.js'
import { invokeBlocking, toVoid } from './call.js'
import { type ConfigInput, threadXml } from './config.js'
import { Domain } from './domain.js'
import type { DomainInterfaceStats } from './domain-device.js'
import { type DomainState, domainStateOf } from './domain-info.js'

/** Where a change applies: the running domain (`live`), its persistent config (`config`), or both; neither: libvirt's "current" (whichever the domain's state means). */
export interface DomainModifyOptions extends CallOptions {
  /** Change the running domain. */
  live?: boolean
  /** Change the persistent config (the next boot). */
  config?: boolean
}

/** Options of `Domain.setMemory`. */
export interface DomainSetMemoryOptions extends DomainModifyOptions {
  /** Set the maximum memory (virsh setmaxmem) instead of the current allocation. */
  maximum?: boolean
}

/** Options of `Domain.setVcpus`. */
export interface DomainSetVcpusOptions extends DomainModifyOptions {
  /** Set the maximum number of vCPUs (config only). */
  maximum?: boolean
  /** Ask the guest agent to change how many vCPUs the guest uses. */
  guest?: boolean
}

/** A domain's state and libvirt's reason for it (`virDomainGetState`). */
export interface DomainStateReason {
  /** The state. */
  readonly state: DomainState
  /** libvirt's reason number for that state (`virDomainRunningReason`, `virDomainShutoffReason`…; 0 unknown). */
  readonly reason: number
}

/** One virtual CPU (`virDomainGetVcpus`). */
export interface DomainVcpu {
  /** The vCPU's number. */
  readonly number: number
  /** `'offline'`, `'running'` or `'blocked'`; `null` when the domain is not running. */
  readonly state: 'offline' | 'running' | 'blocked' | null
  /** CPU time it used, in nanoseconds; `null` when the domain is not running. */
  readonly cpuTime: bigint | null
  /** The host CPU it runs on; `null` when the domain is not running. */
  readonly cpu: number | null
  /** Per host CPU, whether this vCPU may run on it. */
  readonly affinity: readonly boolean[]
}

/** A domain's memory statistics (`virDomainMemoryStats`): what the driver reports, amounts in bytes. */
export interface DomainMemoryStats {
  /** Swapped in from the guest's swap. */
  readonly swapIn?: number
  /** Swapped out to the guest's swap. */
  readonly swapOut?: number
  /** Page faults that needed I/O (a count). */
  readonly majorFault?: number
  /** Page faults served from memory (a count). */
  readonly minorFault?: number
  /** Memory the guest leaves unused. */
  readonly unused?: number
  /** Memory the guest sees in all. */
  readonly available?: number
  /** The balloon's current size. */
  readonly actual?: number
  /** The QEMU process's resident set size. */
  readonly rss?: number
  /** Memory the guest could use without swapping (free plus reclaimable caches). */
  readonly usable?: number
  /** When the guest last updated its statistics, in seconds since the epoch. */
  readonly lastUpdate?: number
  /** Disk caches the guest can drop at once. */
  readonly diskCaches?: number
  /** Huge page allocations (a count). */
  readonly hugetlbPgalloc?: number
  /** Failed huge page allocations (a count). */
  readonly hugetlbPgfail?: number
}

/** A domain's security label (`virDomainGetSecurityLabel`). */
export interface DomainSecurityLabel {
  /** The label (`'system_u:system_r:svirt_t:s0:c1,c2'`, `'libvirt-test'`). */
  readonly label: string
  /** Whether the security driver enforces it. */
  readonly enforcing: boolean
}

const memoryStatNames: readonly (keyof DomainMemoryStats)[] = [
  'swapIn', 'swapOut', 'majorFault', 'minorFault', 'unused', 'available', 'actual', 'rss', 'usable', 'lastUpdate', 'diskCaches',
  'hugetlbPgalloc', 'hugetlbPgfail',
]
/** The statistics libvirt reports in KiB; the others are counts or seconds. */
const kibStats = new Set<keyof DomainMemoryStats>(['swapIn', 'swapOut', 'unused', 'available', 'actual', 'rss', 'usable', 'diskCaches'])
const vcpuStates = ['offline', 'running', 'blocked'] as const

/** libvirt's virDomainModificationImpact: 0 (current), LIVE 1, CONFIG 2. */
function impact(options: DomainModifyOptions): number {
  return (options.live ? 1 : 0) | (options.config ? 2 : 0)
}

/** Runs `call` on `domain`'s handle: on the JS thread in-process, on gvir's worker thread through a daemon. */
function call<R>(domain: Domain, options: CallOptions, name: ThreadCall, flags: number, extra: ThreadArg | undefined, decode: (raw: unknown) => R): Promise<R> {
  const ctx = Domain.contextOf(domain)
  const closed = ctx?.closedError?.()
  if (closed) return Promise.reject(closed)
  return invokeBlocking(ctx, options, () => decode(runSync(domain.gobject, name, flags, extra)), { target: domain.gobject, call: name, flags, extra, decode })
}

/** A rejected Promise of a VIR_ERR_INVALID_ARG VirError. */
function invalid(message: string): Promise<never> {
  return Promise.reject(new VirError(`invalid argument: ${message}`, { code: VirErrorCode.VIR_ERR_INVALID_ARG }))
}

/** Text arguments for C, which would cut them at a NUL or at gvir's field separator. */
function checkText(values: readonly (string | undefined)[], what: string): void {
  for (const v of values) {
    if (v === undefined) continue
    checkCString(v, what)
    if (v.includes('\x1f')) throw new VirError(`invalid argument: ${what} contains the control character U+001F`, { code: VirErrorCode.VIR_ERR_INVALID_ARG })
  }
}

/**
 * @internal Domain's method of the same purpose.
 * The domain's state and libvirt's reason for it (what `virsh domstate --reason` prints).
 * @example
 * const { state, reason } = await getDomainState(domain)
 */
export function getDomainState(domain: Domain, options: CallOptions = {}): Promise<DomainStateReason> {
  return call(domain, options, 'getState', 0, undefined, (raw) => {
    const [state, reason] = raw as [number, number]
    return { state: domainStateOf(state), reason }
  })
}

/** @internal Domain's method of the same purpose. Whether libvirt starts the domain when the host boots. */
export function getDomainAutostart(domain: Domain, options: CallOptions = {}): Promise<boolean> {
  return call(domain, options, 'getDomainAutostart', 0, undefined, (on) => on as boolean)
}

/** @internal Domain's method of the same purpose. Makes libvirt start the domain when the host boots (`true`), or not. Needs a persistent domain. */
export function setDomainAutostart(domain: Domain, autostart: boolean, options: CallOptions = {}): Promise<void> {
  return call(domain, options, 'setDomainAutostart', autostart ? 1 : 0, undefined, toVoid)
}

/**
 * @internal Domain's method of the same purpose.
 * Sets the domain's memory to `bytes` (rounded down to whole KiB, libvirt's unit): the
 * current allocation (the balloon of a running guest), or with `maximum` the most it may
 * have. With neither `live` nor `config`, libvirt's plain call (what virsh makes).
 */
export function setDomainMemory(domain: Domain, bytes: number, options: DomainSetMemoryOptions = {}): Promise<void> {
  if (!Number.isSafeInteger(bytes) || bytes < 1024) return invalid(`memory must be a whole number of bytes >= 1024, not ${bytes}`)
  const flags = impact(options) | (options.maximum ? 4 : 0)
  return call(domain, options, 'setMemory', flags, BigInt(Math.floor(bytes / 1024)), toVoid)
}

/** @internal Domain's method of the same purpose. Sets the domain's number of vCPUs (live, in its config, or its maximum). */
export function setDomainVcpus(domain: Domain, count: number, options: DomainSetVcpusOptions = {}): Promise<void> {
  if (!Number.isSafeInteger(count) || count < 1 || count > 0xffffffff) return invalid(`vCPU count must be a whole number >= 1, not ${count}`)
  const flags = impact(options) | (options.maximum ? 4 : 0) | (options.guest ? 8 : 0)
  return call(domain, options, 'setVcpus', flags, BigInt(count), toVoid)
}

function deviceCall(domain: Domain, name: 'attachDevice' | 'detachDevice', device: ConfigInput, options: DomainModifyOptions): Promise<void> {
  let xml: string
  try {
    xml = threadXml(device, 'the device configuration')
  } catch (err) {
    return Promise.reject(toVirError(err))
  }
  return call(domain, options, name, impact(options), xml, toVoid)
}

/** @internal Domain's method of the same purpose. Adds the device `device` (a gconfig device or its XML) to the domain, live and/or in its config. */
export function attachDomainDevice(domain: Domain, device: ConfigInput, options: DomainModifyOptions = {}): Promise<void> {
  return deviceCall(domain, 'attachDevice', device, options)
}

/** @internal Domain's method of the same purpose. Removes the device `device` describes (its XML, as in the domain's config) from the domain. */
export function detachDomainDevice(domain: Domain, device: ConfigInput, options: DomainModifyOptions = {}): Promise<void> {
  return deviceCall(domain, 'detachDevice', device, options)
}

/** @internal Domain's method of the same purpose. Removes the domain's managed save image (the next start boots afresh). */
export function removeDomainManagedSave(domain: Domain, options: CallOptions = {}): Promise<void> {
  return call(domain, options, 'managedSaveRemove', 0, undefined, toVoid)
}

/** @internal Domain's method of the same purpose. The domain's OS type (`'hvm'`, `'linux'`…). */
export function getDomainOsType(domain: Domain, options: CallOptions = {}): Promise<string> {
  return call(domain, options, 'getOsType', 0, undefined, (t) => t as string)
}

/** @internal Domain's method of the same purpose. The domain's virtual CPUs: where each runs and may run (from the config when the domain is off). */
export function getDomainVcpus(domain: Domain, options: CallOptions = {}): Promise<DomainVcpu[]> {
  return call(domain, options, 'getVcpus', 0, undefined, (raw) => (raw as string).split('\n').filter(Boolean).map((line) => {
    const [n = '0', state = '-1', time = '-1', cpu = '-1', map = ''] = line.split(' ')
    const live = state !== '-1'
    return {
      number: Number(n),
      state: live ? vcpuStates[Number(state)] ?? 'offline' : null,
      cpuTime: live ? BigInt(time) : null,
      cpu: live ? Number(cpu) : null,
      affinity: [...map].map((c) => c === 'y'),
    }
  }))
}

/** @internal Domain's method of the same purpose. The domain's memory statistics, as far as its driver and guest report them; amounts in bytes. */
export function getDomainMemoryStats(domain: Domain, options: CallOptions = {}): Promise<DomainMemoryStats> {
  return call(domain, options, 'getMemoryStats', 0, undefined, (raw) => {
    const stats: Partial<Record<keyof DomainMemoryStats, number>> = {}
    for (const line of (raw as string).split('\n').filter(Boolean)) {
      const [tag = '', value = '0'] = line.split(' ')
      const name = memoryStatNames[Number(tag)]
      if (name) stats[name] = kibStats.has(name) ? Number(value) * 1024 : Number(value)
    }
    return stats
  })
}

/**
 * @internal Domain's method of the same purpose.
 * The block statistics of the domain's disk `disk` (its target, `'vda'`, or its source
 * path), by libvirt's field names (`rd_operations`, `rd_bytes`, `wr_operations`,
 * `wr_bytes`, `flush_operations`, `rd_total_times`…, `errs`), as BigInts; drivers report
 * only some.
 */
export function getDomainBlockStats(domain: Domain, disk: string, options: CallOptions = {}): Promise<Record<string, bigint>> {
  try {
    checkText([disk], 'the disk')
  } catch (err) {
    return Promise.reject(err)
  }
  return call(domain, options, 'getBlockStats', 0, disk, (raw) => Object.fromEntries((raw as string).split('\n').filter(Boolean)
    .map((line) => { const [k = '', v = '0'] = line.split(' '); return [k, BigInt(v)] })))
}

/** @internal Domain's method of the same purpose. The traffic counters of the domain's interface `iface` (its target device, `'vnet0'`, or MAC), as BigInts (`-1n`: not reported). */
export function getDomainInterfaceStats(domain: Domain, iface: string, options: CallOptions = {}): Promise<DomainInterfaceStats> {
  try {
    checkText([iface], 'the interface')
  } catch (err) {
    return Promise.reject(err)
  }
  return call(domain, options, 'getInterfaceStats', 0, iface, (raw) => {
    const [rxBytes, rxPackets, rxErrs, rxDrop, txBytes, txPackets, txErrs, txDrop] = raw as bigint[]
    return { rxBytes, rxPackets, rxErrs, rxDrop, txBytes, txPackets, txErrs, txDrop } as DomainInterfaceStats
  })
}

/** @internal Domain's method of the same purpose. The domain's security label, or `null` when it has none (no security driver). */
export function getDomainSecurityLabel(domain: Domain, options: CallOptions = {}): Promise<DomainSecurityLabel | null> {
  return call(domain, options, 'getSecurityLabel', 0, undefined, (raw) => {
    if (raw === '') return null
    const [label = '', enforcing = '0'] = (raw as string).split('\x1f')
    return { label, enforcing: enforcing === '1' }
  })
}
