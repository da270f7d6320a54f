import { child, codec, defineDocument, prop } from '../core/index.js'
import { DomainCheckpointDisks } from './disks.js'
import { Domain } from '../domain/index.js'

/** `<domaincheckpoint>` (`/domaincheckpoint`). */
export class DomainCheckpoint extends defineDocument('domaincheckpoint', {
  name: prop('name', codec.string),
  description: prop('description', codec.string),
  creationTime: prop('creationTime', codec.uint),
  disks: child('disks', DomainCheckpointDisks),
  /** The domain definition at checkpoint time, as a full Domain view. */
  domain: child('domain', Domain),
  parentName: prop('parent/name', codec.string),
}, { schema: 'domaincheckpoint.rng', order: ['name', 'description', 'creationTime', 'disks', 'domain', 'parent'] }) {}
