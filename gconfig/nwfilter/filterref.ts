import { children, codec, defineElement, prop } from '../core/index.js'

/** `<parameter>` (`/filter/filterref/parameter`). */
export class NetworkFilterFilterrefParameter extends defineElement('parameter', {
  name: prop('@name', codec.string),
  value: prop('@value', codec.string),
}) {}

/** `<filterref>` (`/filter/filterref`). */
export class NetworkFilterFilterref extends defineElement('filterref', {
  filter: prop('@filter', codec.string),
  parameters: children('parameter', NetworkFilterFilterrefParameter),
}) {}
