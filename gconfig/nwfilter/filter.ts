import { children, codec, defineDocument, prop } from '../core/index.js'
import { NetworkFilterFilterref } from './filterref.js'
import { NetworkFilterRule } from './rule.js'

/** `<filter>` (`/filter`). */
export class NetworkFilter extends defineDocument('filter', {
  name: prop('@name', codec.string),
  chain: prop('@chain', codec.string),
  priority: prop('@priority', codec.int),
  uuid: prop('uuid', codec.uuid),
  filterrefs: children('filterref', NetworkFilterFilterref),
  rules: children('rule', NetworkFilterRule),
}, { schema: 'nwfilter.rng', order: ['uuid', 'filterref', 'rule'] }) {}
