/**
 * What `Domain.getInfo()` returns, as plain data.
 * @module
 */
import type { LibvirtGObject } from '../lib/gi.js'

/** A domain's state, libvirt-glib's `GVirDomainState` in lower case. */
export type DomainState = 'none' | 'running' | 'blocked' | 'paused' | 'shutdown' | 'shutoff' | 'crashed' | 'pmsuspended'

const states: readonly DomainState[] = ['none', 'running', 'blocked', 'paused', 'shutdown', 'shutoff', 'crashed', 'pmsuspended']

/** A snapshot of a domain's run-time information (libvirt-glib's `GVirDomainInfo`). */
export interface DomainInfo {
  /** The state the domain was in when asked. */
  readonly state: DomainState
  /** Maximum memory, in KiB (libvirt's unit). */
  readonly maxMem: number
  /** Memory in use, in KiB. */
  readonly memory: number
  /** Number of virtual CPUs. */
  readonly nrVirtCpu: number
  /** CPU time used, in nanoseconds. */
  readonly cpuTime: bigint
}

/** The {@link DomainState} for libvirt's numeric state. */
export function domainStateOf(state: number): DomainState {
  return states[state] ?? 'none'
}

/** Copies a node-gtk `GVirDomainInfo` into plain data. */
export function toDomainInfo(info: LibvirtGObject.DomainInfo): DomainInfo {
  return {
    state: domainStateOf(Number(info.state)),
    maxMem: Number(info.maxMem),
    memory: Number(info.memory),
    nrVirtCpu: Number(info.nrVirtCpu),
    cpuTime: BigInt(info.cpuTime),
  }
}
