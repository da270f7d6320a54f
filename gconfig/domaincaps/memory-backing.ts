import { children, codec, defineElement, prop } from '../core/index.js'
import { DomainCapabilitiesEnum } from './common.js'

/** `<memoryBacking>` (`/domainCapabilities/memoryBacking`). */
export class DomainCapabilitiesMemoryBacking extends defineElement('memoryBacking', {
  /** Supported: `@supported` in `<memoryBacking>`. */
  supported: prop('@supported', codec.yesNo),
  /** The `<enum>` elements (`enum`), as a live list. */
  enums: children('enum', DomainCapabilitiesEnum),
}) {}
