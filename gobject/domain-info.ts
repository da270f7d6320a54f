/**
 * What `Domain.getInfo()` returns, as plain data.
 * @module
 */
import type { LibvirtGObject } from '../lib/gi.js'
import type { DomainRow } from '../glib/threaded.js'

/** A domain's state, libvirt-glib's `GVirDomainState` in lower case. */
export type DomainState = 'none' | 'running' | 'blocked' | 'paused' | 'shutdown' | 'shutoff' | 'crashed' | 'pmsuspended'

const states: readonly DomainState[] = ['none', 'running', 'blocked', 'paused', 'shutdown', 'shutoff', 'crashed', 'pmsuspended']

/**
 * A snapshot of a domain's run-time information (libvirt-glib's `GVirDomainInfo`, its field
 * names), memory in bytes as everywhere in gvir's API and gconfig: libvirt gives KiB, and
 * `config.memory = info.memory` then set 1/1024 of what was meant.
 */
export interface DomainInfo {
  /** The state the domain was in when asked. */
  readonly state: DomainState
  /** Memory the domain may use, in bytes (its config's `memory`; libvirt's `maxMem` × 1024). */
  readonly maxMem: number
  /** Memory it has now, in bytes (its config's `currentMemory` when ballooned; libvirt's `memory` × 1024). */
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
    maxMem: Number(info.maxMem) * 1024,
    memory: Number(info.memory) * 1024,
    nrVirtCpu: Number(info.nrVirtCpu),
    cpuTime: BigInt(info.cpuTime),
  }
}

/**
 * One domain of `Connection.listAllDomains()`: what a list of virtual machines shows,
 * read straight from libvirt. Plain data, not a `Domain`: take the Domain itself from
 * the connection's cache (`conn.getDomain(row.uuid)` after `fetchDomains()`) to act on it.
 */
export interface DomainSummary {
  /** The domain's name. */
  readonly name: string
  /** The domain's UUID. */
  readonly uuid: string
  /** The domain's id while it runs, `-1` otherwise (as `Domain.id`). */
  readonly id: number
  /** The state the domain was in when listed (`'none'` when libvirt could not say). */
  readonly state: DomainState
}

/** The {@link DomainSummary} of a row gvir's worker thread read. */
export function toDomainSummary(row: DomainRow): DomainSummary {
  return { name: row.name, uuid: row.uuid, id: row.id, state: domainStateOf(row.state) }
}
