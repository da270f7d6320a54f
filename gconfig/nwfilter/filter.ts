import { children, codec, defineDocument, prop } from '../core/index.js'
import { NetworkFilterFilterref } from './filterref.js'
import { NetworkFilterRule } from './rule.js'

/**
 * `<filter>`: a network filter (nwfilter) of rules and references to other filters.
 * @example
 * ```ts
 * const f = NetworkFilter.fromXml(
 *   `<filter name='no-ssh' chain='ipv4'><rule action='drop' direction='in'><tcp dstportstart='22'/></rule></filter>`)
 * f.rules.at(0)?.action // 'drop'
 * // a string: nwfilter values may also be $VARIABLES
 * f.rules.at(0)?.tcp?.dstportstart // '22'
 * ```
 */
export class NetworkFilter extends defineDocument('filter', {
  /** Name: `@name` in `<filter>`. */
  name: prop('@name', codec.string),
  /** Chain: `@chain` in `<filter>`. */
  chain: prop('@chain', codec.string),
  /** Priority: `@priority` in `<filter>`. */
  priority: prop('@priority', codec.int),
  /** UUID: `uuid` in `<filter>`. */
  uuid: prop('uuid', codec.uuid),
  /** The `<filterref>` elements (`filterref`), as a live list. */
  filterrefs: children('filterref', NetworkFilterFilterref),
  /** The `<rule>` elements (`rule`), as a live list. */
  rules: children('rule', NetworkFilterRule),
}, { schema: 'nwfilter.rng', order: ['uuid', 'filterref', 'rule'] }) {}
