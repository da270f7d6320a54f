import { child, codec, defineElement, prop } from '../core/index.js'
import { NetworkPortgroupBandwidth, NetworkPortgroupVlan, NetworkVirtualport } from './common.js'

/** `<portgroup>` (`/network/portgroup`). */
export class NetworkPortgroup extends defineElement('portgroup', {
  /** Name: `@name` in `<portgroup>`. */
  name: prop('@name', codec.string),
  /** `@default` in `<portgroup>`. */
  default: prop('@default', codec.yesNo),
  /** `@trustGuestRxFilters` in `<portgroup>`. */
  trustGuestRxFilters: prop('@trustGuestRxFilters', codec.yesNo),
  /** use this when no type attribute is present */
  virtualport: child('virtualport', NetworkVirtualport),
  /** The `<bandwidth>` element (`bandwidth`), as a view; undefined when absent. */
  bandwidth: child('bandwidth', NetworkPortgroupBandwidth),
  /** The `<vlan>` element (`vlan`), as a view; undefined when absent. */
  vlan: child('vlan', NetworkPortgroupVlan),
}, { order: ['virtualport', 'bandwidth', 'vlan'] }) {}
