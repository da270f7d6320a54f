import { child, codec, defineDocument, prop } from '../core/index.js'
import { NetworkFilterBindingOwner } from './owner.js'
import { NetworkFilterBindingFilterref } from './filterref.js'

/** `<filterbinding>` (`/filterbinding`). */
export class NetworkFilterBinding extends defineDocument('filterbinding', {
  owner: child('owner', NetworkFilterBindingOwner),
  portdevName: prop('portdev/@name', codec.string),
  linkdevName: prop('linkdev/@name', codec.string),
  macAddress: prop('mac/@address', codec.mac),
  filterref: child('filterref', NetworkFilterBindingFilterref),
}, { schema: 'nwfilterbinding.rng', order: ['owner', 'portdev', 'linkdev', 'mac', 'filterref'] }) {}
