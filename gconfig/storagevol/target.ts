import { child, codec, defineElement, flag, prop, size } from '../core/index.js'
import { StoragePermissions } from '../storagepool/index.js'
import { StorageVolTargetTimestamps } from './common.js'
import { StorageVolTargetEncryption } from './encryption.js'

/** `<features>` (`/volume/target/features`). */
export class StorageVolTargetFeatures extends defineElement('features', {
  /** Whether `<features>` has `<lazy_refcounts/>` (`lazy_refcounts`). */
  lazyRefcounts: flag('lazy_refcounts'),
  /** Whether `<features>` has `<extended_l2/>` (`extended_l2`). */
  extendedL2: flag('extended_l2'),
}, { order: ['lazy_refcounts', 'extended_l2'] }) {}

/** `<target>` (`/volume/target`). */
export class StorageVolTarget extends defineElement('target', {
  /** Path: `path` in `<target>`. */
  path: prop('path', codec.string),
  /** Type: `format/@type` in `<target>`. */
  formatType: prop('format/@type', codec.enum('unknown', 'raw', 'dir', 'bochs', 'cloop', 'dmg', 'iso', 'vpc', 'vdi', 'fat', 'vhd', 'ploop', 'luks', 'cow', 'qcow', 'qcow2', 'qed', 'vmdk', 'none', 'auto', 'ext2', 'ext3', 'ext4', 'ufs', 'iso9660', 'udf', 'gfs', 'gfs2', 'vfat', 'hfs+', 'xfs', 'ocfs2', 'vmfs', 'linux', 'fat16', 'fat32', 'linux-swap', 'linux-lvm', 'linux-raid', 'extended')),
  /** The `<permissions>` element (`permissions`), as a view; undefined when absent. */
  permissions: child('permissions', StoragePermissions),
  /** The `<timestamps>` element (`timestamps`), as a view; undefined when absent. */
  timestamps: child('timestamps', StorageVolTargetTimestamps),
  /** The `<encryption>` element (`encryption`), as a view; undefined when absent. */
  encryption: child('encryption', StorageVolTargetEncryption),
  /** Compatibility level: `compat` in `<target>`. */
  compat: prop('compat', codec.string),
  /** Whether `<target>` has `<nocow/>` (`nocow`). */
  nocow: flag('nocow'),
  /** Cluster size, in bytes: `clusterSize` in `<target>`. */
  clusterSize: size('clusterSize'),
  /** The `<features>` element (`features`), as a view; undefined when absent. */
  features: child('features', StorageVolTargetFeatures),
}, { order: ['path', 'format', 'permissions', 'timestamps', 'encryption', 'compat', 'nocow', 'clusterSize', 'features'] }) {}
