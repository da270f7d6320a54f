import { child, children, codec, defineElement, prop } from '../core/index.js'

/** `<freeExtent>` (`/pool/source/device/freeExtent`). */
export class StoragePoolSourceDeviceFreeExtent extends defineElement('freeExtent', {
  start: prop('@start', codec.uint),
  end: prop('@end', codec.uint),
}) {}

/** `<device>` (`/pool/source/device`). */
export class StoragePoolSourceDevice extends defineElement('device', {
  path: prop('@path', codec.string),
  partSeparator: prop('@part_separator', codec.yesNo),
  freeExtents: children('freeExtent', StoragePoolSourceDeviceFreeExtent),
}) {}

/** `<format>` (`/pool/source/format`). */
export class StoragePoolSourceFormat extends defineElement('format', {
  type: prop('@type', codec.enum('auto', 'ext2', 'ext3', 'ext4', 'ufs', 'iso9660', 'udf', 'gfs', 'gfs2', 'vfat', 'hfs+', 'xfs', 'ocfs2', 'vmfs', 'nfs', 'cifs', 'glusterfs', 'unknown', 'lvm2', 'dos', 'dvh', 'gpt', 'mac', 'bsd', 'pc98', 'sun')),
  vendorName: prop('vendor/@name', codec.string),
  productName: prop('product/@name', codec.string),
}, { order: ['vendor', 'product'] }) {}

/** `<host>` (`/pool/source/host`). */
export class StoragePoolSourceHost extends defineElement('host', {
  name: prop('@name', codec.string),
  port: prop('@port', codec.int),
}) {}

/** `<name>` (`/pool/source/name`). */
export class StoragePoolSourceName extends defineElement('name', {
  value: prop('.', codec.string),
}) {}

/** `<initiator>` (`/pool/source/initiator`). */
export class StoragePoolSourceInitiator extends defineElement('initiator', {
  iqnName: prop('iqn/@name', codec.string),
}) {}

/** `<auth>` (`/pool/source/auth`). */
export class StoragePoolSourceAuth extends defineElement('auth', {
  type: prop('@type', codec.enum('chap', 'ceph')),
  username: prop('@username', codec.string),
  secretUuid: prop('secret/@uuid', codec.string),
  secretUsage: prop('secret/@usage', codec.string),
}) {}

/** `<parentaddr>` (`/pool/source/adapter/parentaddr`). */
export class StoragePoolSourceAdapterParentaddr extends defineElement('parentaddr', {
  uniqueId: prop('@unique_id', codec.uint),
  addressDomain: prop('address/@domain', codec.hex),
  addressBus: prop('address/@bus', codec.hex),
  addressSlot: prop('address/@slot', codec.hex),
  addressFunction: prop('address/@function', codec.hex),
  addressMultifunction: prop('address/@multifunction', codec.onOff),
}) {}

/** `<adapter>` (`/pool/source/adapter`). */
export class StoragePoolSourceAdapter extends defineElement('adapter', {
  /** To keep back-compat, "type" is not mandatory for scsi_host adapter */
  type: prop('@type', codec.enum('scsi_host', 'fc_host')),
  name: prop('@name', codec.string),
  parent: prop('@parent', codec.string),
  managed: prop('@managed', codec.yesNo),
  parentWwnn: prop('@parent_wwnn', codec.string),
  parentWwpn: prop('@parent_wwpn', codec.string),
  parentFabricWwn: prop('@parent_fabric_wwn', codec.string),
  wwnn: prop('@wwnn', codec.string),
  wwpn: prop('@wwpn', codec.string),
  parentaddr: child('parentaddr', StoragePoolSourceAdapterParentaddr),
}) {}

/** `<source>` (`/pool/source`). */
export class StoragePoolSource extends defineElement('source', {
  vendorName: prop('vendor/@name', codec.string),
  productName: prop('product/@name', codec.string),
  devices: children('device', StoragePoolSourceDevice),
  format: child('format', StoragePoolSourceFormat),
  hosts: children('host', StoragePoolSourceHost),
  dirPath: prop('dir/@path', codec.string),
  protocolVer: prop('protocol/@ver', codec.string),
  names: children('name', StoragePoolSourceName),
  initiator: child('initiator', StoragePoolSourceInitiator),
  auth: child('auth', StoragePoolSourceAuth),
  adapter: child('adapter', StoragePoolSourceAdapter),
}, { order: ['vendor', 'product', 'device', 'format', 'host', 'dir', 'protocol', 'name', 'initiator', 'auth', 'adapter'] }) {}
