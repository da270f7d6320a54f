import { child, codec, defineElement, prop } from '../core/index.js'
import { StoragePermissions } from '../storagepool/index.js'
import { StorageVolTargetTimestamps } from './common.js'

/** `<backingStore>` (`/volume/backingStore`). */
export class StorageVolBackingStore extends defineElement('backingStore', {
  /** Path: `path` in `<backingStore>`. */
  path: prop('path', codec.string),
  /** Type: `format/@type` in `<backingStore>`. */
  formatType: prop('format/@type', codec.enum('unknown', 'raw', 'dir', 'bochs', 'cloop', 'dmg', 'iso', 'vpc', 'vdi', 'fat', 'vhd', 'ploop', 'luks', 'cow', 'qcow', 'qcow2', 'qed', 'vmdk', 'none', 'auto', 'ext2', 'ext3', 'ext4', 'ufs', 'iso9660', 'udf', 'gfs', 'gfs2', 'vfat', 'hfs+', 'xfs', 'ocfs2', 'vmfs', 'linux', 'fat16', 'fat32', 'linux-swap', 'linux-lvm', 'linux-raid', 'extended')),
  /** The `<permissions>` element (`permissions`), as a view; undefined when absent. */
  permissions: child('permissions', StoragePermissions),
  /** The `<timestamps>` element (`timestamps`), as a view; undefined when absent. */
  timestamps: child('timestamps', StorageVolTargetTimestamps),
}, { order: ['path', 'format', 'permissions', 'timestamps'] }) {}
