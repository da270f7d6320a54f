import { child, children, defineDocument } from '../core/index.js'
import { CapabilitiesHost } from './host.js'
import { CapabilitiesGuest } from './guest.js'

/** `<capabilities>` (`/capabilities`). */
export class Capabilities extends defineDocument('capabilities', {
  host: child('host', CapabilitiesHost),
  guests: children('guest', CapabilitiesGuest),
}, { schema: 'capability.rng', order: ['host', 'guest'] }) {}
