import { child, children, defineDocument } from '../core/index.js'
import { CapabilitiesHost } from './host.js'
import { CapabilitiesGuest } from './guest.js'

/**
 * `<capabilities>`: what the host and its hypervisor offer (`virsh capabilities`).
 * @example
 * ```ts
 * const caps = Capabilities.fromXml(
 *   `<capabilities><host><cpu><arch>x86_64</arch></cpu></host><guest><os_type>hvm</os_type></guest></capabilities>`)
 * caps.host?.cpu?.arch // 'x86_64'
 * caps.guests.toArray().map((g) => g.osType) // ['hvm']
 * ```
 */
export class Capabilities extends defineDocument('capabilities', {
  /** The `<host>` element (`host`), as a view; undefined when absent. */
  host: child('host', CapabilitiesHost),
  /** The `<guest>` elements (`guest`), as a live list. */
  guests: children('guest', CapabilitiesGuest),
}, { schema: 'capability.rng', order: ['host', 'guest'] }) {}
