import { children, codec, defineElement, prop } from '../core/index.js'

/** `<parameter>` (`/filter/filterref/parameter`). */
export class NetworkFilterFilterrefParameter extends defineElement('parameter', {
  /** Name: `@name` in `<parameter>`. */
  name: prop('@name', codec.string),
  /** Value: `@value` in `<parameter>`. */
  value: prop('@value', codec.string),
}) {}

/** `<filterref>` (`/filter/filterref`). */
export class NetworkFilterFilterref extends defineElement('filterref', {
  /** Filter: `@filter` in `<filterref>`. */
  filter: prop('@filter', codec.string),
  /** The `<parameter>` elements (`parameter`), as a live list. */
  parameters: children('parameter', NetworkFilterFilterrefParameter),
}) {}
