import { child, children, codec, defineElement, flag, prop, size } from '../core/index.js'

/** `<label>` (`/domainsnapshot/disks/disk/source/seclabel/label`). */
export class DomainSnapshotSeclabelLabel extends defineElement('label', {
  value: prop('.', codec.string),
}) {}

/** `<seclabel>` (`/domainsnapshot/disks/disk/source/seclabel`). */
export class DomainSnapshotSourceSeclabel extends defineElement('seclabel', {
  /** A per-device seclabel override is more limited, either relabel=no or a <label> must be present on input; output also can include labelskip=yes. */
  model: prop('@model', codec.string),
  relabel: prop('@relabel', codec.yesNo),
  labelskip: prop('@labelskip', codec.enum('yes')),
  labels: children('label', DomainSnapshotSeclabelLabel),
}) {}

/** `<slices>` (`/domainsnapshot/disks/disk/source/slices`). */
export class DomainSnapshotSourceSlices extends defineElement('slices', {
  sliceType: prop('slice/@type', codec.enum('storage')),
  sliceOffset: prop('slice/@offset', codec.uint),
  sliceSize: prop('slice/@size', codec.uint),
}) {}

/** `<metadata_cache>` (`/domainsnapshot/disks/disk/source/dataStore/format/metadata_cache`). */
export class DomainSnapshotFormatMetadataCache extends defineElement('metadata_cache', {
  maxSize: size('max_size'),
}) {}

/** `<format>` (`/domainsnapshot/disks/disk/source/dataStore/format`). */
export class DomainSnapshotDataStoreFormat extends defineElement('format', {
  type: prop('@type', codec.enum('raw', 'dir', 'bochs', 'cloop', 'dmg', 'iso', 'vpc', 'vdi', 'fat', 'vhd', 'ploop', 'luks', 'cow', 'qcow', 'qcow2', 'qed', 'vmdk')),
  metadataCache: child('metadata_cache', DomainSnapshotFormatMetadataCache),
}) {}

/** `<secret>` (`/domainsnapshot/disks/disk/source/dataStore/source/encryption/secret`). */
export class DomainSnapshotEncryptionSecret extends defineElement('secret', {
  type: prop('@type', codec.enum('passphrase')),
  uuid: prop('@uuid', codec.uuid),
  usage: prop('@usage', codec.string),
}) {}

/** `<encryption>` (`/domainsnapshot/disks/disk/source/dataStore/source/encryption`). */
export class DomainSnapshotSourceEncryption extends defineElement('encryption', {
  format: prop('@format', codec.enum('default', 'qcow', 'luks', 'luks2', 'luks-any')),
  engine: prop('@engine', codec.enum('qemu', 'librbd')),
  secrets: children('secret', DomainSnapshotEncryptionSecret),
  cipherName: prop('cipher/@name', codec.string),
  cipherSize: prop('cipher/@size', codec.uint),
  cipherMode: prop('cipher/@mode', codec.string),
  cipherHash: prop('cipher/@hash', codec.string),
  ivgenName: prop('ivgen/@name', codec.string),
  ivgenHash: prop('ivgen/@hash', codec.string),
}, { order: ['secret', 'cipher', 'ivgen'] }) {}

/** `<source>` (`/domainsnapshot/disks/disk/source/dataStore/source/reservations/source`). */
export class DomainSnapshotReservationsSource extends defineElement('source', {
  type: prop('@type', codec.enum('unix')),
  path: prop('@path', codec.string),
  mode: prop('@mode', codec.enum('server', 'client')),
  reconnectEnabled: prop('reconnect/@enabled', codec.yesNo),
  reconnectTimeout: prop('reconnect/@timeout', codec.uint),
  reconnectDelay: prop('reconnect/@delay', codec.uint),
}) {}

/** `<reservations>` (`/domainsnapshot/disks/disk/source/dataStore/source/reservations`). */
export class DomainSnapshotSourceReservations extends defineElement('reservations', {
  managed: prop('@managed', codec.yesNo),
  source: child('source', DomainSnapshotReservationsSource),
}) {}

/** `<host>` (`/domainsnapshot/disks/disk/source/dataStore/source/host`). */
export class DomainSnapshotSourceHost extends defineElement('host', {
  transport: prop('@transport', codec.enum('tcp', 'rdma', 'unix')),
  name: prop('@name', codec.string),
  port: prop('@port', codec.uint),
  socket: prop('@socket', codec.string),
}) {}

/** `<auth>` (`/domainsnapshot/disks/disk/source/dataStore/source/auth`). */
export class DomainSnapshotSourceAuth extends defineElement('auth', {
  username: prop('@username', codec.string),
  secretType: prop('secret/@type', codec.enum('ceph', 'iscsi')),
  secretUuid: prop('secret/@uuid', codec.uuid),
  secretUsage: prop('secret/@usage', codec.string),
}) {}

/** `<initiator>` (`/domainsnapshot/disks/disk/source/dataStore/source/initiator`). */
export class DomainSnapshotSourceInitiator extends defineElement('initiator', {
  iqnName: prop('iqn/@name', codec.string),
}) {}

/** `<cookie>` (`/domainsnapshot/disks/disk/source/dataStore/source/cookies/cookie`). */
export class DomainSnapshotSourceCookie extends defineElement('cookie', {
  name: prop('@name', codec.string),
  value: prop('.', codec.string),
}) {}

/** `<cookies>` (`/domainsnapshot/disks/disk/source/dataStore/source/cookies`). */
export class DomainSnapshotSourceCookies extends defineElement('cookies', {
  cookies: children('cookie', DomainSnapshotSourceCookie),
}) {}

/** `<source>` (`/domainsnapshot/disks/disk/source/dataStore/source`). */
export class DomainSnapshotDataStoreSource extends defineElement('source', {
  file: prop('@file', codec.string),
  fdgroup: prop('@fdgroup', codec.string),
  dev: prop('@dev', codec.string),
  dir: prop('@dir', codec.string),
  protocol: prop('@protocol', codec.enum('nbd', 'gluster', 'rbd', 'iscsi', 'http', 'https', 'ftps', 'ftp', 'ssh', 'sheepdog', 'tftp', 'vxhs', 'nfs')),
  name: prop('@name', codec.string),
  tls: prop('@tls', codec.yesNo),
  tlsHostname: prop('@tlsHostname', codec.string),
  query: prop('@query', codec.string),
  pool: prop('@pool', codec.string),
  volume: prop('@volume', codec.string),
  mode: prop('@mode', codec.enum('host', 'direct')),
  type: prop('@type', codec.enum('pci', 'unix')),
  namespace: prop('@namespace', codec.hex),
  managed: prop('@managed', codec.yesNo),
  path: prop('@path', codec.string),
  encryption: child('encryption', DomainSnapshotSourceEncryption),
  seclabels: children('seclabel', DomainSnapshotSourceSeclabel),
  reservations: child('reservations', DomainSnapshotSourceReservations),
  hosts: children('host', DomainSnapshotSourceHost),
  reconnectEnabled: prop('reconnect/@enabled', codec.yesNo),
  reconnectTimeout: prop('reconnect/@timeout', codec.uint),
  reconnectDelay: prop('reconnect/@delay', codec.uint),
  snapshotName: prop('snapshot/@name', codec.string),
  configFile: prop('config/@file', codec.string),
  auth: child('auth', DomainSnapshotSourceAuth),
  initiator: child('initiator', DomainSnapshotSourceInitiator),
  cookies: child('cookies', DomainSnapshotSourceCookies),
  readaheadSize: prop('readahead/@size', codec.uint),
  timeoutSeconds: prop('timeout/@seconds', codec.uint),
  sslVerify: prop('ssl/@verify', codec.yesNo),
  knownHostsPath: prop('knownHosts/@path', codec.string),
  identityUsername: prop('identity/@username', codec.string),
  identityKeyfile: prop('identity/@keyfile', codec.string),
  identityAgentsock: prop('identity/@agentsock', codec.string),
  identityUser: prop('identity/@user', codec.string),
  identityGroup: prop('identity/@group', codec.string),
  addressDomain: prop('address/@domain', codec.hex),
  addressBus: prop('address/@bus', codec.hex),
  addressSlot: prop('address/@slot', codec.hex),
  addressFunction: prop('address/@function', codec.hex),
  addressMultifunction: prop('address/@multifunction', codec.onOff),
}, { order: ['encryption', 'seclabel', 'reservations', 'host', 'reconnect', 'snapshot', 'config', 'auth', 'initiator', 'cookies', 'readahead', 'timeout', 'ssl', 'knownHosts', 'identity', 'address'] }) {}

/** `<dataStore>` (`/domainsnapshot/disks/disk/source/dataStore`). */
export class DomainSnapshotSourceDataStore extends defineElement('dataStore', {
  type: prop('@type', codec.enum('file', 'block', 'dir', 'network', 'volume', 'nvme', 'vhostuser', 'vhostvdpa')),
  format: child('format', DomainSnapshotDataStoreFormat),
  source: child('source', DomainSnapshotDataStoreSource),
}, { order: ['format', 'source'] }) {}

/** `<source>` (`/domainsnapshot/disks/disk/source`). */
export class DomainSnapshotDiskSource extends defineElement('source', {
  file: prop('@file', codec.string),
  index: prop('@index', codec.uint),
  dev: prop('@dev', codec.string),
  protocol: prop('@protocol', codec.enum('nbd', 'gluster', 'rbd', 'iscsi', 'http', 'https', 'ftps', 'ftp', 'ssh', 'sheepdog', 'tftp', 'vxhs', 'nfs')),
  name: prop('@name', codec.string),
  tls: prop('@tls', codec.yesNo),
  tlsHostname: prop('@tlsHostname', codec.string),
  query: prop('@query', codec.string),
  seclabels: children('seclabel', DomainSnapshotSourceSeclabel),
  slices: child('slices', DomainSnapshotSourceSlices),
  dataStore: child('dataStore', DomainSnapshotSourceDataStore),
  encryption: child('encryption', DomainSnapshotSourceEncryption),
  hosts: children('host', DomainSnapshotSourceHost),
  reconnectEnabled: prop('reconnect/@enabled', codec.yesNo),
  reconnectTimeout: prop('reconnect/@timeout', codec.uint),
  reconnectDelay: prop('reconnect/@delay', codec.uint),
  snapshotName: prop('snapshot/@name', codec.string),
  configFile: prop('config/@file', codec.string),
  auth: child('auth', DomainSnapshotSourceAuth),
  initiator: child('initiator', DomainSnapshotSourceInitiator),
  cookies: child('cookies', DomainSnapshotSourceCookies),
  readaheadSize: prop('readahead/@size', codec.uint),
  timeoutSeconds: prop('timeout/@seconds', codec.uint),
  sslVerify: prop('ssl/@verify', codec.yesNo),
  knownHostsPath: prop('knownHosts/@path', codec.string),
  identityUsername: prop('identity/@username', codec.string),
  identityKeyfile: prop('identity/@keyfile', codec.string),
  identityAgentsock: prop('identity/@agentsock', codec.string),
  identityUser: prop('identity/@user', codec.string),
  identityGroup: prop('identity/@group', codec.string),
}, { order: ['seclabel', 'slices', 'dataStore', 'encryption', 'host', 'reconnect', 'snapshot', 'config', 'auth', 'initiator', 'cookies', 'readahead', 'timeout', 'ssl', 'knownHosts', 'identity'] }) {}

/** overrides the no-op version in storagecommon.rng (`/domainsnapshot/disks/disk/driver`). */
export class DomainSnapshotDiskDriver extends defineElement('driver', {
  type: prop('@type', codec.enum('cow', 'qcow', 'qcow2', 'qed', 'vmdk')),
  metadataCache: child('metadata_cache', DomainSnapshotFormatMetadataCache),
}) {}

/** `<disk>` (`/domainsnapshot/disks/disk`). */
export class DomainSnapshotDisk extends defineElement('disk', {
  name: prop('@name', codec.string),
  snapshot: prop('@snapshot', codec.enum('no', 'internal', 'external', 'manual')),
  type: prop('@type', codec.enum('file', 'block', 'network')),
  source: child('source', DomainSnapshotDiskSource),
  /** overrides the no-op version in storagecommon.rng */
  driver: child('driver', DomainSnapshotDiskDriver),
  snapshotDeleteInProgress: flag('snapshotDeleteInProgress'),
}, { order: ['source', 'driver', 'snapshotDeleteInProgress'] }) {}
