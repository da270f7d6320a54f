import { child, children, codec, defineElement, prop } from '../core/index.js'
import { DomainCapabilitiesEnumValue, DomainCapabilitiesEnum } from './common.js'

/** `<loader>` (`/domainCapabilities/os/loader`). */
export class DomainCapabilitiesOsLoader extends defineElement('loader', {
  supported: prop('@supported', codec.yesNo),
  values: children('value', DomainCapabilitiesEnumValue),
  enums: children('enum', DomainCapabilitiesEnum),
}, { order: ['value', 'enum'] }) {}

/** `<os>` (`/domainCapabilities/os`). */
export class DomainCapabilitiesOs extends defineElement('os', {
  supported: prop('@supported', codec.yesNo),
  enums: children('enum', DomainCapabilitiesEnum),
  loader: child('loader', DomainCapabilitiesOsLoader),
}, { order: ['enum', 'loader'] }) {}
