import { codec, defineElement, prop } from '../core/index.js'

/** `<route>` (`/network/route`). */
export class NetworkRoute extends defineElement('route', {
  family: prop('@family', codec.string),
  address: prop('@address', codec.string),
  netmask: prop('@netmask', codec.string),
  prefix: prop('@prefix', codec.uint),
  gateway: prop('@gateway', codec.string),
  metric: prop('@metric', codec.uint),
}) {}
