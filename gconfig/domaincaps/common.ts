import { children, codec, defineElement, prop } from '../core/index.js'

/** `<value>` (`/domainCapabilities/os/enum/value`). */
export class DomainCapabilitiesEnumValue extends defineElement('value', {
  /** The text of `<value>`. */
  value: prop('.', codec.string),
}) {}

/** `<enum>` (`/domainCapabilities/os/enum`). */
export class DomainCapabilitiesEnum extends defineElement('enum', {
  /** Name: `@name` in `<enum>`. */
  name: prop('@name', codec.string),
  /** The `<value>` elements (`value`), as a live list. */
  values: children('value', DomainCapabilitiesEnumValue),
}) {}
