/**
 * `<vlan>` of a network port: networkcommon.rng's `vlan`, the definition a network's portgroup
 * refs too, so one class (and its `<tag>`) serves both.
 * @module
 */
export {
  /** `<tag>` of a network port's `<vlan>` (`/networkport/vlan/tag`): the network kind's {@link NetworkVlanTag}. */
  NetworkVlanTag as NetworkPortVlanTag,
  /** `<vlan>` of a network port (`/networkport/vlan`): the network kind's {@link NetworkPortgroupVlan}. */
  NetworkPortgroupVlan as NetworkPortVlan,
} from '../network/common.js'
