import { child, codec, defineDocument, prop } from '../core/index.js'
import { DomainCheckpointDisks } from './disks.js'
import { Domain } from '../domain/index.js'

/**
 * `<domaincheckpoint>`: a checkpoint of a domain's disks, for incremental backups.
 * @example
 * ```ts
 * const cp = new DomainCheckpoint()
 * cp.name = 'nightly'
 * cp.description = 'before the upgrade'
 * cp.toXml()
 * ```
 */
export class DomainCheckpoint extends defineDocument('domaincheckpoint', {
  /** Name: `name` in `<domaincheckpoint>`. */
  name: prop('name', codec.string),
  /** Description: `description` in `<domaincheckpoint>`. */
  description: prop('description', codec.string),
  /** Creation time (seconds since the epoch): `creationTime` in `<domaincheckpoint>`. A `number`, or a `bigint` beyond 2^53 − 1. */
  creationTime: prop('creationTime', codec.i64),
  /** The `<disks>` element (`disks`), as a view; undefined when absent. */
  disks: child('disks', DomainCheckpointDisks),
  /** The domain definition at checkpoint time, as a full Domain view. */
  domain: child('domain', Domain),
  /** Name: `parent/name` in `<domaincheckpoint>`. */
  parentName: prop('parent/name', codec.string),
}, { schema: 'domaincheckpoint.rng', order: ['name', 'description', 'creationTime', 'disks', 'domain', 'parent'] }) {}
