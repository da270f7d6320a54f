import { child, children, codec, defineElement, prop } from '../core/index.js'

/** `<freeExtent>` (`/pool/source/device/freeExtent`). */
export class StoragePoolSourceDeviceFreeExtent extends defineElement('freeExtent', {
  /** Start: `@start` in `<freeExtent>`. */
  start: prop('@start', codec.uint),
  /** End: `@end` in `<freeExtent>`. */
  end: prop('@end', codec.uint),
}) {}

/** `<device>` (`/pool/source/device`). */
export class StoragePoolSourceDevice extends defineElement('device', {
  /** Path: `@path` in `<device>`. */
  path: prop('@path', codec.string),
  /** `@part_separator` in `<device>`. */
  partSeparator: prop('@part_separator', codec.yesNo),
  /** The `<freeExtent>` elements (`freeExtent`), as a live list. */
  freeExtents: children('freeExtent', StoragePoolSourceDeviceFreeExtent),
}) {}

/** `<format>` (`/pool/source/format`). */
export class StoragePoolSourceFormat extends defineElement('format', {
  /** Type: `@type` in `<format>`. */
  type: prop('@type', codec.enum('auto', 'ext2', 'ext3', 'ext4', 'ufs', 'iso9660', 'udf', 'gfs', 'gfs2', 'vfat', 'hfs+', 'xfs', 'ocfs2', 'vmfs', 'nfs', 'cifs', 'glusterfs', 'unknown', 'lvm2', 'dos', 'dvh', 'gpt', 'mac', 'bsd', 'pc98', 'sun')),
  /** Name: `vendor/@name` in `<format>`. */
  vendorName: prop('vendor/@name', codec.string),
  /** Name: `product/@name` in `<format>`. */
  productName: prop('product/@name', codec.string),
}, { order: ['vendor', 'product'] }) {}

/** `<host>` (`/pool/source/host`). */
export class StoragePoolSourceHost extends defineElement('host', {
  /** Name: `@name` in `<host>`. */
  name: prop('@name', codec.string),
  /** Port: `@port` in `<host>`. */
  port: prop('@port', codec.int),
}) {}

/** `<name>` (`/pool/source/name`). */
export class StoragePoolSourceName extends defineElement('name', {
  /** The text of `<name>`. */
  value: prop('.', codec.string),
}) {}

/** `<initiator>` (`/pool/source/initiator`). */
export class StoragePoolSourceInitiator extends defineElement('initiator', {
  /** Name: `iqn/@name` in `<initiator>`. */
  iqnName: prop('iqn/@name', codec.string),
}) {}

/** `<auth>` (`/pool/source/auth`). */
export class StoragePoolSourceAuth extends defineElement('auth', {
  /** Type: `@type` in `<auth>`. */
  type: prop('@type', codec.enum('chap', 'ceph')),
  /** `@username` in `<auth>`. */
  username: prop('@username', codec.string),
  /** UUID: `secret/@uuid` in `<auth>`. */
  secretUuid: prop('secret/@uuid', codec.string),
  /** Usage: `secret/@usage` in `<auth>`. */
  secretUsage: prop('secret/@usage', codec.string),
}) {}

/** `<parentaddr>` (`/pool/source/adapter/parentaddr`). */
export class StoragePoolSourceAdapterParentaddr extends defineElement('parentaddr', {
  /** `@unique_id` in `<parentaddr>`. */
  uniqueId: prop('@unique_id', codec.uint),
  /** PCI domain: `address/@domain` in `<parentaddr>`. */
  addressDomain: prop('address/@domain', codec.hex),
  /** Bus: `address/@bus` in `<parentaddr>`. */
  addressBus: prop('address/@bus', codec.hex),
  /** Slot: `address/@slot` in `<parentaddr>`. */
  addressSlot: prop('address/@slot', codec.hex),
  /** Function: `address/@function` in `<parentaddr>`. */
  addressFunction: prop('address/@function', codec.hex),
  /** `address/@multifunction` in `<parentaddr>`. */
  addressMultifunction: prop('address/@multifunction', codec.onOff),
}) {}

/** `<adapter>` (`/pool/source/adapter`). */
export class StoragePoolSourceAdapter extends defineElement('adapter', {
  /** To keep back-compat, "type" is not mandatory for scsi_host adapter */
  type: prop('@type', codec.enum('scsi_host', 'fc_host')),
  /** Name: `@name` in `<adapter>`. */
  name: prop('@name', codec.string),
  /** Parent: `@parent` in `<adapter>`. */
  parent: prop('@parent', codec.string),
  /** `@managed` in `<adapter>`. */
  managed: prop('@managed', codec.yesNo),
  /** `@parent_wwnn` in `<adapter>`. */
  parentWwnn: prop('@parent_wwnn', codec.string),
  /** `@parent_wwpn` in `<adapter>`. */
  parentWwpn: prop('@parent_wwpn', codec.string),
  /** `@parent_fabric_wwn` in `<adapter>`. */
  parentFabricWwn: prop('@parent_fabric_wwn', codec.string),
  /** World wide node name: `@wwnn` in `<adapter>`. */
  wwnn: prop('@wwnn', codec.string),
  /** World wide port name: `@wwpn` in `<adapter>`. */
  wwpn: prop('@wwpn', codec.string),
  /** The `<parentaddr>` element (`parentaddr`), as a view; undefined when absent. */
  parentaddr: child('parentaddr', StoragePoolSourceAdapterParentaddr),
}) {}

/** `<source>` (`/pool/source`). */
export class StoragePoolSource extends defineElement('source', {
  /** Name: `vendor/@name` in `<source>`. */
  vendorName: prop('vendor/@name', codec.string),
  /** Name: `product/@name` in `<source>`. */
  productName: prop('product/@name', codec.string),
  /** The `<device>` elements (`device`), as a live list. */
  devices: children('device', StoragePoolSourceDevice),
  /** The `<format>` element (`format`), as a view; undefined when absent. */
  format: child('format', StoragePoolSourceFormat),
  /** The `<host>` elements (`host`), as a live list. */
  hosts: children('host', StoragePoolSourceHost),
  /** Path: `dir/@path` in `<source>`. */
  dirPath: prop('dir/@path', codec.string),
  /** `protocol/@ver` in `<source>`. */
  protocolVer: prop('protocol/@ver', codec.string),
  /** The `<name>` elements (`name`), as a live list. */
  names: children('name', StoragePoolSourceName),
  /** The `<initiator>` element (`initiator`), as a view; undefined when absent. */
  initiator: child('initiator', StoragePoolSourceInitiator),
  /** The `<auth>` element (`auth`), as a view; undefined when absent. */
  auth: child('auth', StoragePoolSourceAuth),
  /** The `<adapter>` element (`adapter`), as a view; undefined when absent. */
  adapter: child('adapter', StoragePoolSourceAdapter),
}, { order: ['vendor', 'product', 'device', 'format', 'host', 'dir', 'protocol', 'name', 'initiator', 'auth', 'adapter'] }) {}
