import { child, codec, defineDocument, prop } from '../core/index.js'
import { NetworkFilterBindingOwner } from './owner.js'
import { NetworkFilterBindingFilterref } from './filterref.js'

/**
 * `<filterbinding>`: a network filter bound to a guest's port.
 * @example
 * ```ts
 * const b = new NetworkFilterBinding()
 * b.portdevName = 'vnet0'
 * b.macAddress = '52:54:00:7b:35:93'
 * b.toXml()
 * ```
 */
export class NetworkFilterBinding extends defineDocument('filterbinding', {
  /** The `<owner>` element (`owner`), as a view; undefined when absent. */
  owner: child('owner', NetworkFilterBindingOwner),
  /** Name: `portdev/@name` in `<filterbinding>`. */
  portdevName: prop('portdev/@name', codec.string),
  /** Name: `linkdev/@name` in `<filterbinding>`. */
  linkdevName: prop('linkdev/@name', codec.string),
  /** Address: `mac/@address` in `<filterbinding>`. */
  macAddress: prop('mac/@address', codec.mac),
  /** The `<filterref>` element (`filterref`), as a view; undefined when absent. */
  filterref: child('filterref', NetworkFilterBindingFilterref),
}, { schema: 'nwfilterbinding.rng', order: ['owner', 'portdev', 'linkdev', 'mac', 'filterref'] }) {}
