/**
 * `<virtualport>` of a network port: networkcommon.rng's `virtualPortProfile`, the definition a
 * network's own `<virtualport>` refs too, so one class serves both.
 * @module
 */
export {
  /** `<virtualport>` of a network port (`/networkport/virtualport`): the network kind's {@link NetworkVirtualport}. */
  NetworkVirtualport as NetworkPortVirtualport,
} from '../network/common.js'
