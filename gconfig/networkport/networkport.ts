import { child, codec, defineDocument, prop } from '../core/index.js'
import { NetworkPortOwner } from './owner.js'
import { NetworkPortVirtualport } from './virtualport.js'
import { NetworkPortBandwidth } from './bandwidth.js'
import { NetworkPortVlan } from './vlan.js'
import { NetworkPortPlug } from './plug.js'

/**
 * `<networkport>`: one port of a virtual network, as a guest interface uses it.
 * @example
 * ```ts
 * const port = NetworkPort.fromXml(
 *   `<networkport><uuid>5d744f21-ba4a-4d6e-bdb2-30a35ff3207d</uuid><owner><name>vm1</name></owner><mac address='52:54:00:7b:35:93'/></networkport>`)
 * port.macAddress // '52:54:00:7b:35:93'
 * ```
 */
export class NetworkPort extends defineDocument('networkport', {
  /** UUID: `uuid` in `<networkport>`. */
  uuid: prop('uuid', codec.uuid),
  /** The `<owner>` element (`owner`), as a view; undefined when absent. */
  owner: child('owner', NetworkPortOwner),
  /** Address: `mac/@address` in `<networkport>`. */
  macAddress: prop('mac/@address', codec.mac),
  /** Group (gid): `group` in `<networkport>`. */
  group: prop('group', codec.string),
  /** `rxfilters/@trustGuest` in `<networkport>`. */
  rxfiltersTrustGuest: prop('rxfilters/@trustGuest', codec.yesNo),
  /** use this when no type attribute is present */
  virtualport: child('virtualport', NetworkPortVirtualport),
  /** The `<bandwidth>` element (`bandwidth`), as a view; undefined when absent. */
  bandwidth: child('bandwidth', NetworkPortBandwidth),
  /** The `<vlan>` element (`vlan`), as a view; undefined when absent. */
  vlan: child('vlan', NetworkPortVlan),
  /** `port/@isolated` in `<networkport>`. */
  portIsolated: prop('port/@isolated', codec.yesNo),
  /** The `<plug>` element (`plug`), as a view; undefined when absent. */
  plug: child('plug', NetworkPortPlug),
}, { schema: 'networkport.rng', order: ['uuid', 'owner', 'mac', 'group', 'rxfilters', 'virtualport', 'bandwidth', 'vlan', 'port', 'plug'] }) {}
