import { child, codec, defineElement, prop } from '../core/index.js'
import { NetworkPortgroupBandwidth, NetworkPortgroupVlan, NetworkVirtualport } from './common.js'

/** `<portgroup>` (`/network/portgroup`). */
export class NetworkPortgroup extends defineElement('portgroup', {
  name: prop('@name', codec.string),
  default: prop('@default', codec.yesNo),
  trustGuestRxFilters: prop('@trustGuestRxFilters', codec.yesNo),
  /** use this when no type attribute is present */
  virtualport: child('virtualport', NetworkVirtualport),
  bandwidth: child('bandwidth', NetworkPortgroupBandwidth),
  vlan: child('vlan', NetworkPortgroupVlan),
}, { order: ['virtualport', 'bandwidth', 'vlan'] }) {}
