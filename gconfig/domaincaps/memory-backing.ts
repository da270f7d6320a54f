import { children, codec, defineElement, prop } from '../core/index.js'
import { DomainCapabilitiesEnum } from './common.js'

/** `<memoryBacking>` (`/domainCapabilities/memoryBacking`). */
export class DomainCapabilitiesMemoryBacking extends defineElement('memoryBacking', {
  supported: prop('@supported', codec.yesNo),
  enums: children('enum', DomainCapabilitiesEnum),
}) {}
