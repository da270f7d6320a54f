import { child, children, codec, defineElement, prop } from '../core/index.js'
import { DomainCapabilitiesEnumValue, DomainCapabilitiesEnum } from './common.js'

/** `<loader>` (`/domainCapabilities/os/loader`). */
export class DomainCapabilitiesOsLoader extends defineElement('loader', {
  /** Supported: `@supported` in `<loader>`. */
  supported: prop('@supported', codec.yesNo),
  /** The `<value>` elements (`value`), as a live list. */
  values: children('value', DomainCapabilitiesEnumValue),
  /** The `<enum>` elements (`enum`), as a live list. */
  enums: children('enum', DomainCapabilitiesEnum),
}, { order: ['value', 'enum'] }) {}

/** `<os>` (`/domainCapabilities/os`). */
export class DomainCapabilitiesOs extends defineElement('os', {
  /** Supported: `@supported` in `<os>`. */
  supported: prop('@supported', codec.yesNo),
  /** The `<enum>` elements (`enum`), as a live list. */
  enums: children('enum', DomainCapabilitiesEnum),
  /** The `<loader>` element (`loader`), as a view; undefined when absent. */
  loader: child('loader', DomainCapabilitiesOsLoader),
}, { order: ['enum', 'loader'] }) {}
