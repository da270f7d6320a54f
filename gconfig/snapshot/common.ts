import { child, children, codec, defineElement, flag, prop, size } from '../core/index.js'
import { DomainDeviceSeclabel as DomainSnapshotSourceSeclabel } from '../domain/common.js'
import {
  DomainDiskAuth as DomainSnapshotSourceAuth,
  DomainDiskSourceCookie as DomainSnapshotSourceCookie,
  DomainDiskSourceHost as DomainSnapshotSourceHost,
} from '../domain/devices/disk-source.js'
import { StorageVolTargetEncryption as DomainSnapshotSourceEncryption } from '../storagevol/encryption.js'

// storagecommon.rng's `encryption` is one definition for volumes, disks and snapshots: one class.
export {
  /** `<secret>` of an `<encryption>`: the storage kind's {@link StorageVolTargetEncryptionSecret}. */
  StorageVolTargetEncryptionSecret as DomainSnapshotEncryptionSecret,
  /** `<encryption>` of a snapshot disk's source: the storage kind's {@link StorageVolTargetEncryption}. */
  StorageVolTargetEncryption as DomainSnapshotSourceEncryption,
} from '../storagevol/encryption.js'

// A snapshot disk's source is libvirt's storage source, as a domain disk's: its <seclabel>,
// <host>, <auth> and <cookie> are the domain kind's classes, under the snapshot kind's names.
export {
  /** `<seclabel>` of a snapshot disk's source: the domain kind's {@link DomainDeviceSeclabel}. */
  DomainDeviceSeclabel as DomainSnapshotSourceSeclabel,
} from '../domain/common.js'
export {
  /** `<host>` of a snapshot disk's network source: the domain kind's {@link DomainDiskSourceHost}. */
  DomainDiskSourceHost as DomainSnapshotSourceHost,
  /** `<auth>` of a snapshot disk's source: the domain kind's {@link DomainDiskAuth}. */
  DomainDiskAuth as DomainSnapshotSourceAuth,
  /** `<cookie>` of a snapshot disk's HTTP source: the domain kind's {@link DomainDiskSourceCookie}. */
  DomainDiskSourceCookie as DomainSnapshotSourceCookie,
} from '../domain/devices/disk-source.js'

/** `<slices>` (`/domainsnapshot/disks/disk/source/slices`). */
export class DomainSnapshotSourceSlices extends defineElement('slices', {
  /** Type: `slice/@type` in `<slices>`. */
  sliceType: prop('slice/@type', codec.enum('storage')),
  /** `slice/@offset` in `<slices>`. A `number`, or a `bigint` beyond 2^53 − 1. */
  sliceOffset: prop('slice/@offset', codec.u64),
  /** Size: `slice/@size` in `<slices>`. A `number`, or a `bigint` beyond 2^53 − 1. */
  sliceSize: prop('slice/@size', codec.u64),
}) {}

/** `<metadata_cache>` (`/domainsnapshot/disks/disk/source/dataStore/format/metadata_cache`). */
export class DomainSnapshotFormatMetadataCache extends defineElement('metadata_cache', {
  /** Size in bytes: `max_size` in `<metadata_cache>`. */
  maxSize: size('max_size'),
}) {}

/** `<format>` (`/domainsnapshot/disks/disk/source/dataStore/format`). */
export class DomainSnapshotDataStoreFormat extends defineElement('format', {
  /** Type: `@type` in `<format>`. */
  type: prop('@type', codec.enum('raw', 'dir', 'bochs', 'cloop', 'dmg', 'iso', 'vpc', 'vdi', 'fat', 'vhd', 'ploop', 'luks', 'cow', 'qcow', 'qcow2', 'qed', 'vmdk')),
  /** The `<metadata_cache>` element (`metadata_cache`), as a view; undefined when absent. */
  metadataCache: child('metadata_cache', DomainSnapshotFormatMetadataCache),
}) {}

/** `<source>` (`/domainsnapshot/disks/disk/source/dataStore/source/reservations/source`). */
export class DomainSnapshotReservationsSource extends defineElement('source', {
  /** Type: `@type` in `<source>`. */
  type: prop('@type', codec.enum('unix')),
  /** Path: `@path` in `<source>`. */
  path: prop('@path', codec.string),
  /** Mode: `@mode` in `<source>`. */
  mode: prop('@mode', codec.enum('server', 'client')),
  /** Enabled: `reconnect/@enabled` in `<source>`. */
  reconnectEnabled: prop('reconnect/@enabled', codec.yesNo),
  /** `reconnect/@timeout` in `<source>`. */
  reconnectTimeout: prop('reconnect/@timeout', codec.uint),
  /** `reconnect/@delay` in `<source>`. */
  reconnectDelay: prop('reconnect/@delay', codec.uint),
}) {}

/** `<reservations>` (`/domainsnapshot/disks/disk/source/dataStore/source/reservations`). */
export class DomainSnapshotSourceReservations extends defineElement('reservations', {
  /** `@managed` in `<reservations>`. */
  managed: prop('@managed', codec.yesNo),
  /** The `<source>` element (`source`), as a view; undefined when absent. */
  source: child('source', DomainSnapshotReservationsSource),
}) {}

/** `<initiator>` (`/domainsnapshot/disks/disk/source/dataStore/source/initiator`). */
export class DomainSnapshotSourceInitiator extends defineElement('initiator', {
  /** Name: `iqn/@name` in `<initiator>`. */
  iqnName: prop('iqn/@name', codec.string),
}) {}

/** `<cookies>` (`/domainsnapshot/disks/disk/source/dataStore/source/cookies`). */
export class DomainSnapshotSourceCookies extends defineElement('cookies', {
  /** The `<cookie>` elements (`cookie`), as a live list. */
  cookies: children('cookie', DomainSnapshotSourceCookie),
}) {}

/** What a snapshot disk's source and its data store's source share: libvirt's network storage source. */
const networkSource = {
  /** The `<host>` elements (`host`), as a live list. */
  hosts: children('host', DomainSnapshotSourceHost),
  /** Enabled: `reconnect/@enabled` in `<source>`. */
  reconnectEnabled: prop('reconnect/@enabled', codec.yesNo),
  /** `reconnect/@timeout` in `<source>`. */
  reconnectTimeout: prop('reconnect/@timeout', codec.uint),
  /** `reconnect/@delay` in `<source>`. */
  reconnectDelay: prop('reconnect/@delay', codec.uint),
  /** Name: `snapshot/@name` in `<source>`. */
  snapshotName: prop('snapshot/@name', codec.string),
  /** File path: `config/@file` in `<source>`. */
  configFile: prop('config/@file', codec.string),
  /** The `<auth>` element (`auth`), as a view; undefined when absent. */
  auth: child('auth', DomainSnapshotSourceAuth),
  /** The `<initiator>` element (`initiator`), as a view; undefined when absent. */
  initiator: child('initiator', DomainSnapshotSourceInitiator),
  /** The `<cookies>` element (`cookies`), as a view; undefined when absent. */
  cookies: child('cookies', DomainSnapshotSourceCookies),
  /** Size: `readahead/@size` in `<source>`. A `number`, or a `bigint` beyond 2^53 − 1. */
  readaheadSize: prop('readahead/@size', codec.u64),
  /** `timeout/@seconds` in `<source>`. A `number`, or a `bigint` beyond 2^53 − 1. */
  timeoutSeconds: prop('timeout/@seconds', codec.u64),
  /** `ssl/@verify` in `<source>`. */
  sslVerify: prop('ssl/@verify', codec.yesNo),
  /** Path: `knownHosts/@path` in `<source>`. */
  knownHostsPath: prop('knownHosts/@path', codec.string),
  /** `identity/@username` in `<source>`. */
  identityUsername: prop('identity/@username', codec.string),
  /** `identity/@keyfile` in `<source>`. */
  identityKeyfile: prop('identity/@keyfile', codec.string),
  /** `identity/@agentsock` in `<source>`. */
  identityAgentsock: prop('identity/@agentsock', codec.string),
  /** `identity/@user` in `<source>`. */
  identityUser: prop('identity/@user', codec.string),
  /** Group (gid): `identity/@group` in `<source>`. */
  identityGroup: prop('identity/@group', codec.string),
}

/** `<source>` (`/domainsnapshot/disks/disk/source/dataStore/source`). */
export class DomainSnapshotDataStoreSource extends defineElement('source', {
  /** File path: `@file` in `<source>`. */
  file: prop('@file', codec.string),
  /** `@fdgroup` in `<source>`. */
  fdgroup: prop('@fdgroup', codec.string),
  /** Device path: `@dev` in `<source>`. */
  dev: prop('@dev', codec.string),
  /** `@dir` in `<source>`. */
  dir: prop('@dir', codec.string),
  /** Protocol: `@protocol` in `<source>`. */
  protocol: prop('@protocol', codec.enum('nbd', 'gluster', 'rbd', 'iscsi', 'http', 'https', 'ftps', 'ftp', 'ssh', 'sheepdog', 'tftp', 'vxhs', 'nfs')),
  /** Name: `@name` in `<source>`. */
  name: prop('@name', codec.string),
  /** `@tls` in `<source>`. */
  tls: prop('@tls', codec.yesNo),
  /** `@tlsHostname` in `<source>`. */
  tlsHostname: prop('@tlsHostname', codec.string),
  /** `@query` in `<source>`. */
  query: prop('@query', codec.string),
  /** `@pool` in `<source>`. */
  pool: prop('@pool', codec.string),
  /** `@volume` in `<source>`. */
  volume: prop('@volume', codec.string),
  /** Mode: `@mode` in `<source>`. */
  mode: prop('@mode', codec.enum('host', 'direct')),
  /** Type: `@type` in `<source>`. */
  type: prop('@type', codec.enum('pci', 'unix')),
  /** `@namespace` in `<source>`. */
  namespace: prop('@namespace', codec.hex),
  /** `@managed` in `<source>`. */
  managed: prop('@managed', codec.yesNo),
  /** Path: `@path` in `<source>`. */
  path: prop('@path', codec.string),
  /** The `<encryption>` element (`encryption`), as a view; undefined when absent. */
  encryption: child('encryption', DomainSnapshotSourceEncryption),
  /** The `<seclabel>` elements (`seclabel`), as a live list. */
  seclabels: children('seclabel', DomainSnapshotSourceSeclabel),
  /** The `<reservations>` element (`reservations`), as a view; undefined when absent. */
  reservations: child('reservations', DomainSnapshotSourceReservations),
  ...networkSource,
  /** PCI domain: `address/@domain` in `<source>`. */
  addressDomain: prop('address/@domain', codec.hex),
  /** Bus: `address/@bus` in `<source>`. */
  addressBus: prop('address/@bus', codec.hex),
  /** Slot: `address/@slot` in `<source>`. */
  addressSlot: prop('address/@slot', codec.hex),
  /** Function: `address/@function` in `<source>`. */
  addressFunction: prop('address/@function', codec.hex),
  /** `address/@multifunction` in `<source>`. */
  addressMultifunction: prop('address/@multifunction', codec.onOff),
}, { order: ['encryption', 'seclabel', 'reservations', 'host', 'reconnect', 'snapshot', 'config', 'auth', 'initiator', 'cookies', 'readahead', 'timeout', 'ssl', 'knownHosts', 'identity', 'address'] }) {}

/** `<dataStore>` (`/domainsnapshot/disks/disk/source/dataStore`). */
export class DomainSnapshotSourceDataStore extends defineElement('dataStore', {
  /** Type: `@type` in `<dataStore>`. */
  type: prop('@type', codec.enum('file', 'block', 'dir', 'network', 'volume', 'nvme', 'vhostuser', 'vhostvdpa')),
  /** The `<format>` element (`format`), as a view; undefined when absent. */
  format: child('format', DomainSnapshotDataStoreFormat),
  /** The `<source>` element (`source`), as a view; undefined when absent. */
  source: child('source', DomainSnapshotDataStoreSource),
}, { order: ['format', 'source'] }) {}

/** `<source>` (`/domainsnapshot/disks/disk/source`). */
export class DomainSnapshotDiskSource extends defineElement('source', {
  /** File path: `@file` in `<source>`. */
  file: prop('@file', codec.string),
  /** Index: `@index` in `<source>`. */
  index: prop('@index', codec.uint),
  /** Device path: `@dev` in `<source>`. */
  dev: prop('@dev', codec.string),
  /** Protocol: `@protocol` in `<source>`. */
  protocol: prop('@protocol', codec.enum('nbd', 'gluster', 'rbd', 'iscsi', 'http', 'https', 'ftps', 'ftp', 'ssh', 'sheepdog', 'tftp', 'vxhs', 'nfs')),
  /** Name: `@name` in `<source>`. */
  name: prop('@name', codec.string),
  /** `@tls` in `<source>`. */
  tls: prop('@tls', codec.yesNo),
  /** `@tlsHostname` in `<source>`. */
  tlsHostname: prop('@tlsHostname', codec.string),
  /** `@query` in `<source>`. */
  query: prop('@query', codec.string),
  /** The `<seclabel>` elements (`seclabel`), as a live list. */
  seclabels: children('seclabel', DomainSnapshotSourceSeclabel),
  /** The `<slices>` element (`slices`), as a view; undefined when absent. */
  slices: child('slices', DomainSnapshotSourceSlices),
  /** The `<dataStore>` element (`dataStore`), as a view; undefined when absent. */
  dataStore: child('dataStore', DomainSnapshotSourceDataStore),
  /** The `<encryption>` element (`encryption`), as a view; undefined when absent. */
  encryption: child('encryption', DomainSnapshotSourceEncryption),
  ...networkSource,
}, { order: ['seclabel', 'slices', 'dataStore', 'encryption', 'host', 'reconnect', 'snapshot', 'config', 'auth', 'initiator', 'cookies', 'readahead', 'timeout', 'ssl', 'knownHosts', 'identity'] }) {}

/** overrides the no-op version in storagecommon.rng (`/domainsnapshot/disks/disk/driver`). */
export class DomainSnapshotDiskDriver extends defineElement('driver', {
  /** Type: `@type` in `<driver>`. */
  type: prop('@type', codec.enum('cow', 'qcow', 'qcow2', 'qed', 'vmdk')),
  /** The `<metadata_cache>` element (`metadata_cache`), as a view; undefined when absent. */
  metadataCache: child('metadata_cache', DomainSnapshotFormatMetadataCache),
}) {}

/** `<disk>` (`/domainsnapshot/disks/disk`). */
export class DomainSnapshotDisk extends defineElement('disk', {
  /** Name: `@name` in `<disk>`. */
  name: prop('@name', codec.string),
  /** Snapshot mode: `@snapshot` in `<disk>`. */
  snapshot: prop('@snapshot', codec.enum('no', 'internal', 'external', 'manual')),
  /** Type: `@type` in `<disk>`. */
  type: prop('@type', codec.enum('file', 'block', 'network')),
  /** The `<source>` element (`source`), as a view; undefined when absent. */
  source: child('source', DomainSnapshotDiskSource),
  /** overrides the no-op version in storagecommon.rng */
  driver: child('driver', DomainSnapshotDiskDriver),
  /** Whether `<disk>` has `<snapshotDeleteInProgress/>` (`snapshotDeleteInProgress`). */
  snapshotDeleteInProgress: flag('snapshotDeleteInProgress'),
}, { order: ['source', 'driver', 'snapshotDeleteInProgress'] }) {}
