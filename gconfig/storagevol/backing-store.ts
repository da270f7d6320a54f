import { child, codec, defineElement, prop } from '../core/index.js'
import { StoragePermissions } from '../storagepool/index.js'
import { StorageVolTargetTimestamps } from './common.js'

/** `<backingStore>` (`/volume/backingStore`). */
export class StorageVolBackingStore extends defineElement('backingStore', {
  path: prop('path', codec.string),
  formatType: prop('format/@type', codec.enum('unknown', 'raw', 'dir', 'bochs', 'cloop', 'dmg', 'iso', 'vpc', 'vdi', 'fat', 'vhd', 'ploop', 'luks', 'cow', 'qcow', 'qcow2', 'qed', 'vmdk', 'none', 'auto', 'ext2', 'ext3', 'ext4', 'ufs', 'iso9660', 'udf', 'gfs', 'gfs2', 'vfat', 'hfs+', 'xfs', 'ocfs2', 'vmfs', 'linux', 'fat16', 'fat32', 'linux-swap', 'linux-lvm', 'linux-raid', 'extended')),
  permissions: child('permissions', StoragePermissions),
  timestamps: child('timestamps', StorageVolTargetTimestamps),
}, { order: ['path', 'format', 'permissions', 'timestamps'] }) {}
