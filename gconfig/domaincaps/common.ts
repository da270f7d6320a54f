import { children, codec, defineElement, prop } from '../core/index.js'

/** `<value>` (`/domainCapabilities/os/enum/value`). */
export class DomainCapabilitiesEnumValue extends defineElement('value', {
  value: prop('.', codec.string),
}) {}

/** `<enum>` (`/domainCapabilities/os/enum`). */
export class DomainCapabilitiesEnum extends defineElement('enum', {
  name: prop('@name', codec.string),
  values: children('value', DomainCapabilitiesEnumValue),
}) {}
