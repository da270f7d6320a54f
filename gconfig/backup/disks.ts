import { child, children, codec, defineElement, prop } from '../core/index.js'

/** `<label>` (`/domainbackup/disks/disk/target/seclabel/label`). */
export class DomainBackupSeclabelLabel extends defineElement('label', {
  value: prop('.', codec.string),
}) {}

/** `<seclabel>` (`/domainbackup/disks/disk/target/seclabel`). */
export class DomainBackupTargetSeclabel extends defineElement('seclabel', {
  /** A per-device seclabel override is more limited, either relabel=no or a <label> must be present on input; output also can include labelskip=yes. */
  model: prop('@model', codec.string),
  relabel: prop('@relabel', codec.yesNo),
  labelskip: prop('@labelskip', codec.enum('yes')),
  labels: children('label', DomainBackupSeclabelLabel),
}) {}

/** `<encryption>` (`/domainbackup/disks/disk/target/encryption`). */
export class DomainBackupTargetEncryption extends defineElement('encryption', {
  format: prop('@format', codec.enum('luks')),
  engine: prop('@engine', codec.enum('qemu')),
  secretType: prop('secret/@type', codec.enum('passphrase')),
  secretUuid: prop('secret/@uuid', codec.uuid),
  secretUsage: prop('secret/@usage', codec.string),
  cipherName: prop('cipher/@name', codec.string),
  cipherSize: prop('cipher/@size', codec.uint),
  cipherMode: prop('cipher/@mode', codec.string),
  cipherHash: prop('cipher/@hash', codec.string),
  ivgenName: prop('ivgen/@name', codec.string),
  ivgenHash: prop('ivgen/@hash', codec.string),
}, { order: ['secret', 'cipher', 'ivgen'] }) {}

/** `<target>` (`/domainbackup/disks/disk/target`). */
export class DomainBackupDiskTarget extends defineElement('target', {
  file: prop('@file', codec.string),
  dev: prop('@dev', codec.string),
  seclabels: children('seclabel', DomainBackupTargetSeclabel),
  encryption: child('encryption', DomainBackupTargetEncryption),
}, { order: ['seclabel', 'encryption'] }) {}

/** `<scratch>` (`/domainbackup/disks/disk/scratch`). */
export class DomainBackupDiskScratch extends defineElement('scratch', {
  file: prop('@file', codec.string),
  dev: prop('@dev', codec.string),
  seclabels: children('seclabel', DomainBackupTargetSeclabel),
  encryption: child('encryption', DomainBackupTargetEncryption),
}, { order: ['seclabel', 'encryption'] }) {}

/** `<disk>` (`/domainbackup/disks/disk`). */
export class DomainBackupDisk extends defineElement('disk', {
  name: prop('@name', codec.string),
  backupmode: prop('@backupmode', codec.enum('full', 'incremental')),
  incremental: prop('@incremental', codec.string),
  /** Allow to plainly select a disk for backup without any other config */
  backup: prop('@backup', codec.yesNo),
  type: prop('@type', codec.enum('file', 'block')),
  exportname: prop('@exportname', codec.string),
  exportbitmap: prop('@exportbitmap', codec.string),
  target: child('target', DomainBackupDiskTarget),
  driverType: prop('driver/@type', codec.enum('raw', 'dir', 'bochs', 'cloop', 'dmg', 'iso', 'vpc', 'vdi', 'fat', 'vhd', 'ploop', 'luks', 'cow', 'qcow', 'qcow2', 'qed', 'vmdk')),
  scratch: child('scratch', DomainBackupDiskScratch),
}, { order: ['target', 'driver', 'scratch'] }) {}

/** `<disks>` (`/domainbackup/disks`). */
export class DomainBackupDisks extends defineElement('disks', {
  disks: children('disk', DomainBackupDisk),
}) {}
