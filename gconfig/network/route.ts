import { codec, defineElement, prop } from '../core/index.js'

/** `<route>` (`/network/route`). */
export class NetworkRoute extends defineElement('route', {
  /** Family: `@family` in `<route>`. */
  family: prop('@family', codec.string),
  /** Address: `@address` in `<route>`. */
  address: prop('@address', codec.string),
  /** Netmask: `@netmask` in `<route>`. */
  netmask: prop('@netmask', codec.string),
  /** Prefix length: `@prefix` in `<route>`. */
  prefix: prop('@prefix', codec.uint),
  /** Gateway: `@gateway` in `<route>`. */
  gateway: prop('@gateway', codec.string),
  /** `@metric` in `<route>`. */
  metric: prop('@metric', codec.uint),
}) {}
