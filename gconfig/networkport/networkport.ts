import { child, codec, defineDocument, prop } from '../core/index.js'
import { NetworkPortOwner } from './owner.js'
import { NetworkPortVirtualport } from './virtualport.js'
import { NetworkPortBandwidth } from './bandwidth.js'
import { NetworkPortVlan } from './vlan.js'
import { NetworkPortPlug } from './plug.js'

/** `<networkport>` (`/networkport`). */
export class NetworkPort extends defineDocument('networkport', {
  uuid: prop('uuid', codec.uuid),
  owner: child('owner', NetworkPortOwner),
  macAddress: prop('mac/@address', codec.mac),
  group: prop('group', codec.string),
  rxfiltersTrustGuest: prop('rxfilters/@trustGuest', codec.yesNo),
  /** use this when no type attribute is present */
  virtualport: child('virtualport', NetworkPortVirtualport),
  bandwidth: child('bandwidth', NetworkPortBandwidth),
  vlan: child('vlan', NetworkPortVlan),
  portIsolated: prop('port/@isolated', codec.yesNo),
  plug: child('plug', NetworkPortPlug),
}, { schema: 'networkport.rng', order: ['uuid', 'owner', 'mac', 'group', 'rxfilters', 'virtualport', 'bandwidth', 'vlan', 'port', 'plug'] }) {}
