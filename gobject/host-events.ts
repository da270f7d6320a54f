/**
 * The events of a connection's other objects (networks, storage pools, node devices,
 * secrets) and why a connection closed, as gvir's event path gives them (glib/events.ts).
 * @module
 */
import { EventKind, type EventRecord } from '../glib/events.js'

/** A virtual network's lifecycle event (`VIR_NETWORK_EVENT_*`). */
export interface NetworkEvent {
  /** What happened. */
  readonly type: 'defined' | 'undefined' | 'started' | 'stopped'
  /** The network's UUID. */
  readonly uuid: string
  /** The network's name. */
  readonly name: string
}

/** A storage pool's lifecycle event (`VIR_STORAGE_POOL_EVENT_*`), or `refresh` when its volumes were re-read. */
export interface StoragePoolEvent {
  /** What happened. */
  readonly type: 'defined' | 'undefined' | 'started' | 'stopped' | 'created' | 'deleted' | 'refresh'
  /** The pool's UUID. */
  readonly uuid: string
  /** The pool's name. */
  readonly name: string
}

/** A node device's lifecycle event (`VIR_NODE_DEVICE_EVENT_*`), or `update` when its config changed. */
export interface NodeDeviceEvent {
  /** What happened. */
  readonly type: 'created' | 'deleted' | 'defined' | 'undefined' | 'update'
  /** The device's name (`pci_0000_00_01_0`…). */
  readonly name: string
}

/** A secret's lifecycle event (`VIR_SECRET_EVENT_*`), or `value-changed`. */
export interface SecretEvent {
  /** What happened. */
  readonly type: 'defined' | 'undefined' | 'value-changed'
  /** The secret's UUID. */
  readonly uuid: string
  /** Its usage type (`volume`, `ceph`, `iscsi`, `tls`, `vtpm`, or `none`). */
  readonly usageType: 'none' | 'volume' | 'ceph' | 'iscsi' | 'tls' | 'vtpm' | undefined
  /** Its usage id (the volume's path, the ceph name…), or `null`. */
  readonly usageId: string | null
}

/**
 * Why a connection closed: libvirt's own reasons (`eof`: the daemon went away, `keepalive`:
 * it stopped answering keepalives, `error`: a socket error), `client` for `close()`.
 */
export type ConnectionCloseReason = 'error' | 'eof' | 'keepalive' | 'client'

/** libvirt's `virConnectCloseReason` order. */
export const closeReasons: readonly ConnectionCloseReason[] = ['error', 'eof', 'keepalive', 'client']

const networkTypes = ['defined', 'undefined', 'started', 'stopped'] as const
const poolTypes = ['defined', 'undefined', 'started', 'stopped', 'created', 'deleted'] as const
const nodeDeviceTypes = ['created', 'deleted', 'defined', 'undefined'] as const
const secretTypes = ['defined', 'undefined'] as const
const usageTypes = ['none', 'volume', 'ceph', 'iscsi', 'tls', 'vtpm'] as const

const at = <T>(table: readonly T[], v: unknown): T | undefined => table[typeof v === 'number' ? v : -1]

/** @internal A network record as a {@link NetworkEvent}. */
export function toNetworkEvent(rec: EventRecord): NetworkEvent | undefined {
  const type = at(networkTypes, rec[4])
  return type && { type, uuid: rec[2] ?? '', name: rec[3] ?? '' }
}

/** @internal A pool record as a {@link StoragePoolEvent}. */
export function toStoragePoolEvent(rec: EventRecord): StoragePoolEvent | undefined {
  const type = rec[1] === EventKind.poolRefresh ? 'refresh' : at(poolTypes, rec[4])
  return type && { type, uuid: rec[2] ?? '', name: rec[3] ?? '' }
}

/** @internal A node device record as a {@link NodeDeviceEvent}. */
export function toNodeDeviceEvent(rec: EventRecord): NodeDeviceEvent | undefined {
  const type = rec[1] === EventKind.nodeDeviceUpdate ? 'update' : at(nodeDeviceTypes, rec[4])
  return type && { type, name: rec[2] ?? '' }
}

/** @internal A secret record as a {@link SecretEvent}. */
export function toSecretEvent(rec: EventRecord): SecretEvent | undefined {
  const type = rec[1] === EventKind.secretValueChanged ? 'value-changed' : at(secretTypes, rec[5])
  return type && { type, uuid: rec[2] ?? '', usageType: at(usageTypes, rec[4]), usageId: rec[3] }
}
