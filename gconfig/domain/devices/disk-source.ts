/**
 * The storage source of a disk (`<source>`) and what hangs off it: hosts, auth, encryption,
 * slices, reservations, cookies. Shared by `<disk>`, `<backingStore>` and `<mirror>`.
 * @module
 */
import { child, children, codec, defineElement, prop, size, type ConfigClass, type ConfigObject } from '../../core/index.js'
import { DomainDeviceAddress, deviceSeclabels } from '../common.js'
import { StorageVolTargetEncryption as DomainDiskEncryption } from '../../storagevol/encryption.js'

// storagecommon.rng's `encryption` is one definition for volumes, disks and snapshots: one class.
export {
  /** `<secret>` of an `<encryption>`: the storage kind's {@link StorageVolTargetEncryptionSecret}. */
  StorageVolTargetEncryptionSecret as DomainDiskEncryptionSecret,
  /** `<encryption>` of a disk or its source: the storage kind's {@link StorageVolTargetEncryption}. */
  StorageVolTargetEncryption as DomainDiskEncryption,
} from '../../storagevol/encryption.js'

/** Disk image formats libvirt knows. */
export const diskFormat = codec.enum('raw', 'dir', 'bochs', 'cloop', 'dmg', 'iso', 'vpc', 'vdi', 'fat', 'vhd', 'ploop', 'cow', 'qcow', 'qcow2', 'qed', 'vmdk', 'luks', 'aio')

/** Storage source types. */
export const diskSourceType = codec.enum('file', 'block', 'dir', 'network', 'volume', 'nvme', 'vhostuser', 'vhostvdpa')

/** `<host>` of a network disk source. */
export class DomainDiskSourceHost extends defineElement('host', {
  /** Host name or address. */
  name: prop('@name', codec.string),
  /** TCP port. */
  port: prop('@port', codec.uint),
  /** Transport. */
  transport: prop('@transport', codec.enum('tcp', 'unix', 'rdma')),
  /** UNIX socket path when transport is `unix`. */
  socket: prop('@socket', codec.string),
}) {}

/** `<auth>`: credentials for a network disk (iSCSI CHAP or Ceph). */
export class DomainDiskAuth extends defineElement('auth', {
  /** User name. */
  username: prop('@username', codec.string),
  /** Secret type. */
  secretType: prop('secret/@type', codec.enum('iscsi', 'ceph')),
  /** Secret UUID. */
  secretUuid: prop('secret/@uuid', codec.uuid),
  /** Secret usage name. */
  secretUsage: prop('secret/@usage', codec.string),
}) {}

/** `<slice>` of a source: expose only a byte range of the image. */
export class DomainDiskSourceSlice extends defineElement('slice', {
  /** Slice type (`storage`). */
  type: prop('@type', codec.enum('storage')),
  /** Offset in bytes. */
  offset: prop('@offset', codec.uint),
  /** Size in bytes. */
  size: prop('@size', codec.uint),
}) {}

/** `<cookie>` of an HTTP(S) source. */
export class DomainDiskSourceCookie extends defineElement('cookie', {
  /** Cookie name. */
  name: prop('@name', codec.string),
  /** Cookie value. */
  value: prop('.', codec.string),
}) {}

/** `<source>` of a disk: file, block device, directory, network, volume, NVMe or vhost-user. */
export class DomainDiskSource extends defineElement('source', {
  /** Image file (type `file`). */
  file: prop('@file', codec.string),
  /** Block device (type `block`). */
  dev: prop('@dev', codec.string),
  /** Directory (type `dir`). */
  dir: prop('@dir', codec.string),
  /** FD group passed by the management app. */
  fdgroup: prop('@fdgroup', codec.string),
  /** Position in the backing chain (set by libvirt). */
  index: prop('@index', codec.uint),
  /** What to do when the source is missing. */
  startupPolicy: prop('@startupPolicy', codec.enum('mandatory', 'requisite', 'optional')),
  /** Network protocol (type `network`). */
  protocol: prop('@protocol', codec.enum('nbd', 'iscsi', 'rbd', 'sheepdog', 'gluster', 'vxhs', 'nfs', 'http', 'https', 'ftp', 'ftps', 'tftp', 'ssh')),
  /** Network image name (pool/image, IQN/LUN, export…). */
  name: prop('@name', codec.string),
  /** HTTP query string. */
  query: prop('@query', codec.string),
  /** Use TLS for the network protocol. */
  tls: prop('@tls', codec.yesNo),
  /** Host name checked against the TLS certificate. */
  tlsHostname: prop('@tlsHostname', codec.string),
  /** Storage pool (type `volume`). */
  pool: prop('@pool', codec.string),
  /** Volume in the pool (type `volume`). */
  volume: prop('@volume', codec.string),
  /** iSCSI volume access mode (type `volume`). */
  mode: prop('@mode', codec.enum('host', 'direct')),
  /** NVMe source type (`pci`). */
  type: prop('@type', codec.string),
  /** NVMe: whether libvirt detaches the controller from the host. */
  managed: prop('@managed', codec.yesNo),
  /** NVMe namespace. */
  namespace: prop('@namespace', codec.uint),
  /** vhost-user / vhostvdpa socket or device path. */
  path: prop('@path', codec.string),
  /** Network hosts. */
  hosts: children('host', DomainDiskSourceHost),
  /** RBD snapshot name. */
  snapshotName: prop('snapshot/@name', codec.string),
  /** RBD configuration file. */
  configFile: prop('config/@file', codec.string),
  /** Credentials. */
  auth: child('auth', DomainDiskAuth),
  /** Encryption of this source layer. */
  encryption: child('encryption', DomainDiskEncryption),
  /** Persistent reservations enabled. */
  reservationsEnabled: prop('reservations/@enabled', codec.yesNo),
  /** Whether libvirt manages the pr-helper. */
  reservationsManaged: prop('reservations/@managed', codec.yesNo),
  /** pr-helper socket type (`unix`). */
  reservationsSourceType: prop('reservations/source/@type', codec.enum('unix')),
  /** pr-helper socket path. */
  reservationsSourcePath: prop('reservations/source/@path', codec.string),
  /** pr-helper socket mode. */
  reservationsSourceMode: prop('reservations/source/@mode', codec.enum('client', 'server')),
  /** pr-helper reconnect enabled. */
  reservationsSourceReconnectEnabled: prop('reservations/source/reconnect/@enabled', codec.yesNo),
  /** pr-helper reconnect timeout, seconds. */
  reservationsSourceReconnectTimeout: prop('reservations/source/reconnect/@timeout', codec.uint),
  /** pr-helper reconnect delay, seconds. */
  reservationsSourceReconnectDelay: prop('reservations/source/reconnect/@delay', codec.uint),
  /** iSCSI initiator IQN. */
  initiatorIqn: prop('initiator/iqn/@name', codec.string),
  /** NVMe controller's PCI address. */
  address: child('address', DomainDeviceAddress),
  /** Byte-range slices. */
  slices: children('slices/slice', DomainDiskSourceSlice),
  /** Verify the server's TLS certificate (HTTPS/FTPS). */
  sslVerify: prop('ssl/@verify', codec.yesNo),
  /** HTTP cookies. */
  cookies: children('cookies/cookie', DomainDiskSourceCookie),
  /** Readahead size in bytes (curl). A `number`, or a `bigint` beyond 2^53 − 1. */
  readaheadSize: prop('readahead/@size', codec.u64),
  /** Connection timeout in seconds (curl). A `number`, or a `bigint` beyond 2^53 − 1. */
  timeoutSeconds: prop('timeout/@seconds', codec.u64),
  /** NBD reconnect delay in seconds. */
  reconnectDelay: prop('reconnect/@delay', codec.uint),
  /** vhost-user reconnect enabled. */
  reconnectEnabled: prop('reconnect/@enabled', codec.yesNo),
  /** vhost-user reconnect timeout in seconds. */
  reconnectTimeout: prop('reconnect/@timeout', codec.uint),
  /** SSH known_hosts file. */
  knownHostsPath: prop('knownHosts/@path', codec.string),
  /** NFS user (name or `+uid`). */
  identityUser: prop('identity/@user', codec.string),
  /** NFS group (name or `+gid`). */
  identityGroup: prop('identity/@group', codec.string),
  /** SSH user name. */
  identityUsername: prop('identity/@username', codec.string),
  /** SSH private key file. */
  identityKeyfile: prop('identity/@keyfile', codec.string),
  /** SSH agent socket. */
  identityAgentsock: prop('identity/@agentsock', codec.string),
  /** Data file type of a qcow2 data-file (`<dataStore type>`). */
  dataStoreType: prop('dataStore/@type', diskSourceType),
  /** Data file format. */
  dataStoreFormat: prop('dataStore/format/@type', diskFormat),
  /** Data file qcow2 metadata cache maximum size, bytes. */
  dataStoreFormatMetadataCacheMaxSize: size('dataStore/format/metadata_cache/max_size'),
  /** Data file path (file type). */
  dataStoreFile: prop('dataStore/source/@file', codec.string),
  /** Data file device (block type). */
  dataStoreDev: prop('dataStore/source/@dev', codec.string),
  /** Full source of the qcow2 data file (`<dataStore><source>`), of any source type. */
  dataStoreSource: child('dataStore/source', (): ConfigClass<ConfigObject> => DomainDiskSource),
  ...deviceSeclabels,
}, {
  order: ['host', 'snapshot', 'config', 'initiator', 'ssl', 'cookies', 'readahead', 'timeout', 'knownHosts', 'identity', 'reconnect', 'address', 'slices', 'seclabel', 'auth', 'encryption', 'reservations', 'dataStore'],
  childOrder: { reservations: ['source'], dataStore: ['format', 'source'] },
}) {
  // Narrows the self-referencing declaration's accessor (see DomainDiskBackingStore).
  /** Full source of the qcow2 data file (`<dataStore><source>`), of any source type. */
  declare dataStoreSource: DomainDiskSource | undefined
}
