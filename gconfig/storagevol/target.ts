import { child, children, codec, defineElement, flag, prop, size } from '../core/index.js'
import { StoragePermissions } from '../storagepool/index.js'
import { StorageVolTargetTimestamps } from './common.js'

/** `<secret>` (`/volume/target/encryption/secret`). */
export class StorageVolTargetEncryptionSecret extends defineElement('secret', {
  type: prop('@type', codec.enum('passphrase')),
  uuid: prop('@uuid', codec.uuid),
  usage: prop('@usage', codec.string),
}) {}

/** `<encryption>` (`/volume/target/encryption`). */
export class StorageVolTargetEncryption extends defineElement('encryption', {
  format: prop('@format', codec.enum('default', 'qcow', 'luks', 'luks2', 'luks-any')),
  engine: prop('@engine', codec.enum('qemu', 'librbd')),
  secrets: children('secret', StorageVolTargetEncryptionSecret),
  cipherName: prop('cipher/@name', codec.string),
  cipherSize: prop('cipher/@size', codec.uint),
  cipherMode: prop('cipher/@mode', codec.string),
  cipherHash: prop('cipher/@hash', codec.string),
  ivgenName: prop('ivgen/@name', codec.string),
  ivgenHash: prop('ivgen/@hash', codec.string),
}, { order: ['secret', 'cipher', 'ivgen'] }) {}

/** `<features>` (`/volume/target/features`). */
export class StorageVolTargetFeatures extends defineElement('features', {
  lazyRefcounts: flag('lazy_refcounts'),
  extendedL2: flag('extended_l2'),
}, { order: ['lazy_refcounts', 'extended_l2'] }) {}

/** `<target>` (`/volume/target`). */
export class StorageVolTarget extends defineElement('target', {
  path: prop('path', codec.string),
  formatType: prop('format/@type', codec.enum('unknown', 'raw', 'dir', 'bochs', 'cloop', 'dmg', 'iso', 'vpc', 'vdi', 'fat', 'vhd', 'ploop', 'luks', 'cow', 'qcow', 'qcow2', 'qed', 'vmdk', 'none', 'auto', 'ext2', 'ext3', 'ext4', 'ufs', 'iso9660', 'udf', 'gfs', 'gfs2', 'vfat', 'hfs+', 'xfs', 'ocfs2', 'vmfs', 'linux', 'fat16', 'fat32', 'linux-swap', 'linux-lvm', 'linux-raid', 'extended')),
  permissions: child('permissions', StoragePermissions),
  timestamps: child('timestamps', StorageVolTargetTimestamps),
  encryption: child('encryption', StorageVolTargetEncryption),
  compat: prop('compat', codec.string),
  nocow: flag('nocow'),
  clusterSize: size('clusterSize'),
  features: child('features', StorageVolTargetFeatures),
}, { order: ['path', 'format', 'permissions', 'timestamps', 'encryption', 'compat', 'nocow', 'clusterSize', 'features'] }) {}
