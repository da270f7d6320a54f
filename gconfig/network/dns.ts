import { children, codec, defineElement, prop } from '../core/index.js'

/** `<forwarder>` (`/network/dns/forwarder`). */
export class NetworkDnsForwarder extends defineElement('forwarder', {
  addr: prop('@addr', codec.string),
  domain: prop('@domain', codec.string),
}) {}

/** `<txt>` (`/network/dns/txt`). */
export class NetworkDnsTxt extends defineElement('txt', {
  name: prop('@name', codec.string),
  value: prop('@value', codec.string),
}) {}

/** `<srv>` (`/network/dns/srv`). */
export class NetworkDnsSrv extends defineElement('srv', {
  service: prop('@service', codec.string),
  protocol: prop('@protocol', codec.string),
  domain: prop('@domain', codec.string),
  target: prop('@target', codec.string),
  port: prop('@port', codec.int),
  priority: prop('@priority', codec.int),
  weight: prop('@weight', codec.int),
}) {}

/** `<hostname>` (`/network/dns/host/hostname`). */
export class NetworkDnsHostHostname extends defineElement('hostname', {
  value: prop('.', codec.string),
}) {}

/** `<host>` (`/network/dns/host`). */
export class NetworkDnsHost extends defineElement('host', {
  ip: prop('@ip', codec.string),
  hostnames: children('hostname', NetworkDnsHostHostname),
}) {}

/** Define the DNS related elements like TXT records and other features in the <dns> element (`/network/dns`). */
export class NetworkDns extends defineElement('dns', {
  enable: prop('@enable', codec.yesNo),
  forwardPlainNames: prop('@forwardPlainNames', codec.yesNo),
  forwarders: children('forwarder', NetworkDnsForwarder),
  txts: children('txt', NetworkDnsTxt),
  srvs: children('srv', NetworkDnsSrv),
  hosts: children('host', NetworkDnsHost),
}, { order: ['forwarder', 'txt', 'srv', 'host'] }) {}
