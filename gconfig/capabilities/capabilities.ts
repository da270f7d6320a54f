import { child, children, defineDocument } from '../core/index.js'
import { CapabilitiesHost } from './host.js'
import { CapabilitiesGuest } from './guest.js'

/** `<capabilities>` (`/capabilities`). */
export class Capabilities extends defineDocument('capabilities', {
  /** The `<host>` element (`host`), as a view; undefined when absent. */
  host: child('host', CapabilitiesHost),
  /** The `<guest>` elements (`guest`), as a live list. */
  guests: children('guest', CapabilitiesGuest),
}, { schema: 'capability.rng', order: ['host', 'guest'] }) {}
