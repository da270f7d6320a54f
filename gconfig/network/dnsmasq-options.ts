import { children, codec, defineElement, prop } from '../core/index.js'

/** `<dnsmasq:option>` (`/network/dnsmasq:options/dnsmasq:option`). */
export class NetworkDnsmasqOption extends defineElement('dnsmasq:option', {
  /** Value: `@value` in `<dnsmasq:option>`. */
  value: prop('@value', codec.string),
}) {}

/** <dnsmasq:options> (`/network/dnsmasq:options`). */
export class NetworkDnsmasqOptions extends defineElement('dnsmasq:options', {
  /** The `<dnsmasq:option>` elements (`dnsmasq:option`), as a live list. */
  options: children('dnsmasq:option', NetworkDnsmasqOption),
}) {}
