/**
 * `<bandwidth>` of a network port: networkport.rng refs networkcommon.rng's `bandwidth`, the same
 * definition `<network>` and its portgroups use, so the port shares the network kind's class.
 * @module
 */
export {
  /** `<bandwidth>` (`/networkport/bandwidth`): the network kind's {@link NetworkPortgroupBandwidth}. */
  NetworkPortgroupBandwidth as NetworkPortBandwidth,
} from '../network/common.js'
