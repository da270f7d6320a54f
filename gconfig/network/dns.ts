import { children, codec, defineElement, prop } from '../core/index.js'

/** `<forwarder>` (`/network/dns/forwarder`). */
export class NetworkDnsForwarder extends defineElement('forwarder', {
  /** `@addr` in `<forwarder>`. */
  addr: prop('@addr', codec.string),
  /** PCI domain: `@domain` in `<forwarder>`. */
  domain: prop('@domain', codec.string),
}) {}

/** `<txt>` (`/network/dns/txt`). */
export class NetworkDnsTxt extends defineElement('txt', {
  /** Name: `@name` in `<txt>`. */
  name: prop('@name', codec.string),
  /** Value: `@value` in `<txt>`. */
  value: prop('@value', codec.string),
}) {}

/** `<srv>` (`/network/dns/srv`). */
export class NetworkDnsSrv extends defineElement('srv', {
  /** `@service` in `<srv>`. */
  service: prop('@service', codec.string),
  /** Protocol: `@protocol` in `<srv>`. */
  protocol: prop('@protocol', codec.string),
  /** PCI domain: `@domain` in `<srv>`. */
  domain: prop('@domain', codec.string),
  /** Target: `@target` in `<srv>`. */
  target: prop('@target', codec.string),
  /** Port: `@port` in `<srv>`. */
  port: prop('@port', codec.int),
  /** Priority: `@priority` in `<srv>`. */
  priority: prop('@priority', codec.int),
  /** `@weight` in `<srv>`. */
  weight: prop('@weight', codec.int),
}) {}

/** `<hostname>` (`/network/dns/host/hostname`). */
export class NetworkDnsHostHostname extends defineElement('hostname', {
  /** The text of `<hostname>`. */
  value: prop('.', codec.string),
}) {}

/** `<host>` (`/network/dns/host`). */
export class NetworkDnsHost extends defineElement('host', {
  /** `@ip` in `<host>`. */
  ip: prop('@ip', codec.string),
  /** The `<hostname>` elements (`hostname`), as a live list. */
  hostnames: children('hostname', NetworkDnsHostHostname),
}) {}

/** Define the DNS related elements like TXT records and other features in the <dns> element (`/network/dns`). */
export class NetworkDns extends defineElement('dns', {
  /** `@enable` in `<dns>`. */
  enable: prop('@enable', codec.yesNo),
  /** `@forwardPlainNames` in `<dns>`. */
  forwardPlainNames: prop('@forwardPlainNames', codec.yesNo),
  /** The `<forwarder>` elements (`forwarder`), as a live list. */
  forwarders: children('forwarder', NetworkDnsForwarder),
  /** The `<txt>` elements (`txt`), as a live list. */
  txts: children('txt', NetworkDnsTxt),
  /** The `<srv>` elements (`srv`), as a live list. */
  srvs: children('srv', NetworkDnsSrv),
  /** The `<host>` elements (`host`), as a live list. */
  hosts: children('host', NetworkDnsHost),
}, { order: ['forwarder', 'txt', 'srv', 'host'] }) {}
