import { child, children, codec, defineElement, prop } from '../core/index.js'

/** `<hardware>` (`/device/capability/hardware`). */
export class NodeDeviceCapabilityHardware extends defineElement('hardware', {
  /** Vendor: `vendor` in `<hardware>`. */
  vendor: prop('vendor', codec.string),
  /** Version: `version` in `<hardware>`. */
  version: prop('version', codec.string),
  /** Serial number: `serial` in `<hardware>`. */
  serial: prop('serial', codec.string),
  /** UUID: `uuid` in `<hardware>`. */
  uuid: prop('uuid', codec.uuid),
}, { order: ['vendor', 'version', 'serial', 'uuid'] }) {}

/** `<firmware>` (`/device/capability/firmware`). */
export class NodeDeviceCapabilityFirmware extends defineElement('firmware', {
  /** Vendor: `vendor` in `<firmware>`. */
  vendor: prop('vendor', codec.string),
  /** Version: `version` in `<firmware>`. */
  version: prop('version', codec.string),
  /** Release date: `release_date` in `<firmware>`. */
  releaseDate: prop('release_date', codec.string),
}, { order: ['vendor', 'version', 'release_date'] }) {}

/** `<address>` (`/device/capability/capability/address`). */
export class NodeDeviceCapabilityAddress extends defineElement('address', {
  /** PCI domain: `@domain` in `<address>`. */
  domain: prop('@domain', codec.hex),
  /** Bus: `@bus` in `<address>`. */
  bus: prop('@bus', codec.hex),
  /** Slot: `@slot` in `<address>`. */
  slot: prop('@slot', codec.hex),
  /** Function: `@function` in `<address>`. */
  function: prop('@function', codec.hex),
}) {}

/** `<type>` (`/device/capability/capability/type`). */
export class NodeDeviceCapabilityType extends defineElement('type', {
  /** Identifier: `@id` in `<type>`. */
  id: prop('@id', codec.string),
  /** Name: `name` in `<type>`. */
  name: prop('name', codec.string),
  /** `deviceAPI` in `<type>`. */
  deviceAPI: prop('deviceAPI', codec.enum('vfio-pci', 'vfio-ccw', 'vfio-ap')),
  /** `availableInstances` in `<type>`. */
  availableInstances: prop('availableInstances', codec.uint),
}, { order: ['name', 'deviceAPI', 'availableInstances'] }) {}

/** `<vendor_field>` (`/device/capability/capability/fields/vendor_field`). */
export class NodeDeviceFieldsVendorField extends defineElement('vendor_field', {
  /** Index: `@index` in `<vendor_field>`. */
  index: prop('@index', codec.string),
  /** The text of `<vendor_field>`. */
  value: prop('.', codec.string),
}) {}

/** `<system_field>` (`/device/capability/capability/fields/system_field`). */
export class NodeDeviceFieldsSystemField extends defineElement('system_field', {
  /** Index: `@index` in `<system_field>`. */
  index: prop('@index', codec.string),
  /** The text of `<system_field>`. */
  value: prop('.', codec.string),
}) {}

/** `<fields>` (`/device/capability/capability/fields`). */
export class NodeDeviceCapabilityFields extends defineElement('fields', {
  /** `@access` in `<fields>`. */
  access: prop('@access', codec.enum('readonly', 'readwrite')),
  /** `change_level` in `<fields>`. */
  changeLevel: prop('change_level', codec.string),
  /** `manufacture_id` in `<fields>`. */
  manufactureId: prop('manufacture_id', codec.string),
  /** `part_number` in `<fields>`. */
  partNumber: prop('part_number', codec.string),
  /** `serial_number` in `<fields>`. */
  serialNumber: prop('serial_number', codec.string),
  /** The `<vendor_field>` elements (`vendor_field`), as a live list. */
  vendorFields: children('vendor_field', NodeDeviceFieldsVendorField),
  /** `asset_tag` in `<fields>`. */
  assetTag: prop('asset_tag', codec.string),
  /** The `<system_field>` elements (`system_field`), as a live list. */
  systemFields: children('system_field', NodeDeviceFieldsSystemField),
}, { order: ['change_level', 'manufacture_id', 'part_number', 'serial_number', 'vendor_field', 'asset_tag', 'system_field'] }) {}

/** `<capability>` (`/device/capability/capability`). */
export class NodeDeviceSubCapability extends defineElement('capability', {
  /** Type: `@type` in `<capability>`. */
  type: prop('@type', codec.enum('phys_function', 'virt_functions', 'pci-bridge', 'cardbus-bridge', 'mdev_types', 'vpd', '80203', '80211', 'fc_host', 'vport_ops', 'fc_remote_port', 'removable', 'hotpluggable', 'ccwgroup_member', 'qeth_generic', 'qeth_layer2', 'qeth_layer3')),
  /** `@maxCount` in `<capability>`. */
  maxCount: prop('@maxCount', codec.uint),
  /** The `<address>` elements (`address`), as a live list. */
  addresses: children('address', NodeDeviceCapabilityAddress),
  /** The `<type>` elements (`type`), as a live list. */
  types: children('type', NodeDeviceCapabilityType),
  /** Name: `name` in `<capability>`. */
  name: prop('name', codec.string),
  /** The `<fields>` elements (`fields`), as a live list. */
  fields: children('fields', NodeDeviceCapabilityFields),
  /** World wide node name: `wwnn` in `<capability>`. */
  wwnn: prop('wwnn', codec.string),
  /** World wide port name: `wwpn` in `<capability>`. */
  wwpn: prop('wwpn', codec.string),
  /** `fabric_wwn` in `<capability>`. */
  fabricWwn: prop('fabric_wwn', codec.string),
  /** `max_vports` in `<capability>`. */
  maxVports: prop('max_vports', codec.uint),
  /** `vports` in `<capability>`. */
  vports: prop('vports', codec.uint),
  /** `rport` in `<capability>`. */
  rport: prop('rport', codec.string),
  /** `media_available` in `<capability>`. */
  mediaAvailable: prop('media_available', codec.enum('1', '0')),
  /** `media_size` in `<capability>`. A `number`, or a `bigint` beyond 2^53 − 1. */
  mediaSize: prop('media_size', codec.u64),
  /** `media_label` in `<capability>`. */
  mediaLabel: prop('media_label', codec.string),
  /** `logical_block_size` in `<capability>`. A `number`, or a `bigint` beyond 2^53 − 1. */
  logicalBlockSize: prop('logical_block_size', codec.u64),
  /** `num_blocks` in `<capability>`. A `number`, or a `bigint` beyond 2^53 − 1. */
  numBlocks: prop('num_blocks', codec.u64),
  /** `group_device` in `<capability>`. */
  groupDevice: prop('group_device', codec.string),
  /** `card_type` in `<capability>`. */
  cardType: prop('card_type', codec.string),
  /** `chpid` in `<capability>`. */
  chpid: prop('chpid', codec.string),
}, { order: ['address', 'type', 'name', 'fields', 'wwnn', 'wwpn', 'fabric_wwn', 'max_vports', 'vports', 'rport', 'media_available', 'media_size', 'media_label', 'logical_block_size', 'num_blocks', 'group_device', 'card_type', 'chpid'] }) {}

/** `<iommuGroup>` (`/device/capability/iommuGroup`). */
export class NodeDeviceCapabilityIommuGroup extends defineElement('iommuGroup', {
  /** `@number` in `<iommuGroup>`. */
  number: prop('@number', codec.uint),
  /** The `<address>` elements (`address`), as a live list. */
  addresses: children('address', NodeDeviceCapabilityAddress),
}) {}

/** `<link>` (`/device/capability/pci-express/link`). */
export class NodeDevicePciExpressLink extends defineElement('link', {
  /** `@validity` in `<link>`. */
  validity: prop('@validity', codec.enum('cap', 'sta')),
  /** Port: `@port` in `<link>`. */
  port: prop('@port', codec.uint),
  /** `@speed` in `<link>`. */
  speed: prop('@speed', codec.string),
  /** `@width` in `<link>`. */
  width: prop('@width', codec.uint),
}) {}

/** `<pci-express>` (`/device/capability/pci-express`). */
export class NodeDeviceCapabilityPciExpress extends defineElement('pci-express', {
  /** The `<link>` elements (`link`), as a live list. */
  links: children('link', NodeDevicePciExpressLink),
}) {}

/** `<feature>` (`/device/capability/feature`). */
export class NodeDeviceCapabilityFeature extends defineElement('feature', {
  /** Name: `@name` in `<feature>`. */
  name: prop('@name', codec.string),
}) {}

/** `<attr>` (`/device/capability/attr`). */
export class NodeDeviceCapabilityAttr extends defineElement('attr', {
  /** Name: `@name` in `<attr>`. */
  name: prop('@name', codec.string),
  /** Value: `@value` in `<attr>`. */
  value: prop('@value', codec.string),
}) {}

/** `<ccw_device>` (`/device/capability/members/ccw_device`). */
export class NodeDeviceMembersCcwDevice extends defineElement('ccw_device', {
  /** `@ref` in `<ccw_device>`. */
  ref: prop('@ref', codec.string),
  /** The text of `<ccw_device>`. */
  value: prop('.', codec.string),
}) {}

/** `<members>` (`/device/capability/members`). */
export class NodeDeviceCapabilityMembers extends defineElement('members', {
  /** The `<ccw_device>` elements (`ccw_device`), as a live list. */
  ccwDevices: children('ccw_device', NodeDeviceMembersCcwDevice),
}) {}

/** `<channel_dev_addr>` (`/device/capability/channel_dev_addr`). */
export class NodeDeviceCapabilityChannelDevAddr extends defineElement('channel_dev_addr', {
  /** `cssid` in `<channel_dev_addr>`. */
  cssid: prop('cssid', codec.hex),
  /** `ssid` in `<channel_dev_addr>`. */
  ssid: prop('ssid', codec.hex),
  /** `devno` in `<channel_dev_addr>`. */
  devno: prop('devno', codec.hex),
}, { order: ['cssid', 'ssid', 'devno'] }) {}

/** `<capability>` (`/device/capability`). */
export class NodeDeviceCapability extends defineElement('capability', {
  /** Type: `@type` in `<capability>`. */
  type: prop('@type', codec.enum('system', 'pci', 'usb_device', 'usb', 'net', 'scsi_generic', 'scsi_host', 'scsi_target', 'scsi', 'storage', 'drm', 'mdev', 'ccw', 'ccwgroup', 'css', 'vdpa', 'ap_card', 'ap_queue', 'ap_matrix')),
  /** Product: `product` in `<capability>`. */
  product: prop('product', codec.string),
  /** Identifier: `product/@id` in `<capability>`. */
  productId: prop('product/@id', codec.hex),
  /** The `<hardware>` element (`hardware`), as a view; undefined when absent. */
  hardware: child('hardware', NodeDeviceCapabilityHardware),
  /** The `<firmware>` element (`firmware`), as a view; undefined when absent. */
  firmware: child('firmware', NodeDeviceCapabilityFirmware),
  /** `class` in `<capability>`. */
  class: prop('class', codec.string),
  /** PCI domain: `domain` in `<capability>`. */
  domain: prop('domain', codec.uint),
  /** Bus: `bus` in `<capability>`. */
  bus: prop('bus', codec.string),
  /** Slot: `slot` in `<capability>`. */
  slot: prop('slot', codec.uint),
  /** Function: `function` in `<capability>`. */
  function: prop('function', codec.uint),
  /** Vendor: `vendor` in `<capability>`. */
  vendor: prop('vendor', codec.string),
  /** Identifier: `vendor/@id` in `<capability>`. */
  vendorId: prop('vendor/@id', codec.hex),
  /** The `<capability>` elements (`capability`), as a live list. */
  capabilities: children('capability', NodeDeviceSubCapability),
  /** The `<iommuGroup>` element (`iommuGroup`), as a view; undefined when absent. */
  iommuGroup: child('iommuGroup', NodeDeviceCapabilityIommuGroup),
  /** NUMA node: `numa/@node` in `<capability>`. */
  numaNode: prop('numa/@node', codec.int),
  /** The `<pci-express>` element (`pci-express`), as a view; undefined when absent. */
  pciExpress: child('pci-express', NodeDeviceCapabilityPciExpress),
  /** Device: `device` in `<capability>`. */
  device: prop('device', codec.uint),
  /** `number` in `<capability>`. */
  number: prop('number', codec.uint),
  /** `subclass` in `<capability>`. */
  subclass: prop('subclass', codec.uint),
  /** Protocol: `protocol` in `<capability>`. */
  protocol: prop('protocol', codec.uint),
  /** Description: `description` in `<capability>`. */
  description: prop('description', codec.string),
  /** Interface: `interface` in `<capability>`. */
  interface: prop('interface', codec.string),
  /** Address: `address` in `<capability>`. */
  address: prop('address', codec.string),
  /** `link/@speed` in `<capability>`. */
  linkSpeed: prop('link/@speed', codec.uint),
  /** State: `link/@state` in `<capability>`. */
  linkState: prop('link/@state', codec.enum('unknown', 'notpresent', 'down', 'lowerlayerdown', 'testing', 'dormant', 'up')),
  /** The `<feature>` elements (`feature`), as a live list. */
  features: children('feature', NodeDeviceCapabilityFeature),
  /** `char` in `<capability>`. */
  char: prop('char', codec.string),
  /** Host: `host` in `<capability>`. */
  host: prop('host', codec.uint),
  /** `unique_id` in `<capability>`. */
  uniqueId: prop('unique_id', codec.uint),
  /** Target: `target` in `<capability>`. */
  target: prop('target', codec.string),
  /** `lun` in `<capability>`. */
  lun: prop('lun', codec.uint),
  /** Type: `type` in `<capability>`. */
  typeElement: prop('type', codec.string),
  /** Identifier: `type/@id` in `<capability>`. */
  typeId: prop('type/@id', codec.string),
  /** `block` in `<capability>`. */
  block: prop('block', codec.string),
  /** `drive_type` in `<capability>`. */
  driveType: prop('drive_type', codec.string),
  /** Model: `model` in `<capability>`. */
  model: prop('model', codec.string),
  /** Serial number: `serial` in `<capability>`. */
  serial: prop('serial', codec.string),
  /** Size: `size` in `<capability>`. A `number`, or a `bigint` beyond 2^53 − 1. */
  size: prop('size', codec.u64),
  /** `logical_block_size` in `<capability>`. A `number`, or a `bigint` beyond 2^53 − 1. */
  logicalBlockSize: prop('logical_block_size', codec.u64),
  /** `num_blocks` in `<capability>`. A `number`, or a `bigint` beyond 2^53 − 1. */
  numBlocks: prop('num_blocks', codec.u64),
  /** UUID: `uuid` in `<capability>`. */
  uuid: prop('uuid', codec.uuid),
  /** `parent_addr` in `<capability>`. */
  parentAddr: prop('parent_addr', codec.string),
  /** The `<attr>` elements (`attr`), as a live list. */
  attrs: children('attr', NodeDeviceCapabilityAttr),
  /** State: `state` in `<capability>`. */
  state: prop('state', codec.enum('online', 'offline')),
  /** `cssid` in `<capability>`. */
  cssid: prop('cssid', codec.hex),
  /** `ssid` in `<capability>`. */
  ssid: prop('ssid', codec.hex),
  /** `devno` in `<capability>`. */
  devno: prop('devno', codec.hex),
  /** The `<members>` element (`members`), as a view; undefined when absent. */
  members: child('members', NodeDeviceCapabilityMembers),
  /** The `<channel_dev_addr>` element (`channel_dev_addr`), as a view; undefined when absent. */
  channelDevAddr: child('channel_dev_addr', NodeDeviceCapabilityChannelDevAddr),
  /** `chardev` in `<capability>`. */
  chardev: prop('chardev', codec.string),
  /** `ap-adapter` in `<capability>`. */
  apAdapter: prop('ap-adapter', codec.hex),
  /** `ap-domain` in `<capability>`. */
  apDomain: prop('ap-domain', codec.string),
}, { order: ['product', 'hardware', 'firmware', 'class', 'domain', 'bus', 'slot', 'function', 'vendor', 'capability', 'iommuGroup', 'numa', 'pci-express', 'device', 'number', 'subclass', 'protocol', 'description', 'interface', 'address', 'link', 'feature', 'char', 'host', 'unique_id', 'target', 'lun', 'type', 'block', 'drive_type', 'model', 'serial', 'size', 'logical_block_size', 'num_blocks', 'uuid', 'parent_addr', 'attr', 'state', 'cssid', 'ssid', 'devno', 'members', 'channel_dev_addr', 'chardev', 'ap-adapter', 'ap-domain'] }) {}
