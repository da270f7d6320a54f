/**
 * Character devices: `<serial>`, `<parallel>`, `<console>` and `<channel>`, which share one
 * source/protocol/log/target layout (libvirt's `qemucdev`), also used by smartcard, redirdev
 * and rng back-ends.
 * @module
 */
import { children, codec, defineElement, prop } from '../../core/index.js'
import { deviceCommon, deviceSeclabels } from '../common.js'

/** Character device back-end types. */
export const chardevType = codec.enum('null', 'vc', 'pty', 'dev', 'file', 'pipe', 'stdio', 'udp', 'tcp', 'unix', 'spicevmc', 'spiceport', 'nmdm', 'qemu-vdagent', 'dbus')

/** `<source>` of a character device; UDP has two (`bind` and `connect`). */
export class DomainChardevSource extends defineElement('source', {
  /** `bind`/`connect` for sockets and UDP. */
  mode: prop('@mode', codec.enum('bind', 'connect')),
  /** Path of a file, device, pipe or UNIX socket. */
  path: prop('@path', codec.string),
  /** Host for TCP/UDP. */
  host: prop('@host', codec.string),
  /** Port (service) for TCP/UDP. */
  service: prop('@service', codec.string),
  /** SPICE port channel name (spiceport) or D-Bus channel. */
  channel: prop('@channel', codec.string),
  /** nmdm master device. */
  master: prop('@master', codec.string),
  /** nmdm slave device. */
  slave: prop('@slave', codec.string),
  /** Append to the file rather than truncate. */
  append: prop('@append', codec.onOff),
  /** TLS for a TCP socket. */
  tls: prop('@tls', codec.yesNo),
  /** Reconnect a client socket. */
  reconnectEnabled: prop('reconnect/@enabled', codec.yesNo),
  /** Seconds between reconnects. */
  reconnectTimeout: prop('reconnect/@timeout', codec.uint),
  /** Seconds before the first reconnect. */
  reconnectDelay: prop('reconnect/@delay', codec.uint),
  /** qemu-vdagent clipboard. */
  clipboardCopypaste: prop('clipboard/@copypaste', codec.yesNo),
  /** qemu-vdagent mouse mode. */
  mouseMode: prop('mouse/@mode', codec.enum('server', 'client')),
  ...deviceSeclabels,
}, { order: ['seclabel', 'reconnect', 'clipboard', 'mouse'] }) {}

/** The part every character device shares: back-end type, sources, protocol, log. */
export const chardevBackend = {
  /** Back-end type. */
  type: prop('@type', chardevType),
  /** Sources (UDP has a `bind` and a `connect` one). */
  sources: children('source', DomainChardevSource),
  /** Wire protocol of a TCP back-end. */
  protocolType: prop('protocol/@type', codec.enum('raw', 'telnet', 'telnets', 'tls')),
  /** Log file of the output. */
  logFile: prop('log/@file', codec.string),
  /** Append to the log. */
  logAppend: prop('log/@append', codec.onOff),
  /** pty path of an active device (legacy attribute). */
  tty: prop('@tty', codec.string),
} as const

/** Guest-side device models of serial ports and consoles. */
export const chardevTargetModel = codec.enum('isa-serial', 'usb-serial', 'pci-serial', 'spapr-vty', 'pl011', 'sclpconsole', 'sclplmconsole', '16550a', 'isa-debugcon')

/** Guest-side serial types (`<target type>` of serial ports, parallel ports and smartcards). */
export const chardevSerialTargetType = codec.enum('isa-serial', 'usb-serial', 'pci-serial', 'spapr-vio-serial', 'system-serial', 'sclp-serial', 'isa-debug')

const chardevOrder = { order: ['source', 'protocol', 'log', 'target', 'alias', 'acpi', 'address'] } as const

/** `<serial>`: a serial port. */
export class DomainSerial extends defineElement('serial', {
  ...chardevBackend,
  /** Guest-side serial type. */
  targetType: prop('target/@type', chardevSerialTargetType),
  /** Guest-side port number. */
  targetPort: prop('target/@port', codec.uint),
  /** Guest-side device model. */
  targetModelName: prop('target/model/@name', chardevTargetModel),
  ...deviceCommon,
}, chardevOrder) {}

/** `<parallel>`: a parallel port. */
export class DomainParallel extends defineElement('parallel', {
  ...chardevBackend,
  /** Guest-side type. */
  targetType: prop('target/@type', chardevSerialTargetType),
  /** Guest-side port number. */
  targetPort: prop('target/@port', codec.uint),
  /** Guest-side device model. */
  targetModelName: prop('target/model/@name', chardevTargetModel),
  ...deviceCommon,
}, chardevOrder) {}

/** `<console>`: a text console. */
export class DomainConsole extends defineElement('console', {
  ...chardevBackend,
  /** Guest-side console type. */
  targetType: prop('target/@type', codec.enum('serial', 'xen', 'uml', 'virtio', 'lxc', 'openvz', 'sclp', 'sclplm')),
  /** Guest-side port number. */
  targetPort: prop('target/@port', codec.uint),
  /** Guest-side device model. */
  targetModelName: prop('target/model/@name', chardevTargetModel),
  ...deviceCommon,
}, chardevOrder) {}

/** `<channel>`: a guest agent, SPICE agent or guestfwd channel. */
export class DomainChannel extends defineElement('channel', {
  ...chardevBackend,
  /** Guest-side channel type. */
  targetType: prop('target/@type', codec.enum('virtio', 'guestfwd', 'xen')),
  /** virtio/xen port name (`org.qemu.guest_agent.0`). */
  targetName: prop('target/@name', codec.string),
  /** Agent connection state (live XML). */
  targetState: prop('target/@state', codec.enum('connected', 'disconnected')),
  /** guestfwd address. */
  targetAddress: prop('target/@address', codec.string),
  /** guestfwd port. */
  targetPort: prop('target/@port', codec.uint),
  ...deviceCommon,
}, chardevOrder) {}

/** Any of the four character devices. */
export type DomainChardev = DomainSerial | DomainParallel | DomainConsole | DomainChannel
