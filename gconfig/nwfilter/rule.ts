import { child, codec, defineElement, prop } from '../core/index.js'

/** `<mac>` (`/filter/rule/mac`). */
export class NetworkFilterRuleMac extends defineElement('mac', {
  /** Whether the values must match (`yes`) or must not (`no`): `@match` in `<mac>`. */
  match: prop('@match', codec.yesNo),
  /** Source MAC address: `@srcmacaddr` in `<mac>`. */
  srcmacaddr: prop('@srcmacaddr', codec.string),
  /** Source MAC address mask: `@srcmacmask` in `<mac>`. */
  srcmacmask: prop('@srcmacmask', codec.string),
  /** Destination MAC address: `@dstmacaddr` in `<mac>`. */
  dstmacaddr: prop('@dstmacaddr', codec.string),
  /** Destination MAC address mask: `@dstmacmask` in `<mac>`. */
  dstmacmask: prop('@dstmacmask', codec.string),
  /** Layer-3 protocol (number or name): `@protocolid` in `<mac>`. */
  protocolid: prop('@protocolid', codec.string),
  /** Free-form comment (up to 256 characters): `@comment` in `<mac>`. */
  comment: prop('@comment', codec.string),
}) {}

/** `<vlan>` (`/filter/rule/vlan`). */
export class NetworkFilterRuleVlan extends defineElement('vlan', {
  /** Whether the values must match (`yes`) or must not (`no`): `@match` in `<vlan>`. */
  match: prop('@match', codec.yesNo),
  /** Source MAC address: `@srcmacaddr` in `<vlan>`. */
  srcmacaddr: prop('@srcmacaddr', codec.string),
  /** Source MAC address mask: `@srcmacmask` in `<vlan>`. */
  srcmacmask: prop('@srcmacmask', codec.string),
  /** Destination MAC address: `@dstmacaddr` in `<vlan>`. */
  dstmacaddr: prop('@dstmacaddr', codec.string),
  /** Destination MAC address mask: `@dstmacmask` in `<vlan>`. */
  dstmacmask: prop('@dstmacmask', codec.string),
  /** VLAN id: `@vlanid` in `<vlan>`. */
  vlanid: prop('@vlanid', codec.string),
  /** Encapsulated protocol: `@encap-protocol` in `<vlan>`. */
  encapProtocol: prop('@encap-protocol', codec.string),
  /** Free-form comment (up to 256 characters): `@comment` in `<vlan>`. */
  comment: prop('@comment', codec.string),
}) {}

/** `<stp>` (`/filter/rule/stp`). */
export class NetworkFilterRuleStp extends defineElement('stp', {
  /** Whether the values must match (`yes`) or must not (`no`): `@match` in `<stp>`. */
  match: prop('@match', codec.yesNo),
  /** Source MAC address: `@srcmacaddr` in `<stp>`. */
  srcmacaddr: prop('@srcmacaddr', codec.string),
  /** Source MAC address mask: `@srcmacmask` in `<stp>`. */
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
  /** Free-form comment (up to 256 characters): `@comment` in `<stp>`. */
  comment: prop('@comment', codec.string),
}) {}

/** `<arp>` (`/filter/rule/arp`). */
export class NetworkFilterRuleArp extends defineElement('arp', {
  /** Whether the values must match (`yes`) or must not (`no`): `@match` in `<arp>`. */
  match: prop('@match', codec.yesNo),
  /** Source MAC address: `@srcmacaddr` in `<arp>`. */
  srcmacaddr: prop('@srcmacaddr', codec.string),
  /** Source MAC address mask: `@srcmacmask` in `<arp>`. */
  srcmacmask: prop('@srcmacmask', codec.string),
  /** Destination MAC address: `@dstmacaddr` in `<arp>`. */
  dstmacaddr: prop('@dstmacaddr', codec.string),
  /** Destination MAC address mask: `@dstmacmask` in `<arp>`. */
  dstmacmask: prop('@dstmacmask', codec.string),
  /** `@arpsrcmacaddr` in `<arp>`. */
  arpsrcmacaddr: prop('@arpsrcmacaddr', codec.string),
  /** Sender IP address: `@arpsrcipaddr` in `<arp>`. */
  arpsrcipaddr: prop('@arpsrcipaddr', codec.string),
  /** `@arpdstmacaddr` in `<arp>`. */
  arpdstmacaddr: prop('@arpdstmacaddr', codec.string),
  /** Target IP address: `@arpdstipaddr` in `<arp>`. */
  arpdstipaddr: prop('@arpdstipaddr', codec.string),
  /** Hardware type: `@hwtype` in `<arp>`. */
  hwtype: prop('@hwtype', codec.string),
  /** Opcode: `@opcode` in `<arp>`. */
  opcode: prop('@opcode', codec.string),
  /** Protocol type: `@protocoltype` in `<arp>`. */
  protocoltype: prop('@protocoltype', codec.string),
  /** Gratuitous ARP only: `@gratuitous` in `<arp>`. */
  gratuitous: prop('@gratuitous', codec.enum('yes', 'no', 'true', 'false', '1', '0')),
  /** Free-form comment (up to 256 characters): `@comment` in `<arp>`. */
  comment: prop('@comment', codec.string),
}) {}

/** `<rarp>` (`/filter/rule/rarp`). */
export class NetworkFilterRuleRarp extends defineElement('rarp', {
  /** Whether the values must match (`yes`) or must not (`no`): `@match` in `<rarp>`. */
  match: prop('@match', codec.yesNo),
  /** Source MAC address: `@srcmacaddr` in `<rarp>`. */
  srcmacaddr: prop('@srcmacaddr', codec.string),
  /** Source MAC address mask: `@srcmacmask` in `<rarp>`. */
  srcmacmask: prop('@srcmacmask', codec.string),
  /** Destination MAC address: `@dstmacaddr` in `<rarp>`. */
  dstmacaddr: prop('@dstmacaddr', codec.string),
  /** Destination MAC address mask: `@dstmacmask` in `<rarp>`. */
  dstmacmask: prop('@dstmacmask', codec.string),
  /** `@arpsrcmacaddr` in `<rarp>`. */
  arpsrcmacaddr: prop('@arpsrcmacaddr', codec.string),
  /** Sender IP address: `@arpsrcipaddr` in `<rarp>`. */
  arpsrcipaddr: prop('@arpsrcipaddr', codec.string),
  /** `@arpdstmacaddr` in `<rarp>`. */
  arpdstmacaddr: prop('@arpdstmacaddr', codec.string),
  /** Target IP address: `@arpdstipaddr` in `<rarp>`. */
  arpdstipaddr: prop('@arpdstipaddr', codec.string),
  /** Hardware type: `@hwtype` in `<rarp>`. */
  hwtype: prop('@hwtype', codec.string),
  /** Opcode: `@opcode` in `<rarp>`. */
  opcode: prop('@opcode', codec.string),
  /** Protocol type: `@protocoltype` in `<rarp>`. */
  protocoltype: prop('@protocoltype', codec.string),
  /** Gratuitous ARP only: `@gratuitous` in `<rarp>`. */
  gratuitous: prop('@gratuitous', codec.enum('yes', 'no', 'true', 'false', '1', '0')),
  /** Free-form comment (up to 256 characters): `@comment` in `<rarp>`. */
  comment: prop('@comment', codec.string),
}) {}

/** `<ip>` (`/filter/rule/ip`). */
export class NetworkFilterRuleIp extends defineElement('ip', {
  /** Whether the values must match (`yes`) or must not (`no`): `@match` in `<ip>`. */
  match: prop('@match', codec.yesNo),
  /** Source MAC address: `@srcmacaddr` in `<ip>`. */
  srcmacaddr: prop('@srcmacaddr', codec.string),
  /** Source MAC address mask: `@srcmacmask` in `<ip>`. */
  srcmacmask: prop('@srcmacmask', codec.string),
  /** Destination MAC address: `@dstmacaddr` in `<ip>`. */
  dstmacaddr: prop('@dstmacaddr', codec.string),
  /** Destination MAC address mask: `@dstmacmask` in `<ip>`. */
  dstmacmask: prop('@dstmacmask', codec.string),
  /** Source IP address: `@srcipaddr` in `<ip>`. */
  srcipaddr: prop('@srcipaddr', codec.string),
  /** Source IP address mask: `@srcipmask` in `<ip>`. */
  srcipmask: prop('@srcipmask', codec.string),
  /** Destination IP address: `@dstipaddr` in `<ip>`. */
  dstipaddr: prop('@dstipaddr', codec.string),
  /** Destination IP address mask: `@dstipmask` in `<ip>`. */
  dstipmask: prop('@dstipmask', codec.string),
  /** Start of the source port range: `@srcportstart` in `<ip>`. */
  srcportstart: prop('@srcportstart', codec.string),
  /** End of the source port range: `@srcportend` in `<ip>`. */
  srcportend: prop('@srcportend', codec.string),
  /** Start of the destination port range: `@dstportstart` in `<ip>`. */
  dstportstart: prop('@dstportstart', codec.string),
  /** End of the destination port range: `@dstportend` in `<ip>`. */
  dstportend: prop('@dstportend', codec.string),
  /** Protocol: `@protocol` in `<ip>`. */
  protocol: prop('@protocol', codec.string),
  /** DSCP value: `@dscp` in `<ip>`. */
  dscp: prop('@dscp', codec.string),
  /** Free-form comment (up to 256 characters): `@comment` in `<ip>`. */
  comment: prop('@comment', codec.string),
}) {}

/** `<ipv6>` (`/filter/rule/ipv6`). */
export class NetworkFilterRuleIpv6 extends defineElement('ipv6', {
  /** Whether the values must match (`yes`) or must not (`no`): `@match` in `<ipv6>`. */
  match: prop('@match', codec.yesNo),
  /** Source MAC address: `@srcmacaddr` in `<ipv6>`. */
  srcmacaddr: prop('@srcmacaddr', codec.string),
  /** Source MAC address mask: `@srcmacmask` in `<ipv6>`. */
  srcmacmask: prop('@srcmacmask', codec.string),
  /** Destination MAC address: `@dstmacaddr` in `<ipv6>`. */
  dstmacaddr: prop('@dstmacaddr', codec.string),
  /** Destination MAC address mask: `@dstmacmask` in `<ipv6>`. */
  dstmacmask: prop('@dstmacmask', codec.string),
  /** Source IP address: `@srcipaddr` in `<ipv6>`. */
  srcipaddr: prop('@srcipaddr', codec.string),
  /** Source IP address mask: `@srcipmask` in `<ipv6>`. */
  srcipmask: prop('@srcipmask', codec.string),
  /** Destination IP address: `@dstipaddr` in `<ipv6>`. */
  dstipaddr: prop('@dstipaddr', codec.string),
  /** Destination IP address mask: `@dstipmask` in `<ipv6>`. */
  dstipmask: prop('@dstipmask', codec.string),
  /** Start of the source port range: `@srcportstart` in `<ipv6>`. */
  srcportstart: prop('@srcportstart', codec.string),
  /** End of the source port range: `@srcportend` in `<ipv6>`. */
  srcportend: prop('@srcportend', codec.string),
  /** Start of the destination port range: `@dstportstart` in `<ipv6>`. */
  dstportstart: prop('@dstportstart', codec.string),
  /** End of the destination port range: `@dstportend` in `<ipv6>`. */
  dstportend: prop('@dstportend', codec.string),
  /** Protocol: `@protocol` in `<ipv6>`. */
  protocol: prop('@protocol', codec.string),
  /** Type: `@type` in `<ipv6>`. */
  type: prop('@type', codec.hex),
  /** `@typeend` in `<ipv6>`. */
  typeend: prop('@typeend', codec.hex),
  /** `@code` in `<ipv6>`. */
  code: prop('@code', codec.hex),
  /** `@codeend` in `<ipv6>`. */
  codeend: prop('@codeend', codec.hex),
  /** Free-form comment (up to 256 characters): `@comment` in `<ipv6>`. */
  comment: prop('@comment', codec.string),
}) {}

/** `<tcp>` (`/filter/rule/tcp`). */
export class NetworkFilterRuleTcp extends defineElement('tcp', {
  /** Whether the values must match (`yes`) or must not (`no`): `@match` in `<tcp>`. */
  match: prop('@match', codec.yesNo),
  /** Source MAC address: `@srcmacaddr` in `<tcp>`. */
  srcmacaddr: prop('@srcmacaddr', codec.string),
  /** Start of the source port range: `@srcportstart` in `<tcp>`. */
  srcportstart: prop('@srcportstart', codec.string),
  /** End of the source port range: `@srcportend` in `<tcp>`. */
  srcportend: prop('@srcportend', codec.string),
  /** Start of the destination port range: `@dstportstart` in `<tcp>`. */
  dstportstart: prop('@dstportstart', codec.string),
  /** End of the destination port range: `@dstportend` in `<tcp>`. */
  dstportend: prop('@dstportend', codec.string),
  /** Source IP address: `@srcipaddr` in `<tcp>`. */
  srcipaddr: prop('@srcipaddr', codec.string),
  /** Source IP address mask: `@srcipmask` in `<tcp>`. */
  srcipmask: prop('@srcipmask', codec.string),
  /** Destination IP address: `@dstipaddr` in `<tcp>`. */
  dstipaddr: prop('@dstipaddr', codec.string),
  /** Destination IP address mask: `@dstipmask` in `<tcp>`. */
  dstipmask: prop('@dstipmask', codec.string),
  /** Start of the source IP address range: `@srcipfrom` in `<tcp>`. */
  srcipfrom: prop('@srcipfrom', codec.string),
  /** End of the source IP address range: `@srcipto` in `<tcp>`. */
  srcipto: prop('@srcipto', codec.string),
  /** Start of the destination IP address range: `@dstipfrom` in `<tcp>`. */
  dstipfrom: prop('@dstipfrom', codec.string),
  /** End of the destination IP address range: `@dstipto` in `<tcp>`. */
  dstipto: prop('@dstipto', codec.string),
  /** DSCP value: `@dscp` in `<tcp>`. */
  dscp: prop('@dscp', codec.string),
  /** Connection count limit: `@connlimit-above` in `<tcp>`. */
  connlimitAbove: prop('@connlimit-above', codec.string),
  /** State: `@state` in `<tcp>`. */
  state: prop('@state', codec.string),
  /** IP set name: `@ipset` in `<tcp>`. */
  ipset: prop('@ipset', codec.string),
  /** IP set flags: `@ipsetflags` in `<tcp>`. */
  ipsetflags: prop('@ipsetflags', codec.string),
  /** `@flags` in `<tcp>`. */
  flags: prop('@flags', codec.string),
  /** Free-form comment (up to 256 characters): `@comment` in `<tcp>`. */
  comment: prop('@comment', codec.string),
}) {}

/** `<udp>` (`/filter/rule/udp`). */
export class NetworkFilterRuleUdp extends defineElement('udp', {
  /** Whether the values must match (`yes`) or must not (`no`): `@match` in `<udp>`. */
  match: prop('@match', codec.yesNo),
  /** Source MAC address: `@srcmacaddr` in `<udp>`. */
  srcmacaddr: prop('@srcmacaddr', codec.string),
  /** Start of the source port range: `@srcportstart` in `<udp>`. */
  srcportstart: prop('@srcportstart', codec.string),
  /** End of the source port range: `@srcportend` in `<udp>`. */
  srcportend: prop('@srcportend', codec.string),
  /** Start of the destination port range: `@dstportstart` in `<udp>`. */
  dstportstart: prop('@dstportstart', codec.string),
  /** End of the destination port range: `@dstportend` in `<udp>`. */
  dstportend: prop('@dstportend', codec.string),
  /** Source IP address: `@srcipaddr` in `<udp>`. */
  srcipaddr: prop('@srcipaddr', codec.string),
  /** Source IP address mask: `@srcipmask` in `<udp>`. */
  srcipmask: prop('@srcipmask', codec.string),
  /** Destination IP address: `@dstipaddr` in `<udp>`. */
  dstipaddr: prop('@dstipaddr', codec.string),
  /** Destination IP address mask: `@dstipmask` in `<udp>`. */
  dstipmask: prop('@dstipmask', codec.string),
  /** Start of the source IP address range: `@srcipfrom` in `<udp>`. */
  srcipfrom: prop('@srcipfrom', codec.string),
  /** End of the source IP address range: `@srcipto` in `<udp>`. */
  srcipto: prop('@srcipto', codec.string),
  /** Start of the destination IP address range: `@dstipfrom` in `<udp>`. */
  dstipfrom: prop('@dstipfrom', codec.string),
  /** End of the destination IP address range: `@dstipto` in `<udp>`. */
  dstipto: prop('@dstipto', codec.string),
  /** DSCP value: `@dscp` in `<udp>`. */
  dscp: prop('@dscp', codec.string),
  /** Connection count limit: `@connlimit-above` in `<udp>`. */
  connlimitAbove: prop('@connlimit-above', codec.string),
  /** State: `@state` in `<udp>`. */
  state: prop('@state', codec.string),
  /** IP set name: `@ipset` in `<udp>`. */
  ipset: prop('@ipset', codec.string),
  /** IP set flags: `@ipsetflags` in `<udp>`. */
  ipsetflags: prop('@ipsetflags', codec.string),
  /** Free-form comment (up to 256 characters): `@comment` in `<udp>`. */
  comment: prop('@comment', codec.string),
}) {}

/** `<sctp>` (`/filter/rule/sctp`). */
export class NetworkFilterRuleSctp extends defineElement('sctp', {
  /** Whether the values must match (`yes`) or must not (`no`): `@match` in `<sctp>`. */
  match: prop('@match', codec.yesNo),
  /** Source MAC address: `@srcmacaddr` in `<sctp>`. */
  srcmacaddr: prop('@srcmacaddr', codec.string),
  /** Start of the source port range: `@srcportstart` in `<sctp>`. */
  srcportstart: prop('@srcportstart', codec.string),
  /** End of the source port range: `@srcportend` in `<sctp>`. */
  srcportend: prop('@srcportend', codec.string),
  /** Start of the destination port range: `@dstportstart` in `<sctp>`. */
  dstportstart: prop('@dstportstart', codec.string),
  /** End of the destination port range: `@dstportend` in `<sctp>`. */
  dstportend: prop('@dstportend', codec.string),
  /** Source IP address: `@srcipaddr` in `<sctp>`. */
  srcipaddr: prop('@srcipaddr', codec.string),
  /** Source IP address mask: `@srcipmask` in `<sctp>`. */
  srcipmask: prop('@srcipmask', codec.string),
  /** Destination IP address: `@dstipaddr` in `<sctp>`. */
  dstipaddr: prop('@dstipaddr', codec.string),
  /** Destination IP address mask: `@dstipmask` in `<sctp>`. */
  dstipmask: prop('@dstipmask', codec.string),
  /** Start of the source IP address range: `@srcipfrom` in `<sctp>`. */
  srcipfrom: prop('@srcipfrom', codec.string),
  /** End of the source IP address range: `@srcipto` in `<sctp>`. */
  srcipto: prop('@srcipto', codec.string),
  /** Start of the destination IP address range: `@dstipfrom` in `<sctp>`. */
  dstipfrom: prop('@dstipfrom', codec.string),
  /** End of the destination IP address range: `@dstipto` in `<sctp>`. */
  dstipto: prop('@dstipto', codec.string),
  /** DSCP value: `@dscp` in `<sctp>`. */
  dscp: prop('@dscp', codec.string),
  /** Connection count limit: `@connlimit-above` in `<sctp>`. */
  connlimitAbove: prop('@connlimit-above', codec.string),
  /** State: `@state` in `<sctp>`. */
  state: prop('@state', codec.string),
  /** IP set name: `@ipset` in `<sctp>`. */
  ipset: prop('@ipset', codec.string),
  /** IP set flags: `@ipsetflags` in `<sctp>`. */
  ipsetflags: prop('@ipsetflags', codec.string),
  /** Free-form comment (up to 256 characters): `@comment` in `<sctp>`. */
  comment: prop('@comment', codec.string),
}) {}

/** `<icmp>` (`/filter/rule/icmp`). */
export class NetworkFilterRuleIcmp extends defineElement('icmp', {
  /** Whether the values must match (`yes`) or must not (`no`): `@match` in `<icmp>`. */
  match: prop('@match', codec.yesNo),
  /** Source MAC address: `@srcmacaddr` in `<icmp>`. */
  srcmacaddr: prop('@srcmacaddr', codec.string),
  /** Source IP address: `@srcipaddr` in `<icmp>`. */
  srcipaddr: prop('@srcipaddr', codec.string),
  /** Source IP address mask: `@srcipmask` in `<icmp>`. */
  srcipmask: prop('@srcipmask', codec.string),
  /** Destination IP address: `@dstipaddr` in `<icmp>`. */
  dstipaddr: prop('@dstipaddr', codec.string),
  /** Destination IP address mask: `@dstipmask` in `<icmp>`. */
  dstipmask: prop('@dstipmask', codec.string),
  /** Start of the source IP address range: `@srcipfrom` in `<icmp>`. */
  srcipfrom: prop('@srcipfrom', codec.string),
  /** End of the source IP address range: `@srcipto` in `<icmp>`. */
  srcipto: prop('@srcipto', codec.string),
  /** Start of the destination IP address range: `@dstipfrom` in `<icmp>`. */
  dstipfrom: prop('@dstipfrom', codec.string),
  /** End of the destination IP address range: `@dstipto` in `<icmp>`. */
  dstipto: prop('@dstipto', codec.string),
  /** DSCP value: `@dscp` in `<icmp>`. */
  dscp: prop('@dscp', codec.string),
  /** Connection count limit: `@connlimit-above` in `<icmp>`. */
  connlimitAbove: prop('@connlimit-above', codec.string),
  /** State: `@state` in `<icmp>`. */
  state: prop('@state', codec.string),
  /** IP set name: `@ipset` in `<icmp>`. */
  ipset: prop('@ipset', codec.string),
  /** IP set flags: `@ipsetflags` in `<icmp>`. */
  ipsetflags: prop('@ipsetflags', codec.string),
  /** Type: `@type` in `<icmp>`. */
  type: prop('@type', codec.hex),
  /** `@code` in `<icmp>`. */
  code: prop('@code', codec.hex),
  /** Free-form comment (up to 256 characters): `@comment` in `<icmp>`. */
  comment: prop('@comment', codec.string),
}) {}

/** `<igmp>` (`/filter/rule/igmp`). */
export class NetworkFilterRuleIgmp extends defineElement('igmp', {
  /** Whether the values must match (`yes`) or must not (`no`): `@match` in `<igmp>`. */
  match: prop('@match', codec.yesNo),
  /** Source MAC address: `@srcmacaddr` in `<igmp>`. */
  srcmacaddr: prop('@srcmacaddr', codec.string),
  /** Source IP address: `@srcipaddr` in `<igmp>`. */
  srcipaddr: prop('@srcipaddr', codec.string),
  /** Source IP address mask: `@srcipmask` in `<igmp>`. */
  srcipmask: prop('@srcipmask', codec.string),
  /** Destination IP address: `@dstipaddr` in `<igmp>`. */
  dstipaddr: prop('@dstipaddr', codec.string),
  /** Destination IP address mask: `@dstipmask` in `<igmp>`. */
  dstipmask: prop('@dstipmask', codec.string),
  /** Start of the source IP address range: `@srcipfrom` in `<igmp>`. */
  srcipfrom: prop('@srcipfrom', codec.string),
  /** End of the source IP address range: `@srcipto` in `<igmp>`. */
  srcipto: prop('@srcipto', codec.string),
  /** Start of the destination IP address range: `@dstipfrom` in `<igmp>`. */
  dstipfrom: prop('@dstipfrom', codec.string),
  /** End of the destination IP address range: `@dstipto` in `<igmp>`. */
  dstipto: prop('@dstipto', codec.string),
  /** DSCP value: `@dscp` in `<igmp>`. */
  dscp: prop('@dscp', codec.string),
  /** Connection count limit: `@connlimit-above` in `<igmp>`. */
  connlimitAbove: prop('@connlimit-above', codec.string),
  /** State: `@state` in `<igmp>`. */
  state: prop('@state', codec.string),
  /** IP set name: `@ipset` in `<igmp>`. */
  ipset: prop('@ipset', codec.string),
  /** IP set flags: `@ipsetflags` in `<igmp>`. */
  ipsetflags: prop('@ipsetflags', codec.string),
  /** Free-form comment (up to 256 characters): `@comment` in `<igmp>`. */
  comment: prop('@comment', codec.string),
}) {}

/** `<all>` (`/filter/rule/all`). */
export class NetworkFilterRuleAll extends defineElement('all', {
  /** Whether the values must match (`yes`) or must not (`no`): `@match` in `<all>`. */
  match: prop('@match', codec.yesNo),
  /** Source MAC address: `@srcmacaddr` in `<all>`. */
  srcmacaddr: prop('@srcmacaddr', codec.string),
  /** Source IP address: `@srcipaddr` in `<all>`. */
  srcipaddr: prop('@srcipaddr', codec.string),
  /** Source IP address mask: `@srcipmask` in `<all>`. */
  srcipmask: prop('@srcipmask', codec.string),
  /** Destination IP address: `@dstipaddr` in `<all>`. */
  dstipaddr: prop('@dstipaddr', codec.string),
  /** Destination IP address mask: `@dstipmask` in `<all>`. */
  dstipmask: prop('@dstipmask', codec.string),
  /** Start of the source IP address range: `@srcipfrom` in `<all>`. */
  srcipfrom: prop('@srcipfrom', codec.string),
  /** End of the source IP address range: `@srcipto` in `<all>`. */
  srcipto: prop('@srcipto', codec.string),
  /** Start of the destination IP address range: `@dstipfrom` in `<all>`. */
  dstipfrom: prop('@dstipfrom', codec.string),
  /** End of the destination IP address range: `@dstipto` in `<all>`. */
  dstipto: prop('@dstipto', codec.string),
  /** DSCP value: `@dscp` in `<all>`. */
  dscp: prop('@dscp', codec.string),
  /** Connection count limit: `@connlimit-above` in `<all>`. */
  connlimitAbove: prop('@connlimit-above', codec.string),
  /** State: `@state` in `<all>`. */
  state: prop('@state', codec.string),
  /** IP set name: `@ipset` in `<all>`. */
  ipset: prop('@ipset', codec.string),
  /** IP set flags: `@ipsetflags` in `<all>`. */
  ipsetflags: prop('@ipsetflags', codec.string),
  /** Free-form comment (up to 256 characters): `@comment` in `<all>`. */
  comment: prop('@comment', codec.string),
}) {}

/** `<esp>` (`/filter/rule/esp`). */
export class NetworkFilterRuleEsp extends defineElement('esp', {
  /** Whether the values must match (`yes`) or must not (`no`): `@match` in `<esp>`. */
  match: prop('@match', codec.yesNo),
  /** Source MAC address: `@srcmacaddr` in `<esp>`. */
  srcmacaddr: prop('@srcmacaddr', codec.string),
  /** Source IP address: `@srcipaddr` in `<esp>`. */
  srcipaddr: prop('@srcipaddr', codec.string),
  /** Source IP address mask: `@srcipmask` in `<esp>`. */
  srcipmask: prop('@srcipmask', codec.string),
  /** Destination IP address: `@dstipaddr` in `<esp>`. */
  dstipaddr: prop('@dstipaddr', codec.string),
  /** Destination IP address mask: `@dstipmask` in `<esp>`. */
  dstipmask: prop('@dstipmask', codec.string),
  /** Start of the source IP address range: `@srcipfrom` in `<esp>`. */
  srcipfrom: prop('@srcipfrom', codec.string),
  /** End of the source IP address range: `@srcipto` in `<esp>`. */
  srcipto: prop('@srcipto', codec.string),
  /** Start of the destination IP address range: `@dstipfrom` in `<esp>`. */
  dstipfrom: prop('@dstipfrom', codec.string),
  /** End of the destination IP address range: `@dstipto` in `<esp>`. */
  dstipto: prop('@dstipto', codec.string),
  /** DSCP value: `@dscp` in `<esp>`. */
  dscp: prop('@dscp', codec.string),
  /** Connection count limit: `@connlimit-above` in `<esp>`. */
  connlimitAbove: prop('@connlimit-above', codec.string),
  /** State: `@state` in `<esp>`. */
  state: prop('@state', codec.string),
  /** IP set name: `@ipset` in `<esp>`. */
  ipset: prop('@ipset', codec.string),
  /** IP set flags: `@ipsetflags` in `<esp>`. */
  ipsetflags: prop('@ipsetflags', codec.string),
  /** Free-form comment (up to 256 characters): `@comment` in `<esp>`. */
  comment: prop('@comment', codec.string),
}) {}

/** `<ah>` (`/filter/rule/ah`). */
export class NetworkFilterRuleAh extends defineElement('ah', {
  /** Whether the values must match (`yes`) or must not (`no`): `@match` in `<ah>`. */
  match: prop('@match', codec.yesNo),
  /** Source MAC address: `@srcmacaddr` in `<ah>`. */
  srcmacaddr: prop('@srcmacaddr', codec.string),
  /** Source IP address: `@srcipaddr` in `<ah>`. */
  srcipaddr: prop('@srcipaddr', codec.string),
  /** Source IP address mask: `@srcipmask` in `<ah>`. */
  srcipmask: prop('@srcipmask', codec.string),
  /** Destination IP address: `@dstipaddr` in `<ah>`. */
  dstipaddr: prop('@dstipaddr', codec.string),
  /** Destination IP address mask: `@dstipmask` in `<ah>`. */
  dstipmask: prop('@dstipmask', codec.string),
  /** Start of the source IP address range: `@srcipfrom` in `<ah>`. */
  srcipfrom: prop('@srcipfrom', codec.string),
  /** End of the source IP address range: `@srcipto` in `<ah>`. */
  srcipto: prop('@srcipto', codec.string),
  /** Start of the destination IP address range: `@dstipfrom` in `<ah>`. */
  dstipfrom: prop('@dstipfrom', codec.string),
  /** End of the destination IP address range: `@dstipto` in `<ah>`. */
  dstipto: prop('@dstipto', codec.string),
  /** DSCP value: `@dscp` in `<ah>`. */
  dscp: prop('@dscp', codec.string),
  /** Connection count limit: `@connlimit-above` in `<ah>`. */
  connlimitAbove: prop('@connlimit-above', codec.string),
  /** State: `@state` in `<ah>`. */
  state: prop('@state', codec.string),
  /** IP set name: `@ipset` in `<ah>`. */
  ipset: prop('@ipset', codec.string),
  /** IP set flags: `@ipsetflags` in `<ah>`. */
  ipsetflags: prop('@ipsetflags', codec.string),
  /** Free-form comment (up to 256 characters): `@comment` in `<ah>`. */
  comment: prop('@comment', codec.string),
}) {}

/** `<udplite>` (`/filter/rule/udplite`). */
export class NetworkFilterRuleUdplite extends defineElement('udplite', {
  /** Whether the values must match (`yes`) or must not (`no`): `@match` in `<udplite>`. */
  match: prop('@match', codec.yesNo),
  /** Source MAC address: `@srcmacaddr` in `<udplite>`. */
  srcmacaddr: prop('@srcmacaddr', codec.string),
  /** Source IP address: `@srcipaddr` in `<udplite>`. */
  srcipaddr: prop('@srcipaddr', codec.string),
  /** Source IP address mask: `@srcipmask` in `<udplite>`. */
  srcipmask: prop('@srcipmask', codec.string),
  /** Destination IP address: `@dstipaddr` in `<udplite>`. */
  dstipaddr: prop('@dstipaddr', codec.string),
  /** Destination IP address mask: `@dstipmask` in `<udplite>`. */
  dstipmask: prop('@dstipmask', codec.string),
  /** Start of the source IP address range: `@srcipfrom` in `<udplite>`. */
  srcipfrom: prop('@srcipfrom', codec.string),
  /** End of the source IP address range: `@srcipto` in `<udplite>`. */
  srcipto: prop('@srcipto', codec.string),
  /** Start of the destination IP address range: `@dstipfrom` in `<udplite>`. */
  dstipfrom: prop('@dstipfrom', codec.string),
  /** End of the destination IP address range: `@dstipto` in `<udplite>`. */
  dstipto: prop('@dstipto', codec.string),
  /** DSCP value: `@dscp` in `<udplite>`. */
  dscp: prop('@dscp', codec.string),
  /** Connection count limit: `@connlimit-above` in `<udplite>`. */
  connlimitAbove: prop('@connlimit-above', codec.string),
  /** State: `@state` in `<udplite>`. */
  state: prop('@state', codec.string),
  /** IP set name: `@ipset` in `<udplite>`. */
  ipset: prop('@ipset', codec.string),
  /** IP set flags: `@ipsetflags` in `<udplite>`. */
  ipsetflags: prop('@ipsetflags', codec.string),
  /** Free-form comment (up to 256 characters): `@comment` in `<udplite>`. */
  comment: prop('@comment', codec.string),
}) {}

/** `<tcp-ipv6>` (`/filter/rule/tcp-ipv6`). */
export class NetworkFilterRuleTcpIpv6 extends defineElement('tcp-ipv6', {
  /** Whether the values must match (`yes`) or must not (`no`): `@match` in `<tcp-ipv6>`. */
  match: prop('@match', codec.yesNo),
  /** Source MAC address: `@srcmacaddr` in `<tcp-ipv6>`. */
  srcmacaddr: prop('@srcmacaddr', codec.string),
  /** Start of the source port range: `@srcportstart` in `<tcp-ipv6>`. */
  srcportstart: prop('@srcportstart', codec.string),
  /** End of the source port range: `@srcportend` in `<tcp-ipv6>`. */
  srcportend: prop('@srcportend', codec.string),
  /** Start of the destination port range: `@dstportstart` in `<tcp-ipv6>`. */
  dstportstart: prop('@dstportstart', codec.string),
  /** End of the destination port range: `@dstportend` in `<tcp-ipv6>`. */
  dstportend: prop('@dstportend', codec.string),
  /** Source IP address: `@srcipaddr` in `<tcp-ipv6>`. */
  srcipaddr: prop('@srcipaddr', codec.string),
  /** Source IP address mask: `@srcipmask` in `<tcp-ipv6>`. */
  srcipmask: prop('@srcipmask', codec.string),
  /** Destination IP address: `@dstipaddr` in `<tcp-ipv6>`. */
  dstipaddr: prop('@dstipaddr', codec.string),
  /** Destination IP address mask: `@dstipmask` in `<tcp-ipv6>`. */
  dstipmask: prop('@dstipmask', codec.string),
  /** Start of the source IP address range: `@srcipfrom` in `<tcp-ipv6>`. */
  srcipfrom: prop('@srcipfrom', codec.string),
  /** End of the source IP address range: `@srcipto` in `<tcp-ipv6>`. */
  srcipto: prop('@srcipto', codec.string),
  /** Start of the destination IP address range: `@dstipfrom` in `<tcp-ipv6>`. */
  dstipfrom: prop('@dstipfrom', codec.string),
  /** End of the destination IP address range: `@dstipto` in `<tcp-ipv6>`. */
  dstipto: prop('@dstipto', codec.string),
  /** DSCP value: `@dscp` in `<tcp-ipv6>`. */
  dscp: prop('@dscp', codec.string),
  /** `@flags` in `<tcp-ipv6>`. */
  flags: prop('@flags', codec.string),
  /** Free-form comment (up to 256 characters): `@comment` in `<tcp-ipv6>`. */
  comment: prop('@comment', codec.string),
}) {}

/** `<udp-ipv6>` (`/filter/rule/udp-ipv6`). */
export class NetworkFilterRuleUdpIpv6 extends defineElement('udp-ipv6', {
  /** Whether the values must match (`yes`) or must not (`no`): `@match` in `<udp-ipv6>`. */
  match: prop('@match', codec.yesNo),
  /** Source MAC address: `@srcmacaddr` in `<udp-ipv6>`. */
  srcmacaddr: prop('@srcmacaddr', codec.string),
  /** Start of the source port range: `@srcportstart` in `<udp-ipv6>`. */
  srcportstart: prop('@srcportstart', codec.string),
  /** End of the source port range: `@srcportend` in `<udp-ipv6>`. */
  srcportend: prop('@srcportend', codec.string),
  /** Start of the destination port range: `@dstportstart` in `<udp-ipv6>`. */
  dstportstart: prop('@dstportstart', codec.string),
  /** End of the destination port range: `@dstportend` in `<udp-ipv6>`. */
  dstportend: prop('@dstportend', codec.string),
  /** Source IP address: `@srcipaddr` in `<udp-ipv6>`. */
  srcipaddr: prop('@srcipaddr', codec.string),
  /** Source IP address mask: `@srcipmask` in `<udp-ipv6>`. */
  srcipmask: prop('@srcipmask', codec.string),
  /** Destination IP address: `@dstipaddr` in `<udp-ipv6>`. */
  dstipaddr: prop('@dstipaddr', codec.string),
  /** Destination IP address mask: `@dstipmask` in `<udp-ipv6>`. */
  dstipmask: prop('@dstipmask', codec.string),
  /** Start of the source IP address range: `@srcipfrom` in `<udp-ipv6>`. */
  srcipfrom: prop('@srcipfrom', codec.string),
  /** End of the source IP address range: `@srcipto` in `<udp-ipv6>`. */
  srcipto: prop('@srcipto', codec.string),
  /** Start of the destination IP address range: `@dstipfrom` in `<udp-ipv6>`. */
  dstipfrom: prop('@dstipfrom', codec.string),
  /** End of the destination IP address range: `@dstipto` in `<udp-ipv6>`. */
  dstipto: prop('@dstipto', codec.string),
  /** DSCP value: `@dscp` in `<udp-ipv6>`. */
  dscp: prop('@dscp', codec.string),
  /** Free-form comment (up to 256 characters): `@comment` in `<udp-ipv6>`. */
  comment: prop('@comment', codec.string),
}) {}

/** `<sctp-ipv6>` (`/filter/rule/sctp-ipv6`). */
export class NetworkFilterRuleSctpIpv6 extends defineElement('sctp-ipv6', {
  /** Whether the values must match (`yes`) or must not (`no`): `@match` in `<sctp-ipv6>`. */
  match: prop('@match', codec.yesNo),
  /** Source MAC address: `@srcmacaddr` in `<sctp-ipv6>`. */
  srcmacaddr: prop('@srcmacaddr', codec.string),
  /** Start of the source port range: `@srcportstart` in `<sctp-ipv6>`. */
  srcportstart: prop('@srcportstart', codec.string),
  /** End of the source port range: `@srcportend` in `<sctp-ipv6>`. */
  srcportend: prop('@srcportend', codec.string),
  /** Start of the destination port range: `@dstportstart` in `<sctp-ipv6>`. */
  dstportstart: prop('@dstportstart', codec.string),
  /** End of the destination port range: `@dstportend` in `<sctp-ipv6>`. */
  dstportend: prop('@dstportend', codec.string),
  /** Source IP address: `@srcipaddr` in `<sctp-ipv6>`. */
  srcipaddr: prop('@srcipaddr', codec.string),
  /** Source IP address mask: `@srcipmask` in `<sctp-ipv6>`. */
  srcipmask: prop('@srcipmask', codec.string),
  /** Destination IP address: `@dstipaddr` in `<sctp-ipv6>`. */
  dstipaddr: prop('@dstipaddr', codec.string),
  /** Destination IP address mask: `@dstipmask` in `<sctp-ipv6>`. */
  dstipmask: prop('@dstipmask', codec.string),
  /** Start of the source IP address range: `@srcipfrom` in `<sctp-ipv6>`. */
  srcipfrom: prop('@srcipfrom', codec.string),
  /** End of the source IP address range: `@srcipto` in `<sctp-ipv6>`. */
  srcipto: prop('@srcipto', codec.string),
  /** Start of the destination IP address range: `@dstipfrom` in `<sctp-ipv6>`. */
  dstipfrom: prop('@dstipfrom', codec.string),
  /** End of the destination IP address range: `@dstipto` in `<sctp-ipv6>`. */
  dstipto: prop('@dstipto', codec.string),
  /** DSCP value: `@dscp` in `<sctp-ipv6>`. */
  dscp: prop('@dscp', codec.string),
  /** Free-form comment (up to 256 characters): `@comment` in `<sctp-ipv6>`. */
  comment: prop('@comment', codec.string),
}) {}

/** `<icmpv6>` (`/filter/rule/icmpv6`). */
export class NetworkFilterRuleIcmpv6 extends defineElement('icmpv6', {
  /** Whether the values must match (`yes`) or must not (`no`): `@match` in `<icmpv6>`. */
  match: prop('@match', codec.yesNo),
  /** Source MAC address: `@srcmacaddr` in `<icmpv6>`. */
  srcmacaddr: prop('@srcmacaddr', codec.string),
  /** Source IP address: `@srcipaddr` in `<icmpv6>`. */
  srcipaddr: prop('@srcipaddr', codec.string),
  /** Source IP address mask: `@srcipmask` in `<icmpv6>`. */
  srcipmask: prop('@srcipmask', codec.string),
  /** Destination IP address: `@dstipaddr` in `<icmpv6>`. */
  dstipaddr: prop('@dstipaddr', codec.string),
  /** Destination IP address mask: `@dstipmask` in `<icmpv6>`. */
  dstipmask: prop('@dstipmask', codec.string),
  /** Start of the source IP address range: `@srcipfrom` in `<icmpv6>`. */
  srcipfrom: prop('@srcipfrom', codec.string),
  /** End of the source IP address range: `@srcipto` in `<icmpv6>`. */
  srcipto: prop('@srcipto', codec.string),
  /** Start of the destination IP address range: `@dstipfrom` in `<icmpv6>`. */
  dstipfrom: prop('@dstipfrom', codec.string),
  /** End of the destination IP address range: `@dstipto` in `<icmpv6>`. */
  dstipto: prop('@dstipto', codec.string),
  /** DSCP value: `@dscp` in `<icmpv6>`. */
  dscp: prop('@dscp', codec.string),
  /** Type: `@type` in `<icmpv6>`. */
  type: prop('@type', codec.hex),
  /** `@code` in `<icmpv6>`. */
  code: prop('@code', codec.hex),
  /** Free-form comment (up to 256 characters): `@comment` in `<icmpv6>`. */
  comment: prop('@comment', codec.string),
}) {}

/** `<all-ipv6>` (`/filter/rule/all-ipv6`). */
export class NetworkFilterRuleAllIpv6 extends defineElement('all-ipv6', {
  /** Whether the values must match (`yes`) or must not (`no`): `@match` in `<all-ipv6>`. */
  match: prop('@match', codec.yesNo),
  /** Source MAC address: `@srcmacaddr` in `<all-ipv6>`. */
  srcmacaddr: prop('@srcmacaddr', codec.string),
  /** Source IP address: `@srcipaddr` in `<all-ipv6>`. */
  srcipaddr: prop('@srcipaddr', codec.string),
  /** Source IP address mask: `@srcipmask` in `<all-ipv6>`. */
  srcipmask: prop('@srcipmask', codec.string),
  /** Destination IP address: `@dstipaddr` in `<all-ipv6>`. */
  dstipaddr: prop('@dstipaddr', codec.string),
  /** Destination IP address mask: `@dstipmask` in `<all-ipv6>`. */
  dstipmask: prop('@dstipmask', codec.string),
  /** Start of the source IP address range: `@srcipfrom` in `<all-ipv6>`. */
  srcipfrom: prop('@srcipfrom', codec.string),
  /** End of the source IP address range: `@srcipto` in `<all-ipv6>`. */
  srcipto: prop('@srcipto', codec.string),
  /** Start of the destination IP address range: `@dstipfrom` in `<all-ipv6>`. */
  dstipfrom: prop('@dstipfrom', codec.string),
  /** End of the destination IP address range: `@dstipto` in `<all-ipv6>`. */
  dstipto: prop('@dstipto', codec.string),
  /** DSCP value: `@dscp` in `<all-ipv6>`. */
  dscp: prop('@dscp', codec.string),
  /** Free-form comment (up to 256 characters): `@comment` in `<all-ipv6>`. */
  comment: prop('@comment', codec.string),
}) {}

/** `<esp-ipv6>` (`/filter/rule/esp-ipv6`). */
export class NetworkFilterRuleEspIpv6 extends defineElement('esp-ipv6', {
  /** Whether the values must match (`yes`) or must not (`no`): `@match` in `<esp-ipv6>`. */
  match: prop('@match', codec.yesNo),
  /** Source MAC address: `@srcmacaddr` in `<esp-ipv6>`. */
  srcmacaddr: prop('@srcmacaddr', codec.string),
  /** Source IP address: `@srcipaddr` in `<esp-ipv6>`. */
  srcipaddr: prop('@srcipaddr', codec.string),
  /** Source IP address mask: `@srcipmask` in `<esp-ipv6>`. */
  srcipmask: prop('@srcipmask', codec.string),
  /** Destination IP address: `@dstipaddr` in `<esp-ipv6>`. */
  dstipaddr: prop('@dstipaddr', codec.string),
  /** Destination IP address mask: `@dstipmask` in `<esp-ipv6>`. */
  dstipmask: prop('@dstipmask', codec.string),
  /** Start of the source IP address range: `@srcipfrom` in `<esp-ipv6>`. */
  srcipfrom: prop('@srcipfrom', codec.string),
  /** End of the source IP address range: `@srcipto` in `<esp-ipv6>`. */
  srcipto: prop('@srcipto', codec.string),
  /** Start of the destination IP address range: `@dstipfrom` in `<esp-ipv6>`. */
  dstipfrom: prop('@dstipfrom', codec.string),
  /** End of the destination IP address range: `@dstipto` in `<esp-ipv6>`. */
  dstipto: prop('@dstipto', codec.string),
  /** DSCP value: `@dscp` in `<esp-ipv6>`. */
  dscp: prop('@dscp', codec.string),
  /** Free-form comment (up to 256 characters): `@comment` in `<esp-ipv6>`. */
  comment: prop('@comment', codec.string),
}) {}

/** `<ah-ipv6>` (`/filter/rule/ah-ipv6`). */
export class NetworkFilterRuleAhIpv6 extends defineElement('ah-ipv6', {
  /** Whether the values must match (`yes`) or must not (`no`): `@match` in `<ah-ipv6>`. */
  match: prop('@match', codec.yesNo),
  /** Source MAC address: `@srcmacaddr` in `<ah-ipv6>`. */
  srcmacaddr: prop('@srcmacaddr', codec.string),
  /** Source IP address: `@srcipaddr` in `<ah-ipv6>`. */
  srcipaddr: prop('@srcipaddr', codec.string),
  /** Source IP address mask: `@srcipmask` in `<ah-ipv6>`. */
  srcipmask: prop('@srcipmask', codec.string),
  /** Destination IP address: `@dstipaddr` in `<ah-ipv6>`. */
  dstipaddr: prop('@dstipaddr', codec.string),
  /** Destination IP address mask: `@dstipmask` in `<ah-ipv6>`. */
  dstipmask: prop('@dstipmask', codec.string),
  /** Start of the source IP address range: `@srcipfrom` in `<ah-ipv6>`. */
  srcipfrom: prop('@srcipfrom', codec.string),
  /** End of the source IP address range: `@srcipto` in `<ah-ipv6>`. */
  srcipto: prop('@srcipto', codec.string),
  /** Start of the destination IP address range: `@dstipfrom` in `<ah-ipv6>`. */
  dstipfrom: prop('@dstipfrom', codec.string),
  /** End of the destination IP address range: `@dstipto` in `<ah-ipv6>`. */
  dstipto: prop('@dstipto', codec.string),
  /** DSCP value: `@dscp` in `<ah-ipv6>`. */
  dscp: prop('@dscp', codec.string),
  /** Free-form comment (up to 256 characters): `@comment` in `<ah-ipv6>`. */
  comment: prop('@comment', codec.string),
}) {}

/** `<udplite-ipv6>` (`/filter/rule/udplite-ipv6`). */
export class NetworkFilterRuleUdpliteIpv6 extends defineElement('udplite-ipv6', {
  /** Whether the values must match (`yes`) or must not (`no`): `@match` in `<udplite-ipv6>`. */
  match: prop('@match', codec.yesNo),
  /** Source MAC address: `@srcmacaddr` in `<udplite-ipv6>`. */
  srcmacaddr: prop('@srcmacaddr', codec.string),
  /** Source IP address: `@srcipaddr` in `<udplite-ipv6>`. */
  srcipaddr: prop('@srcipaddr', codec.string),
  /** Source IP address mask: `@srcipmask` in `<udplite-ipv6>`. */
  srcipmask: prop('@srcipmask', codec.string),
  /** Destination IP address: `@dstipaddr` in `<udplite-ipv6>`. */
  dstipaddr: prop('@dstipaddr', codec.string),
  /** Destination IP address mask: `@dstipmask` in `<udplite-ipv6>`. */
  dstipmask: prop('@dstipmask', codec.string),
  /** Start of the source IP address range: `@srcipfrom` in `<udplite-ipv6>`. */
  srcipfrom: prop('@srcipfrom', codec.string),
  /** End of the source IP address range: `@srcipto` in `<udplite-ipv6>`. */
  srcipto: prop('@srcipto', codec.string),
  /** Start of the destination IP address range: `@dstipfrom` in `<udplite-ipv6>`. */
  dstipfrom: prop('@dstipfrom', codec.string),
  /** End of the destination IP address range: `@dstipto` in `<udplite-ipv6>`. */
  dstipto: prop('@dstipto', codec.string),
  /** DSCP value: `@dscp` in `<udplite-ipv6>`. */
  dscp: prop('@dscp', codec.string),
  /** Free-form comment (up to 256 characters): `@comment` in `<udplite-ipv6>`. */
  comment: prop('@comment', codec.string),
}) {}

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
