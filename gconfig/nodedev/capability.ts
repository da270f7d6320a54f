import { child, children, codec, defineElement, prop } from '../core/index.js'

/** `<hardware>` (`/device/capability/hardware`). */
export class NodeDeviceCapabilityHardware extends defineElement('hardware', {
  vendor: prop('vendor', codec.string),
  version: prop('version', codec.string),
  serial: prop('serial', codec.string),
  uuid: prop('uuid', codec.uuid),
}, { order: ['vendor', 'version', 'serial', 'uuid'] }) {}

/** `<firmware>` (`/device/capability/firmware`). */
export class NodeDeviceCapabilityFirmware extends defineElement('firmware', {
  vendor: prop('vendor', codec.string),
  version: prop('version', codec.string),
  releaseDate: prop('release_date', codec.string),
}, { order: ['vendor', 'version', 'release_date'] }) {}

/** `<address>` (`/device/capability/capability/address`). */
export class NodeDeviceCapabilityAddress extends defineElement('address', {
  domain: prop('@domain', codec.hex),
  bus: prop('@bus', codec.hex),
  slot: prop('@slot', codec.hex),
  function: prop('@function', codec.hex),
}) {}

/** `<type>` (`/device/capability/capability/type`). */
export class NodeDeviceCapabilityType extends defineElement('type', {
  id: prop('@id', codec.string),
  name: prop('name', codec.string),
  deviceAPI: prop('deviceAPI', codec.enum('vfio-pci', 'vfio-ccw', 'vfio-ap')),
  availableInstances: prop('availableInstances', codec.uint),
}, { order: ['name', 'deviceAPI', 'availableInstances'] }) {}

/** `<vendor_field>` (`/device/capability/capability/fields/vendor_field`). */
export class NodeDeviceFieldsVendorField extends defineElement('vendor_field', {
  index: prop('@index', codec.string),
  value: prop('.', codec.string),
}) {}

/** `<system_field>` (`/device/capability/capability/fields/system_field`). */
export class NodeDeviceFieldsSystemField extends defineElement('system_field', {
  index: prop('@index', codec.string),
  value: prop('.', codec.string),
}) {}

/** `<fields>` (`/device/capability/capability/fields`). */
export class NodeDeviceCapabilityFields extends defineElement('fields', {
  access: prop('@access', codec.enum('readonly', 'readwrite')),
  changeLevel: prop('change_level', codec.string),
  manufactureId: prop('manufacture_id', codec.string),
  partNumber: prop('part_number', codec.string),
  serialNumber: prop('serial_number', codec.string),
  vendorFields: children('vendor_field', NodeDeviceFieldsVendorField),
  assetTag: prop('asset_tag', codec.string),
  systemFields: children('system_field', NodeDeviceFieldsSystemField),
}, { order: ['change_level', 'manufacture_id', 'part_number', 'serial_number', 'vendor_field', 'asset_tag', 'system_field'] }) {}

/** `<capability>` (`/device/capability/capability`). */
export class NodeDeviceSubCapability extends defineElement('capability', {
  type: prop('@type', codec.enum('phys_function', 'virt_functions', 'pci-bridge', 'cardbus-bridge', 'mdev_types', 'vpd', '80203', '80211', 'fc_host', 'vport_ops', 'fc_remote_port', 'removable', 'hotpluggable', 'ccwgroup_member', 'qeth_generic', 'qeth_layer2', 'qeth_layer3')),
  maxCount: prop('@maxCount', codec.uint),
  addresses: children('address', NodeDeviceCapabilityAddress),
  types: children('type', NodeDeviceCapabilityType),
  name: prop('name', codec.string),
  fields: children('fields', NodeDeviceCapabilityFields),
  wwnn: prop('wwnn', codec.string),
  wwpn: prop('wwpn', codec.string),
  fabricWwn: prop('fabric_wwn', codec.string),
  maxVports: prop('max_vports', codec.uint),
  vports: prop('vports', codec.uint),
  rport: prop('rport', codec.string),
  mediaAvailable: prop('media_available', codec.enum('1', '0')),
  mediaSize: prop('media_size', codec.uint),
  mediaLabel: prop('media_label', codec.string),
  logicalBlockSize: prop('logical_block_size', codec.uint),
  numBlocks: prop('num_blocks', codec.uint),
  groupDevice: prop('group_device', codec.string),
  cardType: prop('card_type', codec.string),
  chpid: prop('chpid', codec.string),
}, { order: ['address', 'type', 'name', 'fields', 'wwnn', 'wwpn', 'fabric_wwn', 'max_vports', 'vports', 'rport', 'media_available', 'media_size', 'media_label', 'logical_block_size', 'num_blocks', 'group_device', 'card_type', 'chpid'] }) {}

/** `<iommuGroup>` (`/device/capability/iommuGroup`). */
export class NodeDeviceCapabilityIommuGroup extends defineElement('iommuGroup', {
  number: prop('@number', codec.uint),
  addresses: children('address', NodeDeviceCapabilityAddress),
}) {}

/** `<link>` (`/device/capability/pci-express/link`). */
export class NodeDevicePciExpressLink extends defineElement('link', {
  validity: prop('@validity', codec.enum('cap', 'sta')),
  port: prop('@port', codec.uint),
  speed: prop('@speed', codec.string),
  width: prop('@width', codec.uint),
}) {}

/** `<pci-express>` (`/device/capability/pci-express`). */
export class NodeDeviceCapabilityPciExpress extends defineElement('pci-express', {
  links: children('link', NodeDevicePciExpressLink),
}) {}

/** `<feature>` (`/device/capability/feature`). */
export class NodeDeviceCapabilityFeature extends defineElement('feature', {
  name: prop('@name', codec.string),
}) {}

/** `<attr>` (`/device/capability/attr`). */
export class NodeDeviceCapabilityAttr extends defineElement('attr', {
  name: prop('@name', codec.string),
  value: prop('@value', codec.string),
}) {}

/** `<ccw_device>` (`/device/capability/members/ccw_device`). */
export class NodeDeviceMembersCcwDevice extends defineElement('ccw_device', {
  ref: prop('@ref', codec.string),
  value: prop('.', codec.string),
}) {}

/** `<members>` (`/device/capability/members`). */
export class NodeDeviceCapabilityMembers extends defineElement('members', {
  ccwDevices: children('ccw_device', NodeDeviceMembersCcwDevice),
}) {}

/** `<channel_dev_addr>` (`/device/capability/channel_dev_addr`). */
export class NodeDeviceCapabilityChannelDevAddr extends defineElement('channel_dev_addr', {
  cssid: prop('cssid', codec.hex),
  ssid: prop('ssid', codec.hex),
  devno: prop('devno', codec.hex),
}, { order: ['cssid', 'ssid', 'devno'] }) {}

/** `<capability>` (`/device/capability`). */
export class NodeDeviceCapability extends defineElement('capability', {
  type: prop('@type', codec.enum('system', 'pci', 'usb_device', 'usb', 'net', 'scsi_generic', 'scsi_host', 'scsi_target', 'scsi', 'storage', 'drm', 'mdev', 'ccw', 'ccwgroup', 'css', 'vdpa', 'ap_card', 'ap_queue', 'ap_matrix')),
  product: prop('product', codec.string),
  productId: prop('product/@id', codec.hex),
  hardware: child('hardware', NodeDeviceCapabilityHardware),
  firmware: child('firmware', NodeDeviceCapabilityFirmware),
  class: prop('class', codec.string),
  domain: prop('domain', codec.uint),
  bus: prop('bus', codec.string),
  slot: prop('slot', codec.uint),
  function: prop('function', codec.uint),
  vendor: prop('vendor', codec.string),
  vendorId: prop('vendor/@id', codec.hex),
  capabilities: children('capability', NodeDeviceSubCapability),
  iommuGroup: child('iommuGroup', NodeDeviceCapabilityIommuGroup),
  numaNode: prop('numa/@node', codec.int),
  pciExpress: child('pci-express', NodeDeviceCapabilityPciExpress),
  device: prop('device', codec.uint),
  number: prop('number', codec.uint),
  subclass: prop('subclass', codec.uint),
  protocol: prop('protocol', codec.uint),
  description: prop('description', codec.string),
  interface: prop('interface', codec.string),
  address: prop('address', codec.string),
  linkSpeed: prop('link/@speed', codec.uint),
  linkState: prop('link/@state', codec.enum('unknown', 'notpresent', 'down', 'lowerlayerdown', 'testing', 'dormant', 'up')),
  features: children('feature', NodeDeviceCapabilityFeature),
  char: prop('char', codec.string),
  host: prop('host', codec.uint),
  uniqueId: prop('unique_id', codec.uint),
  target: prop('target', codec.string),
  lun: prop('lun', codec.uint),
  typeElement: prop('type', codec.string),
  typeId: prop('type/@id', codec.string),
  block: prop('block', codec.string),
  driveType: prop('drive_type', codec.string),
  model: prop('model', codec.string),
  serial: prop('serial', codec.string),
  size: prop('size', codec.uint),
  logicalBlockSize: prop('logical_block_size', codec.uint),
  numBlocks: prop('num_blocks', codec.uint),
  uuid: prop('uuid', codec.uuid),
  parentAddr: prop('parent_addr', codec.string),
  attrs: children('attr', NodeDeviceCapabilityAttr),
  state: prop('state', codec.enum('online', 'offline')),
  cssid: prop('cssid', codec.hex),
  ssid: prop('ssid', codec.hex),
  devno: prop('devno', codec.hex),
  members: child('members', NodeDeviceCapabilityMembers),
  channelDevAddr: child('channel_dev_addr', NodeDeviceCapabilityChannelDevAddr),
  chardev: prop('chardev', codec.string),
  apAdapter: prop('ap-adapter', codec.hex),
  apDomain: prop('ap-domain', codec.string),
}, { order: ['product', 'hardware', 'firmware', 'class', 'domain', 'bus', 'slot', 'function', 'vendor', 'capability', 'iommuGroup', 'numa', 'pci-express', 'device', 'number', 'subclass', 'protocol', 'description', 'interface', 'address', 'link', 'feature', 'char', 'host', 'unique_id', 'target', 'lun', 'type', 'block', 'drive_type', 'model', 'serial', 'size', 'logical_block_size', 'num_blocks', 'uuid', 'parent_addr', 'attr', 'state', 'cssid', 'ssid', 'devno', 'members', 'channel_dev_addr', 'chardev', 'ap-adapter', 'ap-domain'] }) {}
