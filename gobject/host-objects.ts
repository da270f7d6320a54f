/**
 * A connection's host objects libvirt-glib 4.0 can hold but never lists or finds (node
 * devices, secrets, network filters), its networks as libvirt lists them, and the
 * networks and pools it defines or starts: libvirt's own calls on the connection's handle
 * (glib/native/gvir_ops_beyond.c), each object libvirt-glib's GVir class built on
 * libvirt's handle, one gvir object per libvirt object (gobject/canonical.ts).
 * Connection's methods of the same names call these.
 * @module
 */
import { checkOptions, type CallOptions, type LibvirtCall, VirError, VirErrorCode } from '../glib/index.js'
import type { LibvirtGObject } from '../lib/gi.js'
import type { CallContext } from './call.js'
import { canonical, canonicalList, changed } from './canonical.js'
import { type ConfigInput, threadXml } from './config.js'
import { callLibvirt } from './libvirt-call.js'
import { Network } from './network.js'
import { NetworkFilter } from './network-filter.js'
import { NodeDevice } from './node-device.js'
import { Secret } from './secret.js'
import { StoragePool } from './storage-pool.js'
import { checkCString } from '../glib/cstring.js'
import { wrapObject } from './object.js'
import { adopt } from './owner.js'

/** A node device capability, as virsh nodedev-list --cap names it. */
export type NodeDeviceCap = 'system' | 'pci' | 'usb_device' | 'usb' | 'net' | 'scsi_host' | 'scsi_target' | 'scsi' | 'storage' |
  'fc_host' | 'vports' | 'scsi_generic' | 'drm' | 'mdev_types' | 'mdev' | 'ccw' | 'css' | 'vdpa' | 'ap_card' | 'ap_queue' |
  'ap_matrix' | 'vpd'

/** virsh's capability names → libvirt's VIR_CONNECT_LIST_NODE_DEVICES_CAP_* bits. */
const nodeDeviceCaps: Record<NodeDeviceCap, number> = {
  system: 1 << 0, pci: 1 << 1, usb_device: 1 << 2, usb: 1 << 3, net: 1 << 4, scsi_host: 1 << 5, scsi_target: 1 << 6,
  scsi: 1 << 7, storage: 1 << 8, fc_host: 1 << 9, vports: 1 << 10, scsi_generic: 1 << 11, drm: 1 << 12,
  mdev_types: 1 << 13, mdev: 1 << 14, ccw: 1 << 15, css: 1 << 16, vdpa: 1 << 17, ap_card: 1 << 18, ap_queue: 1 << 19,
  ap_matrix: 1 << 20, vpd: 1 << 21,
}

/** Options of `Connection.listNodeDevices`. */
export interface ListNodeDevicesOptions extends CallOptions {
  /** Only the devices with this capability (or any of these), as virsh nodedev-list --cap. */
  cap?: NodeDeviceCap | readonly NodeDeviceCap[]
}

/** What a secret is for (libvirt's virSecretUsageType), as its XML's `<usage type=…>` names it. */
export type SecretUsageType = 'volume' | 'ceph' | 'iscsi' | 'tls' | 'vtpm'
const secretUsageTypes: Record<SecretUsageType, number> = { volume: 1, ceph: 2, iscsi: 3, tls: 4, vtpm: 5 }

/** @internal What these functions need of a Connection. */
export interface HostSource extends CallContext {
  readonly gobject: LibvirtGObject.Connection
}

const invalid = (message: string): VirError => new VirError(`invalid argument: ${message}`, { code: VirErrorCode.VIR_ERR_INVALID_ARG })

function capFlags(cap: ListNodeDevicesOptions['cap']): number {
  if (cap === undefined) return 0
  let flags = 0
  for (const c of typeof cap === 'string' ? [cap] : cap) {
    const bit = (nodeDeviceCaps as Record<string, number>)[c]
    if (bit === undefined) throw invalid(`unknown node device capability '${String(c)}' (one of ${Object.keys(nodeDeviceCaps).join(', ')})`)
    flags |= bit
  }
  return flags
}

/** A call made with its argument checks: a bad argument rejects, never throws. */
function attempt<T>(make: () => Promise<T>): Promise<T> {
  try {
    return make()
  } catch (err) {
    return Promise.reject(err)
  }
}

/** The objects a listing or lookup call made, as node-gtk wrappers. */
function objectsOf<G>(raw: unknown): G[] {
  return raw as G[]
}

/** @internal Every node device (of `options.cap`), virConnectListAllNodeDevices. */
export function listNodeDevices(conn: HostSource, options: ListNodeDevicesOptions = {}): Promise<NodeDevice[]> {
  return attempt(() => callLibvirt(conn, options, conn.gobject, 'virConnectListAllNodeDevices', { flags: capFlags(checkOptions(options, 'Connection.listNodeDevices').cap) },
    (raw) => {
      const devices = objectsOf<LibvirtGObject.NodeDevice>(raw)
      // Only a full listing may forget the devices it does not show.
      return options.cap === undefined
        ? canonicalList(conn, 'nodedev', devices, (g) => g.getName(), NodeDevice)
        : devices.map((g) => canonical(conn, 'nodedev', g.getName(), g, NodeDevice))
    }))
}

/** One object a lookup by `key` made, canonical under `kindKey(obj)`. */
function found<G extends LibvirtGObject.NodeDevice | LibvirtGObject.Secret | LibvirtGObject.NetworkFilter>(
  conn: HostSource, options: CallOptions, call: LibvirtCall, key: string, what: string, flags: number,
  make: (g: G) => NodeDevice | Secret | NetworkFilter): Promise<NodeDevice | Secret | NetworkFilter> {
  return attempt(() => {
    if (typeof key !== 'string') throw invalid(`${what} must be a string`)
    checkCString(key, what)
    return callLibvirt(conn, options, conn.gobject, call, { flags, extra: key }, (raw) => make(objectsOf<G>(raw)[0]!))
  })
}

/** @internal The node device called `name` (virNodeDeviceLookupByName); VIR_ERR_NO_NODE_DEVICE when none. */
export function findNodeDevice(conn: HostSource, name: string, options: CallOptions = {}): Promise<NodeDevice> {
  return found<LibvirtGObject.NodeDevice>(conn, options, 'virNodeDeviceLookupByName', name, 'the node device name', 0,
    (g) => canonical(conn, 'nodedev', g.getName(), g, NodeDevice)) as Promise<NodeDevice>
}

/** @internal Every secret (virConnectListAllSecrets). */
export function listSecrets(conn: HostSource, options: CallOptions = {}): Promise<Secret[]> {
  return callLibvirt(conn, options, conn.gobject, 'virConnectListAllSecrets', {},
    (raw) => canonicalList(conn, 'secret', objectsOf<LibvirtGObject.Secret>(raw), (g) => g.getUuid(), Secret))
}

/** @internal The secret with this UUID (virSecretLookupByUUIDString); VIR_ERR_NO_SECRET when none. */
export function findSecretByUuid(conn: HostSource, uuid: string, options: CallOptions = {}): Promise<Secret> {
  return found<LibvirtGObject.Secret>(conn, options, 'virSecretLookupByUUIDString', uuid, 'the secret UUID', 0,
    (g) => canonical(conn, 'secret', g.getUuid(), g, Secret)) as Promise<Secret>
}

/** @internal The secret for `usageId` of `usageType` (virSecretLookupByUsage); VIR_ERR_NO_SECRET when none. */
export function findSecretByUsage(conn: HostSource, usageType: SecretUsageType, usageId: string, options: CallOptions = {}): Promise<Secret> {
  const type = secretUsageTypes[usageType]
  if (type === undefined) return Promise.reject(invalid(`unknown secret usage type '${String(usageType)}' (one of ${Object.keys(secretUsageTypes).join(', ')})`))
  return found<LibvirtGObject.Secret>(conn, options, 'virSecretLookupByUsage', usageId, 'the usage id', type,
    (g) => canonical(conn, 'secret', g.getUuid(), g, Secret)) as Promise<Secret>
}

/** @internal Every network filter (virConnectListAllNWFilters). */
export function listNetworkFilters(conn: HostSource, options: CallOptions = {}): Promise<NetworkFilter[]> {
  return callLibvirt(conn, options, conn.gobject, 'virConnectListAllNWFilters', {},
    (raw) => canonicalList(conn, 'nwfilter', objectsOf<LibvirtGObject.NetworkFilter>(raw), (g) => g.getUuid(), NetworkFilter))
}

/** @internal The network filter called `name` (virNWFilterLookupByName); VIR_ERR_NO_NWFILTER when none. */
export function findNetworkFilterByName(conn: HostSource, name: string, options: CallOptions = {}): Promise<NetworkFilter> {
  return found<LibvirtGObject.NetworkFilter>(conn, options, 'virNWFilterLookupByName', name, 'the filter name', 0,
    (g) => canonical(conn, 'nwfilter', g.getUuid(), g, NetworkFilter)) as Promise<NetworkFilter>
}

/** @internal The one Network of `conn` for a GVirNetwork (libvirt-glib's cached one or gvir's own). */
export function canonicalNetwork(conn: CallContext, gnet: LibvirtGObject.Network): Network {
  return canonical(conn, 'network', gnet.getUuid(), gnet, Network)
}

/** @internal Every network, active and inactive, as libvirt lists it now (virConnectListAllNetworks). */
export function listAllNetworks(conn: HostSource, options: CallOptions = {}): Promise<Network[]> {
  return callLibvirt(conn, options, conn.gobject, 'virConnectListAllNetworks', {},
    (raw) => canonicalList(conn, 'network', objectsOf<LibvirtGObject.Network>(raw), (g) => g.getUuid(), Network))
}

/** @internal Defines (virNetworkDefineXML) or creates and starts a transient network (virNetworkCreateXML). */
export function networkFromConfig(conn: HostSource, call: 'virNetworkDefineXML' | 'virNetworkCreateXML', config: ConfigInput, options: CallOptions = {}): Promise<Network> {
  return attempt(() => callLibvirt(conn, options, conn.gobject, call, { extra: threadXml(config, 'the network configuration') },
    (raw) => canonicalNetwork(conn, objectsOf<LibvirtGObject.Network>(raw)[0]!))).then((net) => {
    changed(conn, 'network')
    return net
  })
}

/** @internal Creates and starts a transient storage pool (virStoragePoolCreateXML, virsh pool-create). */
export function startStoragePool(conn: HostSource, config: ConfigInput, options: CallOptions = {}): Promise<StoragePool> {
  return attempt(() => callLibvirt(conn, options, conn.gobject, 'virStoragePoolCreateXML', { extra: threadXml(config, 'the storage pool configuration') },
    (raw) => adopt(wrapObject(objectsOf<LibvirtGObject.StoragePool>(raw)[0]!, StoragePool), conn)))
}

/** @internal The storage pool types the host supports, as XML (virConnectGetStoragePoolCapabilities, virsh pool-capabilities). */
export function getStoragePoolCapabilities(conn: HostSource, options: CallOptions = {}): Promise<string> {
  return callLibvirt(conn, options, conn.gobject, 'virConnectGetStoragePoolCapabilities', {}, (xml) => xml as string)
}

/** @internal The sources a pool of `type` could use (virConnectFindStoragePoolSources, virsh pool-find-sources), as libvirt's XML. */
export function findStoragePoolSources(conn: HostSource, type: string, spec: string | undefined, options: CallOptions = {}): Promise<string> {
  return attempt(() => {
    if (typeof type !== 'string' || type === '') throw invalid('the pool type must be a non-empty string')
    return callLibvirt(conn, options, conn.gobject, 'virConnectFindStoragePoolSources',
      { extra: [checkCString(type, 'the pool type'), spec === undefined ? null : checkCString(spec, 'the source spec')], index: 0 }, (xml) => xml as string)
  })
}
