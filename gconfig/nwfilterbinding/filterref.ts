import { children, codec, defineElement, prop } from '../core/index.js'

/** `<parameter>` (`/filterbinding/filterref/parameter`). */
export class NetworkFilterBindingFilterrefParameter extends defineElement('parameter', {
  /** Name: `@name` in `<parameter>`. */
  name: prop('@name', codec.string),
  /** Value: `@value` in `<parameter>`. */
  value: prop('@value', codec.string),
}) {}

/** `<filterref>` (`/filterbinding/filterref`). */
export class NetworkFilterBindingFilterref extends defineElement('filterref', {
  /** Filter: `@filter` in `<filterref>`. */
  filter: prop('@filter', codec.string),
  /** The `<parameter>` elements (`parameter`), as a live list. */
  parameters: children('parameter', NetworkFilterBindingFilterrefParameter),
}) {}
