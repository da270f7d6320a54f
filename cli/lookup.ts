/**
 * Finds what a command names (a domain by name, UUID or id; a snapshot, pool, volume or
 * network by name), failing with the VirError libvirt itself would give.
 * @module
 */
import { CommandError } from './output.js'
import { VirError, VirErrorCode, type Connection, type Domain, type DomainSnapshot, type Network, type StoragePool, type StorageVol } from '../lib/index.js'

const uuidShape = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i

/** The domain called `ref` (name first, then UUID, then running id), like virsh. */
export async function findDomain(conn: Connection, ref: string): Promise<Domain> {
  await conn.fetchDomains()
  const dom = conn.findDomainByName(ref)
    ?? (uuidShape.test(ref) ? conn.getDomain(ref) : undefined)
    ?? (/^\d+$/.test(ref) ? conn.findDomainById(Number(ref)) : undefined)
  if (!dom) throw new CommandError(`failed to get domain '${ref}'`, new VirError(`Domain not found: no domain with matching name '${ref}'`, { code: VirErrorCode.VIR_ERR_NO_DOMAIN }))
  return dom
}

/** The snapshot `name` of `dom`. */
export async function findSnapshot(dom: Domain, name: string): Promise<DomainSnapshot> {
  await dom.fetchSnapshots()
  const snap = dom.getSnapshots().find((s) => s.name === name)
  if (!snap) throw new VirError(`Domain snapshot not found: no domain snapshot with matching name '${name}'`, { code: VirErrorCode.VIR_ERR_NO_DOMAIN_SNAPSHOT })
  return snap
}

/** The storage pool `name`. */
export async function findPool(conn: Connection, name: string): Promise<StoragePool> {
  await conn.fetchStoragePools()
  const pool = conn.findStoragePoolByName(name)
  if (!pool) throw new CommandError(`failed to get pool '${name}'`, new VirError(`Storage pool not found: no storage pool with matching name '${name}'`, { code: VirErrorCode.VIR_ERR_NO_STORAGE_POOL }))
  return pool
}

/** The volume `name` of `pool`. */
export async function findVolume(pool: StoragePool, name: string): Promise<StorageVol> {
  await pool.fetchVolumes()
  const vol = pool.getVolume(name)
  if (!vol) throw new CommandError(`failed to get vol '${name}'`, new VirError(`Storage volume not found: no storage vol with matching path '${name}'`, { code: VirErrorCode.VIR_ERR_NO_STORAGE_VOL }))
  return vol
}

/** The network `name`. */
export async function findNetwork(conn: Connection, name: string): Promise<Network> {
  await conn.fetchNetworks()
  const net = conn.findNetworkByName(name)
  if (!net) throw new CommandError(`failed to get network '${name}'`, new VirError(`Network not found: no network with matching name '${name}'`, { code: VirErrorCode.VIR_ERR_NO_NETWORK }))
  return net
}
