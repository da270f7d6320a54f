import { codec, defineElement, prop } from '../core/index.js'

/** `<bandwidth>` (`/networkport/bandwidth`). */
export class NetworkPortBandwidth extends defineElement('bandwidth', {
  /** `@classID` in `<bandwidth>`. */
  classID: prop('@classID', codec.uint),
  /** Average rate: `inbound/@average` in `<bandwidth>`. */
  inboundAverage: prop('inbound/@average', codec.uint),
  /** Peak rate: `inbound/@peak` in `<bandwidth>`. */
  inboundPeak: prop('inbound/@peak', codec.uint),
  /** Guaranteed floor rate: `inbound/@floor` in `<bandwidth>`. */
  inboundFloor: prop('inbound/@floor', codec.uint),
  /** Burst size: `inbound/@burst` in `<bandwidth>`. */
  inboundBurst: prop('inbound/@burst', codec.uint),
  /** Average rate: `outbound/@average` in `<bandwidth>`. */
  outboundAverage: prop('outbound/@average', codec.uint),
  /** Peak rate: `outbound/@peak` in `<bandwidth>`. */
  outboundPeak: prop('outbound/@peak', codec.uint),
  /** Guaranteed floor rate: `outbound/@floor` in `<bandwidth>`. */
  outboundFloor: prop('outbound/@floor', codec.uint),
  /** Burst size: `outbound/@burst` in `<bandwidth>`. */
  outboundBurst: prop('outbound/@burst', codec.uint),
}, { order: ['inbound', 'outbound'] }) {}
