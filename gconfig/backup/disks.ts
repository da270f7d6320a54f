import { child, children, codec, defineElement, prop } from '../core/index.js'

/** `<label>` (`/domainbackup/disks/disk/target/seclabel/label`). */
export class DomainBackupSeclabelLabel extends defineElement('label', {
  /** The text of `<label>`. */
  value: prop('.', codec.string),
}) {}

/** `<seclabel>` (`/domainbackup/disks/disk/target/seclabel`). */
export class DomainBackupTargetSeclabel extends defineElement('seclabel', {
  /** A per-device seclabel override is more limited, either relabel=no or a <label> must be present on input; output also can include labelskip=yes. */
  model: prop('@model', codec.string),
  /** Whether libvirt relabels: `@relabel` in `<seclabel>`. */
  relabel: prop('@relabel', codec.yesNo),
  /** Label skipped (output only): `@labelskip` in `<seclabel>`. */
  labelskip: prop('@labelskip', codec.enum('yes')),
  /** The `<label>` elements (`label`), as a live list. */
  labels: children('label', DomainBackupSeclabelLabel),
}) {}

/** `<encryption>` (`/domainbackup/disks/disk/target/encryption`). */
export class DomainBackupTargetEncryption extends defineElement('encryption', {
  /** Format: `@format` in `<encryption>`. */
  format: prop('@format', codec.enum('luks')),
  /** Encryption engine: `@engine` in `<encryption>`. */
  engine: prop('@engine', codec.enum('qemu')),
  /** Type: `secret/@type` in `<encryption>`. */
  secretType: prop('secret/@type', codec.enum('passphrase')),
  /** UUID: `secret/@uuid` in `<encryption>`. */
  secretUuid: prop('secret/@uuid', codec.uuid),
  /** Usage: `secret/@usage` in `<encryption>`. */
  secretUsage: prop('secret/@usage', codec.string),
  /** Name: `cipher/@name` in `<encryption>`. */
  cipherName: prop('cipher/@name', codec.string),
  /** Size: `cipher/@size` in `<encryption>`. */
  cipherSize: prop('cipher/@size', codec.uint),
  /** Mode: `cipher/@mode` in `<encryption>`. */
  cipherMode: prop('cipher/@mode', codec.string),
  /** Hash: `cipher/@hash` in `<encryption>`. */
  cipherHash: prop('cipher/@hash', codec.string),
  /** Name: `ivgen/@name` in `<encryption>`. */
  ivgenName: prop('ivgen/@name', codec.string),
  /** Hash: `ivgen/@hash` in `<encryption>`. */
  ivgenHash: prop('ivgen/@hash', codec.string),
}, { order: ['secret', 'cipher', 'ivgen'] }) {}

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
