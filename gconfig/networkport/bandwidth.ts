import { codec, defineElement, prop } from '../core/index.js'

/** `<bandwidth>` (`/networkport/bandwidth`). */
export class NetworkPortBandwidth extends defineElement('bandwidth', {
  classID: prop('@classID', codec.uint),
  inboundAverage: prop('inbound/@average', codec.uint),
  inboundPeak: prop('inbound/@peak', codec.uint),
  inboundFloor: prop('inbound/@floor', codec.uint),
  inboundBurst: prop('inbound/@burst', codec.uint),
  outboundAverage: prop('outbound/@average', codec.uint),
  outboundPeak: prop('outbound/@peak', codec.uint),
  outboundFloor: prop('outbound/@floor', codec.uint),
  outboundBurst: prop('outbound/@burst', codec.uint),
}, { order: ['inbound', 'outbound'] }) {}
