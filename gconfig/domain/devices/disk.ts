/**
 * `<disk>`: a block device of the guest, with its driver, source, backing chain, throttling and
 * target.
 * @module
 */
import { child, children, codec, defineElement, flag, prop, size, type ConfigClass, type ConfigObject } from '../../core/index.js'
import { deviceBoot, deviceCommon, virtioDriverOptions } from '../common.js'
import { DomainDiskEncryption, DomainDiskAuth, DomainDiskSource, diskFormat, diskSourceType } from './disk-source.js'

/** The throttling settings `<iotune>` and `<throttlegroup>` share. Rates are per second. */
export const iotuneSpec = {
  /** Total bytes per second. A `number`, or a `bigint` beyond 2^53 − 1. */
  totalBytesSec: prop('total_bytes_sec', codec.u64),
  /** Read bytes per second. A `number`, or a `bigint` beyond 2^53 − 1. */
  readBytesSec: prop('read_bytes_sec', codec.u64),
  /** Write bytes per second. A `number`, or a `bigint` beyond 2^53 − 1. */
  writeBytesSec: prop('write_bytes_sec', codec.u64),
  /** Total operations per second. A `number`, or a `bigint` beyond 2^53 − 1. */
  totalIopsSec: prop('total_iops_sec', codec.u64),
  /** Read operations per second. A `number`, or a `bigint` beyond 2^53 − 1. */
  readIopsSec: prop('read_iops_sec', codec.u64),
  /** Write operations per second. A `number`, or a `bigint` beyond 2^53 − 1. */
  writeIopsSec: prop('write_iops_sec', codec.u64),
  /** Burst total bytes per second. A `number`, or a `bigint` beyond 2^53 − 1. */
  totalBytesSecMax: prop('total_bytes_sec_max', codec.u64),
  /** Burst read bytes per second. A `number`, or a `bigint` beyond 2^53 − 1. */
  readBytesSecMax: prop('read_bytes_sec_max', codec.u64),
  /** Burst write bytes per second. A `number`, or a `bigint` beyond 2^53 − 1. */
  writeBytesSecMax: prop('write_bytes_sec_max', codec.u64),
  /** Burst total operations per second. A `number`, or a `bigint` beyond 2^53 − 1. */
  totalIopsSecMax: prop('total_iops_sec_max', codec.u64),
  /** Burst read operations per second. A `number`, or a `bigint` beyond 2^53 − 1. */
  readIopsSecMax: prop('read_iops_sec_max', codec.u64),
  /** Burst write operations per second. A `number`, or a `bigint` beyond 2^53 − 1. */
  writeIopsSecMax: prop('write_iops_sec_max', codec.u64),
  /** Size of one I/O operation for iops accounting. A `number`, or a `bigint` beyond 2^53 − 1. */
  sizeIopsSec: prop('size_iops_sec', codec.u64),
  /** Throttle group shared with other disks. */
  groupName: prop('group_name', codec.string),
  /** Burst duration in seconds for total bytes. A `number`, or a `bigint` beyond 2^53 − 1. */
  totalBytesSecMaxLength: prop('total_bytes_sec_max_length', codec.u64),
  /** Burst duration in seconds for read bytes. A `number`, or a `bigint` beyond 2^53 − 1. */
  readBytesSecMaxLength: prop('read_bytes_sec_max_length', codec.u64),
  /** Burst duration in seconds for write bytes. A `number`, or a `bigint` beyond 2^53 − 1. */
  writeBytesSecMaxLength: prop('write_bytes_sec_max_length', codec.u64),
  /** Burst duration in seconds for total operations. A `number`, or a `bigint` beyond 2^53 − 1. */
  totalIopsSecMaxLength: prop('total_iops_sec_max_length', codec.u64),
  /** Burst duration in seconds for read operations. A `number`, or a `bigint` beyond 2^53 − 1. */
  readIopsSecMaxLength: prop('read_iops_sec_max_length', codec.u64),
  /** Burst duration in seconds for write operations. A `number`, or a `bigint` beyond 2^53 − 1. */
  writeIopsSecMaxLength: prop('write_iops_sec_max_length', codec.u64),
} as const

/** libvirt's order of the throttling elements. */
export const iotuneOrder = ['total_bytes_sec', 'read_bytes_sec', 'write_bytes_sec', 'total_iops_sec', 'read_iops_sec', 'write_iops_sec',
    'total_bytes_sec_max', 'read_bytes_sec_max', 'write_bytes_sec_max', 'total_iops_sec_max', 'read_iops_sec_max', 'write_iops_sec_max',
    'size_iops_sec', 'group_name', 'total_bytes_sec_max_length', 'read_bytes_sec_max_length', 'write_bytes_sec_max_length',
    'total_iops_sec_max_length', 'read_iops_sec_max_length', 'write_iops_sec_max_length'] as const

/** `<iotune>`: per-disk I/O throttling. */
export class DomainDiskIotune extends defineElement('iotune', iotuneSpec, { order: iotuneOrder }) {}

/** `<throttlefilter>`: membership of a disk in a domain throttle group. */
export class DomainDiskThrottleFilter extends defineElement('throttlefilter', {
  /** Name of a `<throttlegroup>`. */
  group: prop('@group', codec.string),
}) {}

/** `<queue>` of a driver `<iothread>`: a virtqueue served by that IOThread. */
export class DomainDriverIothreadQueue extends defineElement('queue', {
  /** Queue id. */
  id: prop('@id', codec.uint),
}) {}

/** `<iothread>` of a disk or controller driver: an IOThread and the queues it serves. */
export class DomainDriverIothread extends defineElement('iothread', {
  /** IOThread id. */
  id: prop('@id', codec.uint),
  /** Queues served. */
  queues: children('queue', DomainDriverIothreadQueue),
}) {}

/** One layer of a disk's backing chain (`<backingStore>`). */
export class DomainDiskBackingStore extends defineElement('backingStore', {
  /** Source type of this layer. */
  type: prop('@type', diskSourceType),
  /** Chain index (set by libvirt). */
  index: prop('@index', codec.uint),
  /** Image format of this layer. */
  format: prop('format/@type', diskFormat),
  /** qcow2 metadata cache maximum size of this layer, bytes. */
  formatMetadataCacheMaxSize: size('format/metadata_cache/max_size'),
  /** Where this layer lives. */
  source: child('source', DomainDiskSource),
  /** The next layer down. */
  backingStore: child('backingStore', (): ConfigClass<ConfigObject> => DomainDiskBackingStore),
}, { order: ['format', 'source', 'backingStore'] }) {
  // The declaration cannot name its own class's type (TypeScript refuses a class in its own base
  // expression), so the accessor it gives is narrowed here; `declare` emits nothing.
  /** The next layer down. */
  declare backingStore: DomainDiskBackingStore | undefined
}

/** `<mirror>`: a block copy or active commit job in progress. */
export class DomainDiskMirror extends defineElement('mirror', {
  /** Source type of the destination. */
  type: prop('@type', diskSourceType),
  /** Job kind. */
  job: prop('@job', codec.enum('copy', 'active-commit')),
  /** Job readiness. */
  ready: prop('@ready', codec.enum('yes', 'abort', 'pivot')),
  /** Legacy destination file. */
  file: prop('@file', codec.string),
  /** Legacy destination format. */
  formatAttr: prop('@format', diskFormat),
  /** Destination format. */
  format: prop('format/@type', diskFormat),
  /** Destination qcow2 metadata cache maximum size, bytes. */
  formatMetadataCacheMaxSize: size('format/metadata_cache/max_size'),
  /** Destination. */
  source: child('source', DomainDiskSource),
  /** Destination's backing chain top. */
  backingStore: child('backingStore', DomainDiskBackingStore),
}, { order: ['format', 'source', 'backingStore'] }) {}

/** `<disk>`: a guest disk, CD-ROM, floppy or LUN. */
export class DomainDisk extends defineElement('disk', {
  /** Source type. */
  type: prop('@type', diskSourceType),
  /** What the guest sees. */
  device: prop('@device', codec.enum('disk', 'cdrom', 'floppy', 'lun')),
  /** Allow raw I/O (lun). */
  rawio: prop('@rawio', codec.yesNo),
  /** SCSI generic I/O filtering (lun). */
  sgio: prop('@sgio', codec.enum('filtered', 'unfiltered')),
  /** Default snapshot mode for this disk. */
  snapshot: prop('@snapshot', codec.enum('no', 'internal', 'external', 'manual')),
  /** Virtio device model. */
  model: prop('@model', codec.enum('virtio', 'virtio-transitional', 'virtio-non-transitional')),
  /** Driver back-end (`qemu`, `tap`, `file`…). */
  driverName: prop('driver/@name', codec.string),
  /** Image format. */
  driverType: prop('driver/@type', diskFormat),
  /** Host cache mode. */
  driverCache: prop('driver/@cache', codec.enum('default', 'none', 'writethrough', 'writeback', 'directsync', 'unsafe')),
  /** Behaviour on write errors. */
  driverErrorPolicy: prop('driver/@error_policy', codec.enum('stop', 'report', 'ignore', 'enospace')),
  /** Behaviour on read errors. */
  driverRerrorPolicy: prop('driver/@rerror_policy', codec.enum('stop', 'report', 'ignore')),
  /** I/O mode. */
  driverIo: prop('driver/@io', codec.enum('threads', 'native', 'io_uring')),
  /** ioeventfd. */
  driverIoeventfd: prop('driver/@ioeventfd', codec.onOff),
  /** Virtio event index. */
  driverEventIdx: prop('driver/@event_idx', codec.onOff),
  /** Copy-on-read. */
  driverCopyOnRead: prop('driver/@copy_on_read', codec.onOff),
  /** Discard handling. */
  driverDiscard: prop('driver/@discard', codec.enum('unmap', 'ignore')),
  /** Do not unref clusters on discard (qcow2). */
  driverDiscardNoUnref: prop('driver/@discard_no_unref', codec.onOff),
  /** IOThread id serving this disk. */
  driverIothread: prop('driver/@iothread', codec.uint),
  /** Detect zero writes. */
  driverDetectZeroes: prop('driver/@detect_zeroes', codec.enum('off', 'on', 'unmap')),
  /** Number of virtqueues. */
  driverQueues: prop('driver/@queues', codec.uint),
  /** Virtqueue size. */
  driverQueueSize: prop('driver/@queue_size', codec.uint),
  /** qcow2 metadata cache maximum size, in bytes. */
  driverMetadataCacheMaxSize: size('driver/metadata_cache/max_size'),
  /** IOThreads serving this disk's queues. */
  driverIothreads: children('driver/iothreads/iothread', DomainDriverIothread),
  ...virtioDriverOptions,
  /** Where the data lives. */
  source: child('source', DomainDiskSource),
  /** Image file of a `type='file'` disk (`<source file>`); the same as `source.file`, creating `<source>` when set. */
  sourceFile: prop('source/@file', codec.string),
  /** Host block device of a `type='block'` disk (`<source dev>`); the same as `source.dev`. */
  sourceDev: prop('source/@dev', codec.string),
  /** Top of the backing chain. */
  backingStore: child('backingStore', DomainDiskBackingStore),
  /** Block job in progress. */
  mirror: child('mirror', DomainDiskMirror),
  /** Legacy credentials (newer XML puts `<auth>` inside `<source>`). */
  auth: child('auth', DomainDiskAuth),
  /** Legacy encryption (newer XML puts it inside `<source>`). */
  encryption: child('encryption', DomainDiskEncryption),
  /** Geometry cylinders. */
  geometryCyls: prop('geometry/@cyls', codec.uint),
  /** Geometry heads. */
  geometryHeads: prop('geometry/@heads', codec.uint),
  /** Geometry sectors. */
  geometrySecs: prop('geometry/@secs', codec.uint),
  /** BIOS translation. */
  geometryTrans: prop('geometry/@trans', codec.enum('none', 'auto', 'lba')),
  /** Logical block size. */
  blockioLogicalBlockSize: prop('blockio/@logical_block_size', codec.uint),
  /** Physical block size. */
  blockioPhysicalBlockSize: prop('blockio/@physical_block_size', codec.uint),
  /** Discard granularity. */
  blockioDiscardGranularity: prop('blockio/@discard_granularity', codec.uint),
  /** Guest device name (`vda`, `sdb`…). */
  targetDev: prop('target/@dev', codec.string),
  /** Guest bus. */
  targetBus: prop('target/@bus', codec.enum('ide', 'fdc', 'scsi', 'virtio', 'xen', 'usb', 'uml', 'sata', 'sd')),
  /** CD-ROM tray state. */
  targetTray: prop('target/@tray', codec.enum('open', 'closed')),
  /** USB/SCSI removable flag. */
  targetRemovable: prop('target/@removable', codec.onOff),
  /** Rotation rate reported to the guest (1 = SSD). */
  targetRotationRate: prop('target/@rotation_rate', codec.uint),
  /** I/O throttling. */
  iotune: child('iotune', DomainDiskIotune),
  /** Throttle groups applied to this disk. */
  throttleFilters: children('throttlefilters/throttlefilter', DomainDiskThrottleFilter),
  ...deviceBoot,
  /** Read-only disk. */
  readonly: flag('readonly'),
  /** Shared between domains. */
  shareable: flag('shareable'),
  /** Changes are discarded when the domain stops. */
  transient: flag('transient'),
  /** Share the original image as backing of the transient overlay. */
  transientShareBacking: prop('transient/@shareBacking', codec.yesNo),
  /** Serial number. */
  serial: prop('serial', codec.string),
  /** SCSI World Wide Name. */
  wwn: prop('wwn', codec.pattern(/^(0x)?[0-9a-fA-F]{16}$/, 'a 16-digit hexadecimal WWN')),
  /** SCSI vendor. */
  vendor: prop('vendor', codec.string),
  /** SCSI product. */
  product: prop('product', codec.string),
  /** Xen back-end domain. */
  backenddomainName: prop('backenddomain/@name', codec.string),
  ...deviceCommon,
}, {
  order: ['driver', 'auth', 'source', 'backingStore', 'backenddomain', 'geometry', 'blockio', 'mirror', 'target', 'iotune', 'throttlefilters',
    'readonly', 'shareable', 'transient', 'serial', 'wwn', 'vendor', 'product', 'encryption', 'boot', 'alias', 'acpi', 'address'],
  childOrder: { driver: ['metadata_cache', 'iothreads'] },
}) {}
