/**
 * `<rule>` of a network filter and its 24 protocol elements. libvirt's nwfilter schema builds
 * each protocol from a few attribute groups (MAC addresses, IP addresses and ranges, ports,
 * connection tracking, ICMP codes); they are declared once here and composed, so each attribute
 * is declared once.
 * @module
 */
import { child, codec, defineElement, prop } from '../core/index.js'

/** `@match` and `@srcmacaddr`, which every protocol element has. */
const matchSourceMac = {
  /** Whether the values must match (`yes`) or must not (`no`): `@match`. */
  match: prop('@match', codec.yesNo),
  /** Source MAC address: `@srcmacaddr`. */
  srcmacaddr: prop('@srcmacaddr', codec.string),
}

/** The MAC addresses and masks of the layer-2 and layer-3 elements. */
const macAddresses = {
  ...matchSourceMac,
  /** Source MAC address mask: `@srcmacmask`. */
  srcmacmask: prop('@srcmacmask', codec.string),
  /** Destination MAC address: `@dstmacaddr`. */
  dstmacaddr: prop('@dstmacaddr', codec.string),
  /** Destination MAC address mask: `@dstmacmask`. */
  dstmacmask: prop('@dstmacmask', codec.string),
}

/** Source and destination IP addresses and masks. */
const ipAddresses = {
  /** Source IP address: `@srcipaddr`. */
  srcipaddr: prop('@srcipaddr', codec.string),
  /** Source IP address mask: `@srcipmask`. */
  srcipmask: prop('@srcipmask', codec.string),
  /** Destination IP address: `@dstipaddr`. */
  dstipaddr: prop('@dstipaddr', codec.string),
  /** Destination IP address mask: `@dstipmask`. */
  dstipmask: prop('@dstipmask', codec.string),
}

/** Source and destination port ranges. */
const ports = {
  /** Start of the source port range: `@srcportstart`. */
  srcportstart: prop('@srcportstart', codec.string),
  /** End of the source port range: `@srcportend`. */
  srcportend: prop('@srcportend', codec.string),
  /** Start of the destination port range: `@dstportstart`. */
  dstportstart: prop('@dstportstart', codec.string),
  /** End of the destination port range: `@dstportend`. */
  dstportend: prop('@dstportend', codec.string),
}

/** What every layer-4 element (and `<all>`, `<esp>`…) adds to the source MAC: IP addresses, ranges and DSCP. */
const ipCommon = {
  ...ipAddresses,
  /** Start of the source IP address range: `@srcipfrom`. */
  srcipfrom: prop('@srcipfrom', codec.string),
  /** End of the source IP address range: `@srcipto`. */
  srcipto: prop('@srcipto', codec.string),
  /** Start of the destination IP address range: `@dstipfrom`. */
  dstipfrom: prop('@dstipfrom', codec.string),
  /** End of the destination IP address range: `@dstipto`. */
  dstipto: prop('@dstipto', codec.string),
  /** DSCP value: `@dscp`. */
  dscp: prop('@dscp', codec.string),
}

/** Connection tracking and IP sets, of the IPv4 layer-4 elements only. */
const conntrack = {
  /** Connection count limit: `@connlimit-above`. */
  connlimitAbove: prop('@connlimit-above', codec.string),
  /** State: `@state`. */
  state: prop('@state', codec.string),
  /** IP set name: `@ipset`. */
  ipset: prop('@ipset', codec.string),
  /** IP set flags: `@ipsetflags`. */
  ipsetflags: prop('@ipsetflags', codec.string),
}

/** ICMP type and code. */
const icmpCodes = {
  /** ICMP type: `@type`. */
  type: prop('@type', codec.hex),
  /** ICMP code: `@code`. */
  code: prop('@code', codec.hex),
}

/** TCP flags (`SYN,ACK/SYN`). */
const tcpFlags = {
  /** TCP flags, `mask/set`: `@flags`. */
  flags: prop('@flags', codec.string),
}

/** `@comment`, which every protocol element has. */
const comment = {
  /** Free-form comment (up to 256 characters): `@comment`. */
  comment: prop('@comment', codec.string),
}

/** `<mac>` (`/filter/rule/mac`). */
export class NetworkFilterRuleMac extends defineElement('mac', {
  ...macAddresses,
  /** Layer-3 protocol (number or name): `@protocolid`. */
  protocolid: prop('@protocolid', codec.string),
  ...comment,
}) {}

/** `<vlan>` (`/filter/rule/vlan`). */
export class NetworkFilterRuleVlan extends defineElement('vlan', {
  ...macAddresses,
  /** VLAN id: `@vlanid`. */
  vlanid: prop('@vlanid', codec.string),
  /** Encapsulated protocol: `@encap-protocol`. */
  encapProtocol: prop('@encap-protocol', codec.string),
  ...comment,
}) {}

/** `<stp>` (`/filter/rule/stp`). */
export class NetworkFilterRuleStp extends defineElement('stp', {
  ...matchSourceMac,
  /** Source MAC address mask: `@srcmacmask`. */
  srcmacmask: prop('@srcmacmask', codec.string),
  /** Type: `@type` in `<stp>`. */
  type: prop('@type', codec.hex),
  /** `@flags` in `<stp>`. */
  flags: prop('@flags', codec.hex),
  /** `@root-priority` in `<stp>`. */
  rootPriority: prop('@root-priority', codec.string),
  /** `@root-priority-hi` in `<stp>`. */
  rootPriorityHi: prop('@root-priority-hi', codec.string),
  /** `@root-address` in `<stp>`. */
  rootAddress: prop('@root-address', codec.string),
  /** `@root-address-mask` in `<stp>`. */
  rootAddressMask: prop('@root-address-mask', codec.string),
  /** `@root-cost` in `<stp>`. */
  rootCost: prop('@root-cost', codec.string),
  /** `@root-cost-hi` in `<stp>`. */
  rootCostHi: prop('@root-cost-hi', codec.string),
  /** `@sender-priority` in `<stp>`. */
  senderPriority: prop('@sender-priority', codec.string),
  /** `@sender-priority-hi` in `<stp>`. */
  senderPriorityHi: prop('@sender-priority-hi', codec.string),
  /** `@sender-address` in `<stp>`. */
  senderAddress: prop('@sender-address', codec.string),
  /** `@sender-address-mask` in `<stp>`. */
  senderAddressMask: prop('@sender-address-mask', codec.string),
  /** Port: `@port` in `<stp>`. */
  port: prop('@port', codec.string),
  /** `@port-hi` in `<stp>`. */
  portHi: prop('@port-hi', codec.string),
  /** `@age` in `<stp>`. */
  age: prop('@age', codec.string),
  /** `@age-hi` in `<stp>`. */
  ageHi: prop('@age-hi', codec.string),
  /** `@max-age` in `<stp>`. */
  maxAge: prop('@max-age', codec.string),
  /** `@max-age-hi` in `<stp>`. */
  maxAgeHi: prop('@max-age-hi', codec.string),
  /** `@hello-time` in `<stp>`. */
  helloTime: prop('@hello-time', codec.string),
  /** `@hello-time-hi` in `<stp>`. */
  helloTimeHi: prop('@hello-time-hi', codec.string),
  /** `@forward-delay` in `<stp>`. */
  forwardDelay: prop('@forward-delay', codec.string),
  /** `@forward-delay-hi` in `<stp>`. */
  forwardDelayHi: prop('@forward-delay-hi', codec.string),
  ...comment,
}) {}

/** The attributes libvirt's nwfilter schema gives each of `<arp>` and `<rarp>`, declared once. */
const arpAttributes = {
  ...macAddresses,
  /** `@arpsrcmacaddr`. */
  arpsrcmacaddr: prop('@arpsrcmacaddr', codec.string),
  /** Sender IP address: `@arpsrcipaddr`. */
  arpsrcipaddr: prop('@arpsrcipaddr', codec.string),
  /** `@arpdstmacaddr`. */
  arpdstmacaddr: prop('@arpdstmacaddr', codec.string),
  /** Target IP address: `@arpdstipaddr`. */
  arpdstipaddr: prop('@arpdstipaddr', codec.string),
  /** Hardware type: `@hwtype`. */
  hwtype: prop('@hwtype', codec.string),
  /** Opcode: `@opcode`. */
  opcode: prop('@opcode', codec.string),
  /** Protocol type: `@protocoltype`. */
  protocoltype: prop('@protocoltype', codec.string),
  /** Gratuitous ARP only: `@gratuitous`. */
  gratuitous: prop('@gratuitous', codec.enum('yes', 'no', 'true', 'false', '1', '0')),
  ...comment,
}

/** `<arp>` (`/filter/rule/arp`). */
export class NetworkFilterRuleArp extends defineElement('arp', arpAttributes) {}

/** `<rarp>` (`/filter/rule/rarp`). */
export class NetworkFilterRuleRarp extends defineElement('rarp', arpAttributes) {}

/** `<ip>` (`/filter/rule/ip`). */
export class NetworkFilterRuleIp extends defineElement('ip', {
  ...macAddresses, ...ipAddresses, ...ports,
  /** Layer-4 protocol: `@protocol`. */
  protocol: prop('@protocol', codec.string),
  /** DSCP value: `@dscp`. */
  dscp: prop('@dscp', codec.string),
  ...comment,
}) {}

/** `<ipv6>` (`/filter/rule/ipv6`). */
export class NetworkFilterRuleIpv6 extends defineElement('ipv6', {
  ...macAddresses, ...ipAddresses, ...ports,
  /** Layer-4 protocol: `@protocol`. */
  protocol: prop('@protocol', codec.string),
  /** ICMPv6 type, or start of a type range: `@type`. */
  type: prop('@type', codec.hex),
  /** End of the ICMPv6 type range: `@typeend`. */
  typeend: prop('@typeend', codec.hex),
  /** ICMPv6 code, or start of a code range: `@code`. */
  code: prop('@code', codec.hex),
  /** End of the ICMPv6 code range: `@codeend`. */
  codeend: prop('@codeend', codec.hex),
  ...comment,
}) {}

/** `<tcp>` (`/filter/rule/tcp`). */
export class NetworkFilterRuleTcp extends defineElement('tcp', { ...matchSourceMac, ...ports, ...ipCommon, ...conntrack, ...tcpFlags, ...comment }) {}

/** `<udp>` (`/filter/rule/udp`). */
export class NetworkFilterRuleUdp extends defineElement('udp', { ...matchSourceMac, ...ports, ...ipCommon, ...conntrack, ...comment }) {}

/** `<sctp>` (`/filter/rule/sctp`). */
export class NetworkFilterRuleSctp extends defineElement('sctp', { ...matchSourceMac, ...ports, ...ipCommon, ...conntrack, ...comment }) {}

/** `<icmp>` (`/filter/rule/icmp`). */
export class NetworkFilterRuleIcmp extends defineElement('icmp', { ...matchSourceMac, ...ipCommon, ...conntrack, ...icmpCodes, ...comment }) {}

/** `<igmp>` (`/filter/rule/igmp`). */
export class NetworkFilterRuleIgmp extends defineElement('igmp', { ...matchSourceMac, ...ipCommon, ...conntrack, ...comment }) {}

/** `<all>` (`/filter/rule/all`). */
export class NetworkFilterRuleAll extends defineElement('all', { ...matchSourceMac, ...ipCommon, ...conntrack, ...comment }) {}

/** `<esp>` (`/filter/rule/esp`). */
export class NetworkFilterRuleEsp extends defineElement('esp', { ...matchSourceMac, ...ipCommon, ...conntrack, ...comment }) {}

/** `<ah>` (`/filter/rule/ah`). */
export class NetworkFilterRuleAh extends defineElement('ah', { ...matchSourceMac, ...ipCommon, ...conntrack, ...comment }) {}

/** `<udplite>` (`/filter/rule/udplite`). */
export class NetworkFilterRuleUdplite extends defineElement('udplite', { ...matchSourceMac, ...ipCommon, ...conntrack, ...comment }) {}

/** `<tcp-ipv6>` (`/filter/rule/tcp-ipv6`). */
export class NetworkFilterRuleTcpIpv6 extends defineElement('tcp-ipv6', { ...matchSourceMac, ...ports, ...ipCommon, ...tcpFlags, ...comment }) {}

/** `<udp-ipv6>` (`/filter/rule/udp-ipv6`). */
export class NetworkFilterRuleUdpIpv6 extends defineElement('udp-ipv6', { ...matchSourceMac, ...ports, ...ipCommon, ...comment }) {}

/** `<sctp-ipv6>` (`/filter/rule/sctp-ipv6`). */
export class NetworkFilterRuleSctpIpv6 extends defineElement('sctp-ipv6', { ...matchSourceMac, ...ports, ...ipCommon, ...comment }) {}

/** `<icmpv6>` (`/filter/rule/icmpv6`). */
export class NetworkFilterRuleIcmpv6 extends defineElement('icmpv6', { ...matchSourceMac, ...ipCommon, ...icmpCodes, ...comment }) {}

/** `<all-ipv6>` (`/filter/rule/all-ipv6`). */
export class NetworkFilterRuleAllIpv6 extends defineElement('all-ipv6', { ...matchSourceMac, ...ipCommon, ...comment }) {}

/** `<esp-ipv6>` (`/filter/rule/esp-ipv6`). */
export class NetworkFilterRuleEspIpv6 extends defineElement('esp-ipv6', { ...matchSourceMac, ...ipCommon, ...comment }) {}

/** `<ah-ipv6>` (`/filter/rule/ah-ipv6`). */
export class NetworkFilterRuleAhIpv6 extends defineElement('ah-ipv6', { ...matchSourceMac, ...ipCommon, ...comment }) {}

/** `<udplite-ipv6>` (`/filter/rule/udplite-ipv6`). */
export class NetworkFilterRuleUdpliteIpv6 extends defineElement('udplite-ipv6', { ...matchSourceMac, ...ipCommon, ...comment }) {}

/** `<rule>` (`/filter/rule`). */
export class NetworkFilterRule extends defineElement('rule', {
  /** Action: `@action` in `<rule>`. */
  action: prop('@action', codec.enum('drop', 'accept', 'reject', 'continue', 'return')),
  /** Direction: `@direction` in `<rule>`. */
  direction: prop('@direction', codec.enum('in', 'out', 'inout')),
  /** Priority: `@priority` in `<rule>`. */
  priority: prop('@priority', codec.int),
  /** Whether connection state is matched: `@statematch` in `<rule>`. */
  statematch: prop('@statematch', codec.string),
  /** The `<mac>` element (`mac`), as a view; undefined when absent. */
  mac: child('mac', NetworkFilterRuleMac),
  /** The `<vlan>` element (`vlan`), as a view; undefined when absent. */
  vlan: child('vlan', NetworkFilterRuleVlan),
  /** The `<stp>` element (`stp`), as a view; undefined when absent. */
  stp: child('stp', NetworkFilterRuleStp),
  /** The `<arp>` element (`arp`), as a view; undefined when absent. */
  arp: child('arp', NetworkFilterRuleArp),
  /** The `<rarp>` element (`rarp`), as a view; undefined when absent. */
  rarp: child('rarp', NetworkFilterRuleRarp),
  /** The `<ip>` element (`ip`), as a view; undefined when absent. */
  ip: child('ip', NetworkFilterRuleIp),
  /** The `<ipv6>` element (`ipv6`), as a view; undefined when absent. */
  ipv6: child('ipv6', NetworkFilterRuleIpv6),
  /** The `<tcp>` element (`tcp`), as a view; undefined when absent. */
  tcp: child('tcp', NetworkFilterRuleTcp),
  /** The `<udp>` element (`udp`), as a view; undefined when absent. */
  udp: child('udp', NetworkFilterRuleUdp),
  /** The `<sctp>` element (`sctp`), as a view; undefined when absent. */
  sctp: child('sctp', NetworkFilterRuleSctp),
  /** The `<icmp>` element (`icmp`), as a view; undefined when absent. */
  icmp: child('icmp', NetworkFilterRuleIcmp),
  /** The `<igmp>` element (`igmp`), as a view; undefined when absent. */
  igmp: child('igmp', NetworkFilterRuleIgmp),
  /** The `<all>` element (`all`), as a view; undefined when absent. */
  all: child('all', NetworkFilterRuleAll),
  /** The `<esp>` element (`esp`), as a view; undefined when absent. */
  esp: child('esp', NetworkFilterRuleEsp),
  /** The `<ah>` element (`ah`), as a view; undefined when absent. */
  ah: child('ah', NetworkFilterRuleAh),
  /** The `<udplite>` element (`udplite`), as a view; undefined when absent. */
  udplite: child('udplite', NetworkFilterRuleUdplite),
  /** The `<tcp-ipv6>` element (`tcp-ipv6`), as a view; undefined when absent. */
  tcpIpv6: child('tcp-ipv6', NetworkFilterRuleTcpIpv6),
  /** The `<udp-ipv6>` element (`udp-ipv6`), as a view; undefined when absent. */
  udpIpv6: child('udp-ipv6', NetworkFilterRuleUdpIpv6),
  /** The `<sctp-ipv6>` element (`sctp-ipv6`), as a view; undefined when absent. */
  sctpIpv6: child('sctp-ipv6', NetworkFilterRuleSctpIpv6),
  /** The `<icmpv6>` element (`icmpv6`), as a view; undefined when absent. */
  icmpv6: child('icmpv6', NetworkFilterRuleIcmpv6),
  /** The `<all-ipv6>` element (`all-ipv6`), as a view; undefined when absent. */
  allIpv6: child('all-ipv6', NetworkFilterRuleAllIpv6),
  /** The `<esp-ipv6>` element (`esp-ipv6`), as a view; undefined when absent. */
  espIpv6: child('esp-ipv6', NetworkFilterRuleEspIpv6),
  /** The `<ah-ipv6>` element (`ah-ipv6`), as a view; undefined when absent. */
  ahIpv6: child('ah-ipv6', NetworkFilterRuleAhIpv6),
  /** The `<udplite-ipv6>` element (`udplite-ipv6`), as a view; undefined when absent. */
  udpliteIpv6: child('udplite-ipv6', NetworkFilterRuleUdpliteIpv6),
}, { order: ['mac', 'vlan', 'stp', 'arp', 'rarp', 'ip', 'ipv6', 'tcp', 'udp', 'sctp', 'icmp', 'igmp', 'all', 'esp', 'ah', 'udplite', 'tcp-ipv6', 'udp-ipv6', 'sctp-ipv6', 'icmpv6', 'all-ipv6', 'esp-ipv6', 'ah-ipv6', 'udplite-ipv6'] }) {}
