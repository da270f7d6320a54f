import { child, codec, defineElement, prop } from '../core/index.js'

/** `<mac>` (`/filter/rule/mac`). */
export class NetworkFilterRuleMac extends defineElement('mac', {
  match: prop('@match', codec.yesNo),
  srcmacaddr: prop('@srcmacaddr', codec.string),
  srcmacmask: prop('@srcmacmask', codec.string),
  dstmacaddr: prop('@dstmacaddr', codec.string),
  dstmacmask: prop('@dstmacmask', codec.string),
  protocolid: prop('@protocolid', codec.string),
  comment: prop('@comment', codec.string),
}) {}

/** `<vlan>` (`/filter/rule/vlan`). */
export class NetworkFilterRuleVlan extends defineElement('vlan', {
  match: prop('@match', codec.yesNo),
  srcmacaddr: prop('@srcmacaddr', codec.string),
  srcmacmask: prop('@srcmacmask', codec.string),
  dstmacaddr: prop('@dstmacaddr', codec.string),
  dstmacmask: prop('@dstmacmask', codec.string),
  vlanid: prop('@vlanid', codec.string),
  encapProtocol: prop('@encap-protocol', codec.string),
  comment: prop('@comment', codec.string),
}) {}

/** `<stp>` (`/filter/rule/stp`). */
export class NetworkFilterRuleStp extends defineElement('stp', {
  match: prop('@match', codec.yesNo),
  srcmacaddr: prop('@srcmacaddr', codec.string),
  srcmacmask: prop('@srcmacmask', codec.string),
  type: prop('@type', codec.hex),
  flags: prop('@flags', codec.hex),
  rootPriority: prop('@root-priority', codec.string),
  rootPriorityHi: prop('@root-priority-hi', codec.string),
  rootAddress: prop('@root-address', codec.string),
  rootAddressMask: prop('@root-address-mask', codec.string),
  rootCost: prop('@root-cost', codec.string),
  rootCostHi: prop('@root-cost-hi', codec.string),
  senderPriority: prop('@sender-priority', codec.string),
  senderPriorityHi: prop('@sender-priority-hi', codec.string),
  senderAddress: prop('@sender-address', codec.string),
  senderAddressMask: prop('@sender-address-mask', codec.string),
  port: prop('@port', codec.string),
  portHi: prop('@port-hi', codec.string),
  age: prop('@age', codec.string),
  ageHi: prop('@age-hi', codec.string),
  maxAge: prop('@max-age', codec.string),
  maxAgeHi: prop('@max-age-hi', codec.string),
  helloTime: prop('@hello-time', codec.string),
  helloTimeHi: prop('@hello-time-hi', codec.string),
  forwardDelay: prop('@forward-delay', codec.string),
  forwardDelayHi: prop('@forward-delay-hi', codec.string),
  comment: prop('@comment', codec.string),
}) {}

/** `<arp>` (`/filter/rule/arp`). */
export class NetworkFilterRuleArp extends defineElement('arp', {
  match: prop('@match', codec.yesNo),
  srcmacaddr: prop('@srcmacaddr', codec.string),
  srcmacmask: prop('@srcmacmask', codec.string),
  dstmacaddr: prop('@dstmacaddr', codec.string),
  dstmacmask: prop('@dstmacmask', codec.string),
  arpsrcmacaddr: prop('@arpsrcmacaddr', codec.string),
  arpsrcipaddr: prop('@arpsrcipaddr', codec.string),
  arpdstmacaddr: prop('@arpdstmacaddr', codec.string),
  arpdstipaddr: prop('@arpdstipaddr', codec.string),
  hwtype: prop('@hwtype', codec.string),
  opcode: prop('@opcode', codec.string),
  protocoltype: prop('@protocoltype', codec.string),
  gratuitous: prop('@gratuitous', codec.enum('yes', 'no', 'true', 'false', '1', '0')),
  comment: prop('@comment', codec.string),
}) {}

/** `<rarp>` (`/filter/rule/rarp`). */
export class NetworkFilterRuleRarp extends defineElement('rarp', {
  match: prop('@match', codec.yesNo),
  srcmacaddr: prop('@srcmacaddr', codec.string),
  srcmacmask: prop('@srcmacmask', codec.string),
  dstmacaddr: prop('@dstmacaddr', codec.string),
  dstmacmask: prop('@dstmacmask', codec.string),
  arpsrcmacaddr: prop('@arpsrcmacaddr', codec.string),
  arpsrcipaddr: prop('@arpsrcipaddr', codec.string),
  arpdstmacaddr: prop('@arpdstmacaddr', codec.string),
  arpdstipaddr: prop('@arpdstipaddr', codec.string),
  hwtype: prop('@hwtype', codec.string),
  opcode: prop('@opcode', codec.string),
  protocoltype: prop('@protocoltype', codec.string),
  gratuitous: prop('@gratuitous', codec.enum('yes', 'no', 'true', 'false', '1', '0')),
  comment: prop('@comment', codec.string),
}) {}

/** `<ip>` (`/filter/rule/ip`). */
export class NetworkFilterRuleIp extends defineElement('ip', {
  match: prop('@match', codec.yesNo),
  srcmacaddr: prop('@srcmacaddr', codec.string),
  srcmacmask: prop('@srcmacmask', codec.string),
  dstmacaddr: prop('@dstmacaddr', codec.string),
  dstmacmask: prop('@dstmacmask', codec.string),
  srcipaddr: prop('@srcipaddr', codec.string),
  srcipmask: prop('@srcipmask', codec.string),
  dstipaddr: prop('@dstipaddr', codec.string),
  dstipmask: prop('@dstipmask', codec.string),
  srcportstart: prop('@srcportstart', codec.string),
  srcportend: prop('@srcportend', codec.string),
  dstportstart: prop('@dstportstart', codec.string),
  dstportend: prop('@dstportend', codec.string),
  protocol: prop('@protocol', codec.string),
  dscp: prop('@dscp', codec.string),
  comment: prop('@comment', codec.string),
}) {}

/** `<ipv6>` (`/filter/rule/ipv6`). */
export class NetworkFilterRuleIpv6 extends defineElement('ipv6', {
  match: prop('@match', codec.yesNo),
  srcmacaddr: prop('@srcmacaddr', codec.string),
  srcmacmask: prop('@srcmacmask', codec.string),
  dstmacaddr: prop('@dstmacaddr', codec.string),
  dstmacmask: prop('@dstmacmask', codec.string),
  srcipaddr: prop('@srcipaddr', codec.string),
  srcipmask: prop('@srcipmask', codec.string),
  dstipaddr: prop('@dstipaddr', codec.string),
  dstipmask: prop('@dstipmask', codec.string),
  srcportstart: prop('@srcportstart', codec.string),
  srcportend: prop('@srcportend', codec.string),
  dstportstart: prop('@dstportstart', codec.string),
  dstportend: prop('@dstportend', codec.string),
  protocol: prop('@protocol', codec.string),
  type: prop('@type', codec.hex),
  typeend: prop('@typeend', codec.hex),
  code: prop('@code', codec.hex),
  codeend: prop('@codeend', codec.hex),
  comment: prop('@comment', codec.string),
}) {}

/** `<tcp>` (`/filter/rule/tcp`). */
export class NetworkFilterRuleTcp extends defineElement('tcp', {
  match: prop('@match', codec.yesNo),
  srcmacaddr: prop('@srcmacaddr', codec.string),
  srcportstart: prop('@srcportstart', codec.string),
  srcportend: prop('@srcportend', codec.string),
  dstportstart: prop('@dstportstart', codec.string),
  dstportend: prop('@dstportend', codec.string),
  srcipaddr: prop('@srcipaddr', codec.string),
  srcipmask: prop('@srcipmask', codec.string),
  dstipaddr: prop('@dstipaddr', codec.string),
  dstipmask: prop('@dstipmask', codec.string),
  srcipfrom: prop('@srcipfrom', codec.string),
  srcipto: prop('@srcipto', codec.string),
  dstipfrom: prop('@dstipfrom', codec.string),
  dstipto: prop('@dstipto', codec.string),
  dscp: prop('@dscp', codec.string),
  connlimitAbove: prop('@connlimit-above', codec.string),
  state: prop('@state', codec.string),
  ipset: prop('@ipset', codec.string),
  ipsetflags: prop('@ipsetflags', codec.string),
  flags: prop('@flags', codec.string),
  comment: prop('@comment', codec.string),
}) {}

/** `<udp>` (`/filter/rule/udp`). */
export class NetworkFilterRuleUdp extends defineElement('udp', {
  match: prop('@match', codec.yesNo),
  srcmacaddr: prop('@srcmacaddr', codec.string),
  srcportstart: prop('@srcportstart', codec.string),
  srcportend: prop('@srcportend', codec.string),
  dstportstart: prop('@dstportstart', codec.string),
  dstportend: prop('@dstportend', codec.string),
  srcipaddr: prop('@srcipaddr', codec.string),
  srcipmask: prop('@srcipmask', codec.string),
  dstipaddr: prop('@dstipaddr', codec.string),
  dstipmask: prop('@dstipmask', codec.string),
  srcipfrom: prop('@srcipfrom', codec.string),
  srcipto: prop('@srcipto', codec.string),
  dstipfrom: prop('@dstipfrom', codec.string),
  dstipto: prop('@dstipto', codec.string),
  dscp: prop('@dscp', codec.string),
  connlimitAbove: prop('@connlimit-above', codec.string),
  state: prop('@state', codec.string),
  ipset: prop('@ipset', codec.string),
  ipsetflags: prop('@ipsetflags', codec.string),
  comment: prop('@comment', codec.string),
}) {}

/** `<sctp>` (`/filter/rule/sctp`). */
export class NetworkFilterRuleSctp extends defineElement('sctp', {
  match: prop('@match', codec.yesNo),
  srcmacaddr: prop('@srcmacaddr', codec.string),
  srcportstart: prop('@srcportstart', codec.string),
  srcportend: prop('@srcportend', codec.string),
  dstportstart: prop('@dstportstart', codec.string),
  dstportend: prop('@dstportend', codec.string),
  srcipaddr: prop('@srcipaddr', codec.string),
  srcipmask: prop('@srcipmask', codec.string),
  dstipaddr: prop('@dstipaddr', codec.string),
  dstipmask: prop('@dstipmask', codec.string),
  srcipfrom: prop('@srcipfrom', codec.string),
  srcipto: prop('@srcipto', codec.string),
  dstipfrom: prop('@dstipfrom', codec.string),
  dstipto: prop('@dstipto', codec.string),
  dscp: prop('@dscp', codec.string),
  connlimitAbove: prop('@connlimit-above', codec.string),
  state: prop('@state', codec.string),
  ipset: prop('@ipset', codec.string),
  ipsetflags: prop('@ipsetflags', codec.string),
  comment: prop('@comment', codec.string),
}) {}

/** `<icmp>` (`/filter/rule/icmp`). */
export class NetworkFilterRuleIcmp extends defineElement('icmp', {
  match: prop('@match', codec.yesNo),
  srcmacaddr: prop('@srcmacaddr', codec.string),
  srcipaddr: prop('@srcipaddr', codec.string),
  srcipmask: prop('@srcipmask', codec.string),
  dstipaddr: prop('@dstipaddr', codec.string),
  dstipmask: prop('@dstipmask', codec.string),
  srcipfrom: prop('@srcipfrom', codec.string),
  srcipto: prop('@srcipto', codec.string),
  dstipfrom: prop('@dstipfrom', codec.string),
  dstipto: prop('@dstipto', codec.string),
  dscp: prop('@dscp', codec.string),
  connlimitAbove: prop('@connlimit-above', codec.string),
  state: prop('@state', codec.string),
  ipset: prop('@ipset', codec.string),
  ipsetflags: prop('@ipsetflags', codec.string),
  type: prop('@type', codec.hex),
  code: prop('@code', codec.hex),
  comment: prop('@comment', codec.string),
}) {}

/** `<igmp>` (`/filter/rule/igmp`). */
export class NetworkFilterRuleIgmp extends defineElement('igmp', {
  match: prop('@match', codec.yesNo),
  srcmacaddr: prop('@srcmacaddr', codec.string),
  srcipaddr: prop('@srcipaddr', codec.string),
  srcipmask: prop('@srcipmask', codec.string),
  dstipaddr: prop('@dstipaddr', codec.string),
  dstipmask: prop('@dstipmask', codec.string),
  srcipfrom: prop('@srcipfrom', codec.string),
  srcipto: prop('@srcipto', codec.string),
  dstipfrom: prop('@dstipfrom', codec.string),
  dstipto: prop('@dstipto', codec.string),
  dscp: prop('@dscp', codec.string),
  connlimitAbove: prop('@connlimit-above', codec.string),
  state: prop('@state', codec.string),
  ipset: prop('@ipset', codec.string),
  ipsetflags: prop('@ipsetflags', codec.string),
  comment: prop('@comment', codec.string),
}) {}

/** `<all>` (`/filter/rule/all`). */
export class NetworkFilterRuleAll extends defineElement('all', {
  match: prop('@match', codec.yesNo),
  srcmacaddr: prop('@srcmacaddr', codec.string),
  srcipaddr: prop('@srcipaddr', codec.string),
  srcipmask: prop('@srcipmask', codec.string),
  dstipaddr: prop('@dstipaddr', codec.string),
  dstipmask: prop('@dstipmask', codec.string),
  srcipfrom: prop('@srcipfrom', codec.string),
  srcipto: prop('@srcipto', codec.string),
  dstipfrom: prop('@dstipfrom', codec.string),
  dstipto: prop('@dstipto', codec.string),
  dscp: prop('@dscp', codec.string),
  connlimitAbove: prop('@connlimit-above', codec.string),
  state: prop('@state', codec.string),
  ipset: prop('@ipset', codec.string),
  ipsetflags: prop('@ipsetflags', codec.string),
  comment: prop('@comment', codec.string),
}) {}

/** `<esp>` (`/filter/rule/esp`). */
export class NetworkFilterRuleEsp extends defineElement('esp', {
  match: prop('@match', codec.yesNo),
  srcmacaddr: prop('@srcmacaddr', codec.string),
  srcipaddr: prop('@srcipaddr', codec.string),
  srcipmask: prop('@srcipmask', codec.string),
  dstipaddr: prop('@dstipaddr', codec.string),
  dstipmask: prop('@dstipmask', codec.string),
  srcipfrom: prop('@srcipfrom', codec.string),
  srcipto: prop('@srcipto', codec.string),
  dstipfrom: prop('@dstipfrom', codec.string),
  dstipto: prop('@dstipto', codec.string),
  dscp: prop('@dscp', codec.string),
  connlimitAbove: prop('@connlimit-above', codec.string),
  state: prop('@state', codec.string),
  ipset: prop('@ipset', codec.string),
  ipsetflags: prop('@ipsetflags', codec.string),
  comment: prop('@comment', codec.string),
}) {}

/** `<ah>` (`/filter/rule/ah`). */
export class NetworkFilterRuleAh extends defineElement('ah', {
  match: prop('@match', codec.yesNo),
  srcmacaddr: prop('@srcmacaddr', codec.string),
  srcipaddr: prop('@srcipaddr', codec.string),
  srcipmask: prop('@srcipmask', codec.string),
  dstipaddr: prop('@dstipaddr', codec.string),
  dstipmask: prop('@dstipmask', codec.string),
  srcipfrom: prop('@srcipfrom', codec.string),
  srcipto: prop('@srcipto', codec.string),
  dstipfrom: prop('@dstipfrom', codec.string),
  dstipto: prop('@dstipto', codec.string),
  dscp: prop('@dscp', codec.string),
  connlimitAbove: prop('@connlimit-above', codec.string),
  state: prop('@state', codec.string),
  ipset: prop('@ipset', codec.string),
  ipsetflags: prop('@ipsetflags', codec.string),
  comment: prop('@comment', codec.string),
}) {}

/** `<udplite>` (`/filter/rule/udplite`). */
export class NetworkFilterRuleUdplite extends defineElement('udplite', {
  match: prop('@match', codec.yesNo),
  srcmacaddr: prop('@srcmacaddr', codec.string),
  srcipaddr: prop('@srcipaddr', codec.string),
  srcipmask: prop('@srcipmask', codec.string),
  dstipaddr: prop('@dstipaddr', codec.string),
  dstipmask: prop('@dstipmask', codec.string),
  srcipfrom: prop('@srcipfrom', codec.string),
  srcipto: prop('@srcipto', codec.string),
  dstipfrom: prop('@dstipfrom', codec.string),
  dstipto: prop('@dstipto', codec.string),
  dscp: prop('@dscp', codec.string),
  connlimitAbove: prop('@connlimit-above', codec.string),
  state: prop('@state', codec.string),
  ipset: prop('@ipset', codec.string),
  ipsetflags: prop('@ipsetflags', codec.string),
  comment: prop('@comment', codec.string),
}) {}

/** `<tcp-ipv6>` (`/filter/rule/tcp-ipv6`). */
export class NetworkFilterRuleTcpIpv6 extends defineElement('tcp-ipv6', {
  match: prop('@match', codec.yesNo),
  srcmacaddr: prop('@srcmacaddr', codec.string),
  srcportstart: prop('@srcportstart', codec.string),
  srcportend: prop('@srcportend', codec.string),
  dstportstart: prop('@dstportstart', codec.string),
  dstportend: prop('@dstportend', codec.string),
  srcipaddr: prop('@srcipaddr', codec.string),
  srcipmask: prop('@srcipmask', codec.string),
  dstipaddr: prop('@dstipaddr', codec.string),
  dstipmask: prop('@dstipmask', codec.string),
  srcipfrom: prop('@srcipfrom', codec.string),
  srcipto: prop('@srcipto', codec.string),
  dstipfrom: prop('@dstipfrom', codec.string),
  dstipto: prop('@dstipto', codec.string),
  dscp: prop('@dscp', codec.string),
  flags: prop('@flags', codec.string),
  comment: prop('@comment', codec.string),
}) {}

/** `<udp-ipv6>` (`/filter/rule/udp-ipv6`). */
export class NetworkFilterRuleUdpIpv6 extends defineElement('udp-ipv6', {
  match: prop('@match', codec.yesNo),
  srcmacaddr: prop('@srcmacaddr', codec.string),
  srcportstart: prop('@srcportstart', codec.string),
  srcportend: prop('@srcportend', codec.string),
  dstportstart: prop('@dstportstart', codec.string),
  dstportend: prop('@dstportend', codec.string),
  srcipaddr: prop('@srcipaddr', codec.string),
  srcipmask: prop('@srcipmask', codec.string),
  dstipaddr: prop('@dstipaddr', codec.string),
  dstipmask: prop('@dstipmask', codec.string),
  srcipfrom: prop('@srcipfrom', codec.string),
  srcipto: prop('@srcipto', codec.string),
  dstipfrom: prop('@dstipfrom', codec.string),
  dstipto: prop('@dstipto', codec.string),
  dscp: prop('@dscp', codec.string),
  comment: prop('@comment', codec.string),
}) {}

/** `<sctp-ipv6>` (`/filter/rule/sctp-ipv6`). */
export class NetworkFilterRuleSctpIpv6 extends defineElement('sctp-ipv6', {
  match: prop('@match', codec.yesNo),
  srcmacaddr: prop('@srcmacaddr', codec.string),
  srcportstart: prop('@srcportstart', codec.string),
  srcportend: prop('@srcportend', codec.string),
  dstportstart: prop('@dstportstart', codec.string),
  dstportend: prop('@dstportend', codec.string),
  srcipaddr: prop('@srcipaddr', codec.string),
  srcipmask: prop('@srcipmask', codec.string),
  dstipaddr: prop('@dstipaddr', codec.string),
  dstipmask: prop('@dstipmask', codec.string),
  srcipfrom: prop('@srcipfrom', codec.string),
  srcipto: prop('@srcipto', codec.string),
  dstipfrom: prop('@dstipfrom', codec.string),
  dstipto: prop('@dstipto', codec.string),
  dscp: prop('@dscp', codec.string),
  comment: prop('@comment', codec.string),
}) {}

/** `<icmpv6>` (`/filter/rule/icmpv6`). */
export class NetworkFilterRuleIcmpv6 extends defineElement('icmpv6', {
  match: prop('@match', codec.yesNo),
  srcmacaddr: prop('@srcmacaddr', codec.string),
  srcipaddr: prop('@srcipaddr', codec.string),
  srcipmask: prop('@srcipmask', codec.string),
  dstipaddr: prop('@dstipaddr', codec.string),
  dstipmask: prop('@dstipmask', codec.string),
  srcipfrom: prop('@srcipfrom', codec.string),
  srcipto: prop('@srcipto', codec.string),
  dstipfrom: prop('@dstipfrom', codec.string),
  dstipto: prop('@dstipto', codec.string),
  dscp: prop('@dscp', codec.string),
  type: prop('@type', codec.hex),
  code: prop('@code', codec.hex),
  comment: prop('@comment', codec.string),
}) {}

/** `<all-ipv6>` (`/filter/rule/all-ipv6`). */
export class NetworkFilterRuleAllIpv6 extends defineElement('all-ipv6', {
  match: prop('@match', codec.yesNo),
  srcmacaddr: prop('@srcmacaddr', codec.string),
  srcipaddr: prop('@srcipaddr', codec.string),
  srcipmask: prop('@srcipmask', codec.string),
  dstipaddr: prop('@dstipaddr', codec.string),
  dstipmask: prop('@dstipmask', codec.string),
  srcipfrom: prop('@srcipfrom', codec.string),
  srcipto: prop('@srcipto', codec.string),
  dstipfrom: prop('@dstipfrom', codec.string),
  dstipto: prop('@dstipto', codec.string),
  dscp: prop('@dscp', codec.string),
  comment: prop('@comment', codec.string),
}) {}

/** `<esp-ipv6>` (`/filter/rule/esp-ipv6`). */
export class NetworkFilterRuleEspIpv6 extends defineElement('esp-ipv6', {
  match: prop('@match', codec.yesNo),
  srcmacaddr: prop('@srcmacaddr', codec.string),
  srcipaddr: prop('@srcipaddr', codec.string),
  srcipmask: prop('@srcipmask', codec.string),
  dstipaddr: prop('@dstipaddr', codec.string),
  dstipmask: prop('@dstipmask', codec.string),
  srcipfrom: prop('@srcipfrom', codec.string),
  srcipto: prop('@srcipto', codec.string),
  dstipfrom: prop('@dstipfrom', codec.string),
  dstipto: prop('@dstipto', codec.string),
  dscp: prop('@dscp', codec.string),
  comment: prop('@comment', codec.string),
}) {}

/** `<ah-ipv6>` (`/filter/rule/ah-ipv6`). */
export class NetworkFilterRuleAhIpv6 extends defineElement('ah-ipv6', {
  match: prop('@match', codec.yesNo),
  srcmacaddr: prop('@srcmacaddr', codec.string),
  srcipaddr: prop('@srcipaddr', codec.string),
  srcipmask: prop('@srcipmask', codec.string),
  dstipaddr: prop('@dstipaddr', codec.string),
  dstipmask: prop('@dstipmask', codec.string),
  srcipfrom: prop('@srcipfrom', codec.string),
  srcipto: prop('@srcipto', codec.string),
  dstipfrom: prop('@dstipfrom', codec.string),
  dstipto: prop('@dstipto', codec.string),
  dscp: prop('@dscp', codec.string),
  comment: prop('@comment', codec.string),
}) {}

/** `<udplite-ipv6>` (`/filter/rule/udplite-ipv6`). */
export class NetworkFilterRuleUdpliteIpv6 extends defineElement('udplite-ipv6', {
  match: prop('@match', codec.yesNo),
  srcmacaddr: prop('@srcmacaddr', codec.string),
  srcipaddr: prop('@srcipaddr', codec.string),
  srcipmask: prop('@srcipmask', codec.string),
  dstipaddr: prop('@dstipaddr', codec.string),
  dstipmask: prop('@dstipmask', codec.string),
  srcipfrom: prop('@srcipfrom', codec.string),
  srcipto: prop('@srcipto', codec.string),
  dstipfrom: prop('@dstipfrom', codec.string),
  dstipto: prop('@dstipto', codec.string),
  dscp: prop('@dscp', codec.string),
  comment: prop('@comment', codec.string),
}) {}

/** `<rule>` (`/filter/rule`). */
export class NetworkFilterRule extends defineElement('rule', {
  action: prop('@action', codec.enum('drop', 'accept', 'reject', 'continue', 'return')),
  direction: prop('@direction', codec.enum('in', 'out', 'inout')),
  priority: prop('@priority', codec.int),
  statematch: prop('@statematch', codec.string),
  mac: child('mac', NetworkFilterRuleMac),
  vlan: child('vlan', NetworkFilterRuleVlan),
  stp: child('stp', NetworkFilterRuleStp),
  arp: child('arp', NetworkFilterRuleArp),
  rarp: child('rarp', NetworkFilterRuleRarp),
  ip: child('ip', NetworkFilterRuleIp),
  ipv6: child('ipv6', NetworkFilterRuleIpv6),
  tcp: child('tcp', NetworkFilterRuleTcp),
  udp: child('udp', NetworkFilterRuleUdp),
  sctp: child('sctp', NetworkFilterRuleSctp),
  icmp: child('icmp', NetworkFilterRuleIcmp),
  igmp: child('igmp', NetworkFilterRuleIgmp),
  all: child('all', NetworkFilterRuleAll),
  esp: child('esp', NetworkFilterRuleEsp),
  ah: child('ah', NetworkFilterRuleAh),
  udplite: child('udplite', NetworkFilterRuleUdplite),
  tcpIpv6: child('tcp-ipv6', NetworkFilterRuleTcpIpv6),
  udpIpv6: child('udp-ipv6', NetworkFilterRuleUdpIpv6),
  sctpIpv6: child('sctp-ipv6', NetworkFilterRuleSctpIpv6),
  icmpv6: child('icmpv6', NetworkFilterRuleIcmpv6),
  allIpv6: child('all-ipv6', NetworkFilterRuleAllIpv6),
  espIpv6: child('esp-ipv6', NetworkFilterRuleEspIpv6),
  ahIpv6: child('ah-ipv6', NetworkFilterRuleAhIpv6),
  udpliteIpv6: child('udplite-ipv6', NetworkFilterRuleUdpliteIpv6),
}, { order: ['mac', 'vlan', 'stp', 'arp', 'rarp', 'ip', 'ipv6', 'tcp', 'udp', 'sctp', 'icmp', 'igmp', 'all', 'esp', 'ah', 'udplite', 'tcp-ipv6', 'udp-ipv6', 'sctp-ipv6', 'icmpv6', 'all-ipv6', 'esp-ipv6', 'ah-ipv6', 'udplite-ipv6'] }) {}
