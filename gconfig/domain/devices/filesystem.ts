/**
 * `<filesystem>`: a host directory, file, block device or RAM disk shared with the guest
 * (9p, virtiofs, container mounts).
 * @module
 */
import { codec, defineElement, flag, prop, size } from '../../core/index.js'
import { deviceBoot, deviceCommon, virtioDriverOptions } from '../common.js'
import { diskFormat } from './disk-source.js'

/** `<filesystem>`: a shared filesystem. */
export class DomainFilesys extends defineElement('filesystem', {
  /** Source type. */
  type: prop('@type', codec.enum('mount', 'block', 'file', 'template', 'ram', 'bind', 'volume')),
  /** 9p security model. */
  accessmode: prop('@accessmode', codec.enum('passthrough', 'mapped', 'squash')),
  /** 9p handling of several host devices. */
  multidevs: prop('@multidevs', codec.enum('default', 'remap', 'forbid', 'warn')),
  /** Virtio model. */
  model: prop('@model', codec.enum('virtio', 'virtio-transitional', 'virtio-non-transitional')),
  /** File mode for new files (octal). */
  fmode: prop('@fmode', codec.pattern(/^[0-7]{1,4}$/, 'an octal mode')),
  /** Directory mode for new directories (octal). */
  dmode: prop('@dmode', codec.pattern(/^[0-7]{1,4}$/, 'an octal mode')),
  /** Driver type. */
  driverType: prop('driver/@type', codec.enum('path', 'handle', 'loop', 'nbd', 'ploop', 'virtiofs', 'mtp')),
  /** Image format (loop, nbd). */
  driverFormat: prop('driver/@format', diskFormat),
  /** Write policy. */
  driverWrpolicy: prop('driver/@wrpolicy', codec.enum('immediate')),
  /** virtiofs queue size. */
  driverQueue: prop('driver/@queue', codec.uint),
  ...virtioDriverOptions,
  /** virtiofsd binary. */
  binaryPath: prop('binary/@path', codec.string),
  /** virtiofsd extended attributes. */
  binaryXattr: prop('binary/@xattr', codec.onOff),
  /** virtiofsd cache mode. */
  binaryCacheMode: prop('binary/cache/@mode', codec.enum('none', 'always')),
  /** virtiofsd sandbox. */
  binarySandboxMode: prop('binary/sandbox/@mode', codec.enum('namespace', 'chroot')),
  /** virtiofsd POSIX locks. */
  binaryLockPosix: prop('binary/lock/@posix', codec.onOff),
  /** virtiofsd flock. */
  binaryLockFlock: prop('binary/lock/@flock', codec.onOff),
  /** virtiofsd thread pool size. */
  binaryThreadPoolSize: prop('binary/thread_pool/@size', codec.uint),
  /** virtiofsd open files limit. */
  binaryOpenfilesMax: prop('binary/openfiles/@max', codec.uint),
  /** Source directory (mount, bind). */
  sourceDir: prop('source/@dir', codec.string),
  /** Source file (file). */
  sourceFile: prop('source/@file', codec.string),
  /** Source block device (block). */
  sourceDev: prop('source/@dev', codec.string),
  /** Template name (template). */
  sourceName: prop('source/@name', codec.string),
  /** RAM disk size (ram), in `@units`. */
  sourceUsage: prop('source/@usage', codec.uint),
  /** Unit of `sourceUsage`. */
  sourceUnits: prop('source/@units', codec.string),
  /** Externally started virtiofsd socket. */
  sourceSocket: prop('source/@socket', codec.string),
  /** Storage pool (volume). */
  sourcePool: prop('source/@pool', codec.string),
  /** Volume (volume). */
  sourceVolume: prop('source/@volume', codec.string),
  /** Mount point or 9p/virtiofs tag in the guest. */
  targetDir: prop('target/@dir', codec.string),
  /** Read-only. */
  readonly: flag('readonly'),
  /** Hard quota, bytes. */
  spaceHardLimit: size('space_hard_limit'),
  /** Soft quota, bytes. */
  spaceSoftLimit: size('space_soft_limit'),
  /** First guest user id mapped (virtiofs idmap). */
  idmapUidStart: prop('idmap/uid/@start', codec.uint),
  /** Host user id it maps to. */
  idmapUidTarget: prop('idmap/uid/@target', codec.uint),
  /** Number of user ids mapped. */
  idmapUidCount: prop('idmap/uid/@count', codec.uint),
  /** First guest group id mapped. */
  idmapGidStart: prop('idmap/gid/@start', codec.uint),
  /** Host group id it maps to. */
  idmapGidTarget: prop('idmap/gid/@target', codec.uint),
  /** Number of group ids mapped. */
  idmapGidCount: prop('idmap/gid/@count', codec.uint),
  ...deviceBoot,
  ...deviceCommon,
}, {
  order: ['driver', 'binary', 'idmap', 'source', 'target', 'readonly', 'space_hard_limit', 'space_soft_limit', 'boot', 'alias', 'acpi', 'address'],
  childOrder: { binary: ['cache', 'sandbox', 'lock', 'thread_pool', 'openfiles'], idmap: ['uid', 'gid'] },
}) {}
