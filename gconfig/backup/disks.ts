import { child, children, codec, defineElement, prop } from '../core/index.js'
import { DomainDeviceSeclabel as DomainBackupTargetSeclabel } from '../domain/common.js'
import { StorageVolTargetEncryption as DomainBackupTargetEncryption } from '../storagevol/encryption.js'

// A backup target's <seclabel> and <encryption> are the schemas' shared definitions (devSeclabel,
// storagecommon's encryption): the same classes as a domain disk's, under the backup kind's names.
export {
  /** `<seclabel>` of a backup target or scratch: the domain kind's {@link DomainDeviceSeclabel}. */
  DomainDeviceSeclabel as DomainBackupTargetSeclabel,
} from '../domain/common.js'
export {
  /** `<encryption>` of a backup target or scratch: the storage kind's {@link StorageVolTargetEncryption}. */
  StorageVolTargetEncryption as DomainBackupTargetEncryption,
} from '../storagevol/encryption.js'

/** `<target>` (`/domainbackup/disks/disk/target`). */
export class DomainBackupDiskTarget extends defineElement('target', {
  /** File path: `@file` in `<target>`. */
  file: prop('@file', codec.string),
  /** Device path: `@dev` in `<target>`. */
  dev: prop('@dev', codec.string),
  /** The `<seclabel>` elements (`seclabel`), as a live list. */
  seclabels: children('seclabel', DomainBackupTargetSeclabel),
  /** The `<encryption>` element (`encryption`), as a view; undefined when absent. */
  encryption: child('encryption', DomainBackupTargetEncryption),
}, { order: ['seclabel', 'encryption'] }) {}

/** `<scratch>` (`/domainbackup/disks/disk/scratch`). */
export class DomainBackupDiskScratch extends defineElement('scratch', {
  /** File path: `@file` in `<scratch>`. */
  file: prop('@file', codec.string),
  /** Device path: `@dev` in `<scratch>`. */
  dev: prop('@dev', codec.string),
  /** The `<seclabel>` elements (`seclabel`), as a live list. */
  seclabels: children('seclabel', DomainBackupTargetSeclabel),
  /** The `<encryption>` element (`encryption`), as a view; undefined when absent. */
  encryption: child('encryption', DomainBackupTargetEncryption),
}, { order: ['seclabel', 'encryption'] }) {}

/** `<disk>` (`/domainbackup/disks/disk`). */
export class DomainBackupDisk extends defineElement('disk', {
  /** Name: `@name` in `<disk>`. */
  name: prop('@name', codec.string),
  /** Backup mode: `@backupmode` in `<disk>`. */
  backupmode: prop('@backupmode', codec.enum('full', 'incremental')),
  /** Incremental base: `@incremental` in `<disk>`. */
  incremental: prop('@incremental', codec.string),
  /** Allow to plainly select a disk for backup without any other config */
  backup: prop('@backup', codec.yesNo),
  /** Type: `@type` in `<disk>`. */
  type: prop('@type', codec.enum('file', 'block')),
  /** Export name: `@exportname` in `<disk>`. */
  exportname: prop('@exportname', codec.string),
  /** Export bitmap: `@exportbitmap` in `<disk>`. */
  exportbitmap: prop('@exportbitmap', codec.string),
  /** The `<target>` element (`target`), as a view; undefined when absent. */
  target: child('target', DomainBackupDiskTarget),
  /** Type: `driver/@type` in `<disk>`. */
  driverType: prop('driver/@type', codec.enum('raw', 'dir', 'bochs', 'cloop', 'dmg', 'iso', 'vpc', 'vdi', 'fat', 'vhd', 'ploop', 'luks', 'cow', 'qcow', 'qcow2', 'qed', 'vmdk')),
  /** The `<scratch>` element (`scratch`), as a view; undefined when absent. */
  scratch: child('scratch', DomainBackupDiskScratch),
}, { order: ['target', 'driver', 'scratch'] }) {}

/** `<disks>` (`/domainbackup/disks`). */
export class DomainBackupDisks extends defineElement('disks', {
  /** The `<disk>` elements (`disk`), as a live list. */
  disks: children('disk', DomainBackupDisk),
}) {}
