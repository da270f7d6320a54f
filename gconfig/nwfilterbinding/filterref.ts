import { children, codec, defineElement, prop } from '../core/index.js'

/** `<parameter>` (`/filterbinding/filterref/parameter`). */
export class NetworkFilterBindingFilterrefParameter extends defineElement('parameter', {
  name: prop('@name', codec.string),
  value: prop('@value', codec.string),
}) {}

/** `<filterref>` (`/filterbinding/filterref`). */
export class NetworkFilterBindingFilterref extends defineElement('filterref', {
  filter: prop('@filter', codec.string),
  parameters: children('parameter', NetworkFilterBindingFilterrefParameter),
}) {}
