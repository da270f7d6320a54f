/**
 * `<interface>`: a guest network interface of any type (network, bridge, direct, user,
 * ethernet, vhost-user, hostdev, vdpa, udp/mcast/server/client, vds, null).
 * @module
 */
import { child, children, codec, defineElement, prop } from '../../core/index.js'
import { DomainDeviceAddress, deviceBoot, deviceCommon, virtioDriverOptions } from '../common.js'

const onOff = codec.onOff

/** `<ip>` of an interface (guest side, or host side inside `<source>`). */
export class DomainInterfaceIp extends defineElement('ip', {
  /** Address. */
  address: prop('@address', codec.string),
  /** Address family. */
  family: prop('@family', codec.enum('ipv4', 'ipv6')),
  /** Prefix length. */
  prefix: prop('@prefix', codec.uint),
  /** Peer address (point-to-point). */
  peer: prop('@peer', codec.string),
}) {}

/** `<route>` of an interface. */
export class DomainInterfaceRoute extends defineElement('route', {
  /** Address family. */
  family: prop('@family', codec.enum('ipv4', 'ipv6')),
  /** Destination network. */
  address: prop('@address', codec.string),
  /** Destination netmask. */
  netmask: prop('@netmask', codec.string),
  /** Destination prefix length. */
  prefix: prop('@prefix', codec.uint),
  /** Gateway. */
  gateway: prop('@gateway', codec.string),
  /** Route metric. */
  metric: prop('@metric', codec.uint),
}) {}

/** `<range>` of a passt port forward. */
export class DomainInterfacePortForwardRange extends defineElement('range', {
  /** First port. */
  start: prop('@start', codec.uint),
  /** Last port. */
  end: prop('@end', codec.uint),
  /** Guest port the range maps to. */
  to: prop('@to', codec.uint),
  /** Exclude this range. */
  exclude: prop('@exclude', codec.yesNo),
}) {}

/** `<portForward>` (passt back-end). */
export class DomainInterfacePortForward extends defineElement('portForward', {
  /** Protocol. */
  proto: prop('@proto', codec.enum('tcp', 'udp')),
  /** Host address to listen on. */
  address: prop('@address', codec.string),
  /** Host interface to listen on. */
  dev: prop('@dev', codec.string),
  /** Port ranges. */
  ranges: children('range', DomainInterfacePortForwardRange),
}) {}

/** `<parameter>` of an nwfilter reference. */
export class DomainInterfaceFilterParameter extends defineElement('parameter', {
  /** Variable name. */
  name: prop('@name', codec.string),
  /** Value. */
  value: prop('@value', codec.string),
}) {}

/** `<tag>` of a VLAN. */
export class DomainInterfaceVlanTag extends defineElement('tag', {
  /** VLAN id. */
  id: prop('@id', codec.uint),
  /** Native mode on a trunk. */
  nativeMode: prop('@nativeMode', codec.enum('tagged', 'untagged')),
}) {}

/** `<source>` of an interface; which attributes apply depends on the interface type. */
export class DomainInterfaceSource extends defineElement('source', {
  /** Virtual network (type `network`). */
  network: prop('@network', codec.string),
  /** Port group of the network. */
  portgroup: prop('@portgroup', codec.string),
  /** Network port UUID (network), or VDS port id. */
  portid: prop('@portid', codec.string),
  /** Host bridge (type `bridge`). */
  bridge: prop('@bridge', codec.string),
  /** MAC table manager of the bridge. */
  macTableManager: prop('@macTableManager', codec.enum('kernel', 'libvirt')),
  /** Host device (type `direct`, `vdpa`, `user` with passt, `ethernet`). */
  dev: prop('@dev', codec.string),
  /** macvtap mode (type `direct`) or vhost-user socket role. */
  mode: prop('@mode', codec.enum('vepa', 'bridge', 'private', 'passthrough', 'client', 'server')),
  /** vhost-user socket type (`unix`). */
  type: prop('@type', codec.enum('unix')),
  /** vhost-user socket path. */
  path: prop('@path', codec.string),
  /** Internal network name (type `internal`). */
  name: prop('@name', codec.string),
  /** Socket address (udp/mcast/server/client). */
  address: prop('@address', codec.string),
  /** Socket port (udp/mcast/server/client). */
  port: prop('@port', codec.uint),
  /** Local address of a UDP tunnel. */
  localAddress: prop('local/@address', codec.string),
  /** Local port of a UDP tunnel. */
  localPort: prop('local/@port', codec.uint),
  /** vhost-user reconnect enabled. */
  reconnectEnabled: prop('reconnect/@enabled', codec.yesNo),
  /** vhost-user reconnect timeout in seconds. */
  reconnectTimeout: prop('reconnect/@timeout', codec.uint),
  /** vhost-user reconnect delay in seconds. */
  reconnectDelay: prop('reconnect/@delay', codec.uint),
  /** Tolerate a missing host device (hostdev USB network). */
  missing: prop('@missing', codec.yesNo),
  /** USB vendor id (hostdev USB network). */
  vendorId: prop('vendor/@id', codec.hex),
  /** USB product id (hostdev USB network). */
  productId: prop('product/@id', codec.hex),
  /** VMware distributed switch id (type `vds`). */
  switchid: prop('@switchid', codec.uuid),
  /** VDS port group id. */
  portgroupid: prop('@portgroupid', codec.string),
  /** VDS connection id. */
  connectionid: prop('@connectionid', codec.string),
  /** Host PCI or USB device (type `hostdev`). */
  hostAddress: child('address', DomainDeviceAddress),
  /** Host-side addresses (type `ethernet`). */
  ips: children('ip', DomainInterfaceIp),
  /** Host-side routes (type `ethernet`). */
  routes: children('route', DomainInterfaceRoute),
}, { order: ['vendor', 'product', 'address', 'local', 'ip', 'route', 'reconnect'] }) {}

/** `<interface>`: a guest NIC. */
export class DomainInterface extends defineElement('interface', {
  /** Connection type. */
  type: prop('@type', codec.enum('network', 'bridge', 'direct', 'user', 'ethernet', 'vhostuser', 'server', 'client', 'mcast', 'udp', 'internal', 'hostdev', 'vdpa', 'vds', 'null')),
  /** Whether libvirt detaches the host device (type `hostdev`). */
  managed: prop('@managed', codec.yesNo),
  /** Trust the guest's RX filter reports. */
  trustGuestRxFilters: prop('@trustGuestRxFilters', codec.yesNo),
  /** Guest MAC address. */
  macAddress: prop('mac/@address', codec.mac),
  /** Whether the MAC was generated or given. */
  macType: prop('mac/@type', codec.enum('generated', 'static')),
  /** Check the MAC against reserved ranges. */
  macCheck: prop('mac/@check', codec.yesNo),
  /** MAC address currently in use (live XML). */
  macCurrentAddress: prop('mac/@currentAddress', codec.mac),
  /** Where the interface connects. */
  source: child('source', DomainInterfaceSource),
  /** Virtual network of a `type='network'` interface (`<source network>`); the same as `source.network`. */
  sourceNetwork: prop('source/@network', codec.string),
  /** Host bridge of a `type='bridge'` interface (`<source bridge>`); the same as `source.bridge`. */
  sourceBridge: prop('source/@bridge', codec.string),
  /** Virtual port profile type. */
  virtualportType: prop('virtualport/@type', codec.enum('802.1Qbg', '802.1Qbh', 'openvswitch', 'midonet')),
  /** 802.1Qbg manager id. */
  virtualportManagerid: prop('virtualport/parameters/@managerid', codec.uint),
  /** 802.1Qbg type id. */
  virtualportTypeid: prop('virtualport/parameters/@typeid', codec.uint),
  /** 802.1Qbg type id version. */
  virtualportTypeidversion: prop('virtualport/parameters/@typeidversion', codec.uint),
  /** 802.1Qbg instance UUID. */
  virtualportInstanceid: prop('virtualport/parameters/@instanceid', codec.uuid),
  /** 802.1Qbh profile id or Open vSwitch profile. */
  virtualportProfileid: prop('virtualport/parameters/@profileid', codec.string),
  /** Open vSwitch / MidoNet interface UUID. */
  virtualportInterfaceid: prop('virtualport/parameters/@interfaceid', codec.uuid),
  /** Guest-visible addresses (passt/user). */
  ips: children('ip', DomainInterfaceIp),
  /** Routes (passt/user). */
  routes: children('route', DomainInterfaceRoute),
  /** Port forwards (passt). */
  portForwards: children('portForward', DomainInterfacePortForward),
  /** Host-side script run when the tap is created. */
  scriptPath: prop('script/@path', codec.string),
  /** Host-side script run when the tap is removed. */
  downscriptPath: prop('downscript/@path', codec.string),
  /** Xen back-end domain. */
  backenddomainName: prop('backenddomain/@name', codec.string),
  /** Host-side tap name. */
  targetDev: prop('target/@dev', codec.string),
  /** Whether libvirt creates the tap. */
  targetManaged: prop('target/@managed', codec.yesNo),
  /** Guest-side device name (containers). */
  guestDev: prop('guest/@dev', codec.string),
  /** Guest-side device name actually used. */
  guestActual: prop('guest/@actual', codec.string),
  /** Guest NIC model (`virtio`, `e1000e`…). */
  modelType: prop('model/@type', codec.string),
  /** Back-end type. */
  backendType: prop('backend/@type', codec.enum('default', 'passt')),
  /** Pre-opened tap device path. */
  backendTap: prop('backend/@tap', codec.string),
  /** Pre-opened vhost device path. */
  backendVhost: prop('backend/@vhost', codec.string),
  /** passt log file. */
  backendLogFile: prop('backend/@logFile', codec.string),
  /** Driver back-end (`qemu`, `vhost`, `vfio`, `kvm`, `xen`). */
  driverName: prop('driver/@name', codec.enum('qemu', 'vhost', 'vfio', 'kvm', 'xen')),
  /** PCI variant driver model (hostdev type). */
  driverModel: prop('driver/@model', codec.string),
  /** Transmit mode. */
  driverTxmode: prop('driver/@txmode', codec.enum('iothread', 'timer')),
  /** ioeventfd. */
  driverIoeventfd: prop('driver/@ioeventfd', onOff),
  /** Virtio event index. */
  driverEventIdx: prop('driver/@event_idx', onOff),
  /** Number of queues. */
  driverQueues: prop('driver/@queues', codec.uint),
  /** RX queue size. */
  driverRxQueueSize: prop('driver/@rx_queue_size', codec.uint),
  /** TX queue size. */
  driverTxQueueSize: prop('driver/@tx_queue_size', codec.uint),
  /** Receive-side scaling. */
  driverRss: prop('driver/@rss', onOff),
  /** RSS hash reports. */
  driverRssHashReport: prop('driver/@rss_hash_report', onOff),
  ...virtioDriverOptions,
  /** Host checksum offload. */
  driverHostCsum: prop('driver/host/@csum', onOff),
  /** Host GSO. */
  driverHostGso: prop('driver/host/@gso', onOff),
  /** Host TSO4. */
  driverHostTso4: prop('driver/host/@tso4', onOff),
  /** Host TSO6. */
  driverHostTso6: prop('driver/host/@tso6', onOff),
  /** Host ECN. */
  driverHostEcn: prop('driver/host/@ecn', onOff),
  /** Host UFO. */
  driverHostUfo: prop('driver/host/@ufo', onOff),
  /** Mergeable RX buffers. */
  driverHostMrgRxbuf: prop('driver/host/@mrg_rxbuf', onOff),
  /** Guest checksum offload. */
  driverGuestCsum: prop('driver/guest/@csum', onOff),
  /** Guest TSO4. */
  driverGuestTso4: prop('driver/guest/@tso4', onOff),
  /** Guest TSO6. */
  driverGuestTso6: prop('driver/guest/@tso6', onOff),
  /** Guest ECN. */
  driverGuestEcn: prop('driver/guest/@ecn', onOff),
  /** Guest UFO. */
  driverGuestUfo: prop('driver/guest/@ufo', onOff),
  /** nwfilter applied to the interface. */
  filterrefFilter: prop('filterref/@filter', codec.string),
  /** nwfilter parameters. */
  filterrefParameters: children('filterref/parameter', DomainInterfaceFilterParameter),
  /** Tap send buffer size. */
  tuneSndbuf: prop('tune/sndbuf', codec.uint),
  ...deviceBoot,
  /** Option ROM enabled. */
  romEnabled: prop('rom/@enabled', codec.yesNo),
  /** Option ROM visible in the BAR. */
  romBar: prop('rom/@bar', onOff),
  /** Option ROM file. */
  romFile: prop('rom/@file', codec.string),
  /** QoS class id (set by libvirt). */
  bandwidthClassID: prop('bandwidth/@classID', codec.uint),
  /** Inbound average rate, KiB/s. */
  bandwidthInboundAverage: prop('bandwidth/inbound/@average', codec.uint),
  /** Inbound peak rate, KiB/s. */
  bandwidthInboundPeak: prop('bandwidth/inbound/@peak', codec.uint),
  /** Inbound burst, KiB. */
  bandwidthInboundBurst: prop('bandwidth/inbound/@burst', codec.uint),
  /** Inbound guaranteed floor, KiB/s. */
  bandwidthInboundFloor: prop('bandwidth/inbound/@floor', codec.uint),
  /** Outbound average rate, KiB/s. */
  bandwidthOutboundAverage: prop('bandwidth/outbound/@average', codec.uint),
  /** Outbound peak rate, KiB/s. */
  bandwidthOutboundPeak: prop('bandwidth/outbound/@peak', codec.uint),
  /** Outbound burst, KiB. */
  bandwidthOutboundBurst: prop('bandwidth/outbound/@burst', codec.uint),
  /** Outbound guaranteed floor, KiB/s. */
  bandwidthOutboundFloor: prop('bandwidth/outbound/@floor', codec.uint),
  /** VLAN trunk mode. */
  vlanTrunk: prop('vlan/@trunk', codec.yesNo),
  /** VLAN tags. */
  vlanTags: children('vlan/tag', DomainInterfaceVlanTag),
  /** Isolate the port from other isolated ports. */
  portIsolated: prop('port/@isolated', codec.yesNo),
  /** Link state. */
  linkState: prop('link/@state', codec.enum('up', 'down')),
  /** MTU. */
  mtuSize: prop('mtu/@size', codec.uint),
  /** Coalesced RX frames. */
  coalesceRxFramesMax: prop('coalesce/rx/frames/@max', codec.uint),
  /** Failover teaming role. */
  teamingType: prop('teaming/@type', codec.enum('persistent', 'transient')),
  /** Alias of the persistent partner of a transient teaming member. */
  teamingPersistent: prop('teaming/@persistent', codec.string),
  ...deviceCommon,
}, {
  order: ['mac', 'source', 'vlan', 'virtualport', 'bandwidth', 'port', 'ip', 'route', 'portForward', 'script', 'downscript', 'backenddomain', 'target',
    'guest', 'model', 'driver', 'backend', 'filterref', 'tune', 'teaming', 'link', 'mtu', 'coalesce', 'boot', 'alias', 'acpi', 'rom', 'address'],
  childOrder: { driver: ['host', 'guest'], bandwidth: ['inbound', 'outbound'] },
}) {}
