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

/** The attributes libvirt's nwfilter schema gives each of `<arp>` and `<rarp>`, declared once. */
const arpAttributes = {
  /** Whether the values must match (`yes`) or must not (`no`): `@match`. */
  match: prop('@match', codec.yesNo),
  /** Source MAC address: `@srcmacaddr`. */
  srcmacaddr: prop('@srcmacaddr', codec.string),
  /** Source MAC address mask: `@srcmacmask`. */
  srcmacmask: prop('@srcmacmask', codec.string),
  /** Destination MAC address: `@dstmacaddr`. */
  dstmacaddr: prop('@dstmacaddr', codec.string),
  /** Destination MAC address mask: `@dstmacmask`. */
  dstmacmask: prop('@dstmacmask', codec.string),
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
  /** Free-form comment (up to 256 characters): `@comment`. */
  comment: prop('@comment', codec.string),
}

/** `<arp>` (`/filter/rule/arp`). */
export class NetworkFilterRuleArp extends defineElement('arp', { ...arpAttributes }) {}

/** `<rarp>` (`/filter/rule/rarp`). */
export class NetworkFilterRuleRarp extends defineElement('rarp', { ...arpAttributes }) {}

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

/** The attributes libvirt's nwfilter schema gives each of `<udp>` and `<sctp>`, declared once. */
const portProtocolAttributes = {
  /** Whether the values must match (`yes`) or must not (`no`): `@match`. */
  match: prop('@match', codec.yesNo),
  /** Source MAC address: `@srcmacaddr`. */
  srcmacaddr: prop('@srcmacaddr', codec.string),
  /** Start of the source port range: `@srcportstart`. */
  srcportstart: prop('@srcportstart', codec.string),
  /** End of the source port range: `@srcportend`. */
  srcportend: prop('@srcportend', codec.string),
  /** Start of the destination port range: `@dstportstart`. */
  dstportstart: prop('@dstportstart', codec.string),
  /** End of the destination port range: `@dstportend`. */
  dstportend: prop('@dstportend', codec.string),
  /** Source IP address: `@srcipaddr`. */
  srcipaddr: prop('@srcipaddr', codec.string),
  /** Source IP address mask: `@srcipmask`. */
  srcipmask: prop('@srcipmask', codec.string),
  /** Destination IP address: `@dstipaddr`. */
  dstipaddr: prop('@dstipaddr', codec.string),
  /** Destination IP address mask: `@dstipmask`. */
  dstipmask: prop('@dstipmask', codec.string),
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
  /** Connection count limit: `@connlimit-above`. */
  connlimitAbove: prop('@connlimit-above', codec.string),
  /** State: `@state`. */
  state: prop('@state', codec.string),
  /** IP set name: `@ipset`. */
  ipset: prop('@ipset', codec.string),
  /** IP set flags: `@ipsetflags`. */
  ipsetflags: prop('@ipsetflags', codec.string),
  /** Free-form comment (up to 256 characters): `@comment`. */
  comment: prop('@comment', codec.string),
}

/** `<udp>` (`/filter/rule/udp`). */
export class NetworkFilterRuleUdp extends defineElement('udp', { ...portProtocolAttributes }) {}

/** `<sctp>` (`/filter/rule/sctp`). */
export class NetworkFilterRuleSctp extends defineElement('sctp', { ...portProtocolAttributes }) {}

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

/** The attributes libvirt's nwfilter schema gives each of `<igmp>`, `<all>`, `<esp>`, `<ah>` and `<udplite>`, declared once. */
const ipProtocolAttributes = {
  /** Whether the values must match (`yes`) or must not (`no`): `@match`. */
  match: prop('@match', codec.yesNo),
  /** Source MAC address: `@srcmacaddr`. */
  srcmacaddr: prop('@srcmacaddr', codec.string),
  /** Source IP address: `@srcipaddr`. */
  srcipaddr: prop('@srcipaddr', codec.string),
  /** Source IP address mask: `@srcipmask`. */
  srcipmask: prop('@srcipmask', codec.string),
  /** Destination IP address: `@dstipaddr`. */
  dstipaddr: prop('@dstipaddr', codec.string),
  /** Destination IP address mask: `@dstipmask`. */
  dstipmask: prop('@dstipmask', codec.string),
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
  /** Connection count limit: `@connlimit-above`. */
  connlimitAbove: prop('@connlimit-above', codec.string),
  /** State: `@state`. */
  state: prop('@state', codec.string),
  /** IP set name: `@ipset`. */
  ipset: prop('@ipset', codec.string),
  /** IP set flags: `@ipsetflags`. */
  ipsetflags: prop('@ipsetflags', codec.string),
  /** Free-form comment (up to 256 characters): `@comment`. */
  comment: prop('@comment', codec.string),
}

/** `<igmp>` (`/filter/rule/igmp`). */
export class NetworkFilterRuleIgmp extends defineElement('igmp', { ...ipProtocolAttributes }) {}

/** `<all>` (`/filter/rule/all`). */
export class NetworkFilterRuleAll extends defineElement('all', { ...ipProtocolAttributes }) {}

/** `<esp>` (`/filter/rule/esp`). */
export class NetworkFilterRuleEsp extends defineElement('esp', { ...ipProtocolAttributes }) {}

/** `<ah>` (`/filter/rule/ah`). */
export class NetworkFilterRuleAh extends defineElement('ah', { ...ipProtocolAttributes }) {}

/** `<udplite>` (`/filter/rule/udplite`). */
export class NetworkFilterRuleUdplite extends defineElement('udplite', { ...ipProtocolAttributes }) {}

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

/** The attributes libvirt's nwfilter schema gives each of `<udp-ipv6>` and `<sctp-ipv6>`, declared once. */
const portProtocolIpv6Attributes = {
  /** Whether the values must match (`yes`) or must not (`no`): `@match`. */
  match: prop('@match', codec.yesNo),
  /** Source MAC address: `@srcmacaddr`. */
  srcmacaddr: prop('@srcmacaddr', codec.string),
  /** Start of the source port range: `@srcportstart`. */
  srcportstart: prop('@srcportstart', codec.string),
  /** End of the source port range: `@srcportend`. */
  srcportend: prop('@srcportend', codec.string),
  /** Start of the destination port range: `@dstportstart`. */
  dstportstart: prop('@dstportstart', codec.string),
  /** End of the destination port range: `@dstportend`. */
  dstportend: prop('@dstportend', codec.string),
  /** Source IP address: `@srcipaddr`. */
  srcipaddr: prop('@srcipaddr', codec.string),
  /** Source IP address mask: `@srcipmask`. */
  srcipmask: prop('@srcipmask', codec.string),
  /** Destination IP address: `@dstipaddr`. */
  dstipaddr: prop('@dstipaddr', codec.string),
  /** Destination IP address mask: `@dstipmask`. */
  dstipmask: prop('@dstipmask', codec.string),
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
  /** Free-form comment (up to 256 characters): `@comment`. */
  comment: prop('@comment', codec.string),
}

/** `<udp-ipv6>` (`/filter/rule/udp-ipv6`). */
export class NetworkFilterRuleUdpIpv6 extends defineElement('udp-ipv6', { ...portProtocolIpv6Attributes }) {}

/** `<sctp-ipv6>` (`/filter/rule/sctp-ipv6`). */
export class NetworkFilterRuleSctpIpv6 extends defineElement('sctp-ipv6', { ...portProtocolIpv6Attributes }) {}

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

/** The attributes libvirt's nwfilter schema gives each of `<all-ipv6>`, `<esp-ipv6>`, `<ah-ipv6>` and `<udplite-ipv6>`, declared once. */
const ipProtocolIpv6Attributes = {
  /** Whether the values must match (`yes`) or must not (`no`): `@match`. */
  match: prop('@match', codec.yesNo),
  /** Source MAC address: `@srcmacaddr`. */
  srcmacaddr: prop('@srcmacaddr', codec.string),
  /** Source IP address: `@srcipaddr`. */
  srcipaddr: prop('@srcipaddr', codec.string),
  /** Source IP address mask: `@srcipmask`. */
  srcipmask: prop('@srcipmask', codec.string),
  /** Destination IP address: `@dstipaddr`. */
  dstipaddr: prop('@dstipaddr', codec.string),
  /** Destination IP address mask: `@dstipmask`. */
  dstipmask: prop('@dstipmask', codec.string),
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
  /** Free-form comment (up to 256 characters): `@comment`. */
  comment: prop('@comment', codec.string),
}

/** `<all-ipv6>` (`/filter/rule/all-ipv6`). */
export class NetworkFilterRuleAllIpv6 extends defineElement('all-ipv6', { ...ipProtocolIpv6Attributes }) {}

/** `<esp-ipv6>` (`/filter/rule/esp-ipv6`). */
export class NetworkFilterRuleEspIpv6 extends defineElement('esp-ipv6', { ...ipProtocolIpv6Attributes }) {}

/** `<ah-ipv6>` (`/filter/rule/ah-ipv6`). */
export class NetworkFilterRuleAhIpv6 extends defineElement('ah-ipv6', { ...ipProtocolIpv6Attributes }) {}

/** `<udplite-ipv6>` (`/filter/rule/udplite-ipv6`). */
export class NetworkFilterRuleUdpliteIpv6 extends defineElement('udplite-ipv6', { ...ipProtocolIpv6Attributes }) {}

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
