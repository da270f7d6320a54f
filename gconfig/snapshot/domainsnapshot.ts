import { child, codec, defineDocument, prop } from '../core/index.js'
import { DomainSnapshotDisks } from './disks.js'
import { DomainSnapshotRevertDisks } from './revert-disks.js'
import { Domain } from '../domain/index.js'
import { DomainSnapshotCookie } from './cookie.js'

/**
 * `<domainsnapshot>`: a snapshot of a domain; `domain` is the embedded `<domain>` as a {@link Domain} view.
 * @example
 * ```ts
 * const snap = new DomainSnapshot()
 * snap.name = 'before-upgrade'
 * snap.description = 'clean install'
 * snap.toXml()
 * ```
 */
export class DomainSnapshot extends defineDocument('domainsnapshot', {
  /** Name: `name` in `<domainsnapshot>`. */
  name: prop('name', codec.string),
  /** Description: `description` in `<domainsnapshot>`. */
  description: prop('description', codec.string),
  /** State: `state` in `<domainsnapshot>`. */
  state: prop('state', codec.enum('running', 'blocked', 'paused', 'shutdown', 'shutoff', 'crashed', 'disk-snapshot')),
  /** Creation time (seconds since the epoch): `creationTime` in `<domainsnapshot>`. */
  creationTime: prop('creationTime', codec.string),
  /** Snapshot mode: `memory/@snapshot` in `<domainsnapshot>`. */
  memorySnapshot: prop('memory/@snapshot', codec.enum('no', 'internal', 'external')),
  /** File path: `memory/@file` in `<domainsnapshot>`. */
  memoryFile: prop('memory/@file', codec.string),
  /** The `<disks>` element (`disks`), as a view; undefined when absent. */
  disks: child('disks', DomainSnapshotDisks),
  /** The `<revertDisks>` element (`revertDisks`), as a view; undefined when absent. */
  revertDisks: child('revertDisks', DomainSnapshotRevertDisks),
  /** `active` in `<domainsnapshot>`. */
  active: prop('active', codec.enum('0', '1')),
  /** The domain definition the snapshot was taken of, as a full Domain view. */
  domain: child('domain', Domain),
  /** The inactive definition of a running domain (its next-boot config); read-only: a view with Domain's accessors on `<inactiveDomain>`. */
  inactiveDomain: child('inactiveDomain', Domain),
  /** Name: `parent/name` in `<domainsnapshot>`. */
  parentName: prop('parent/name', codec.string),
  /** The `<cookie>` element (`cookie`), as a view; undefined when absent. */
  cookie: child('cookie', DomainSnapshotCookie),
}, { schema: 'domainsnapshot.rng', order: ['name', 'description', 'state', 'creationTime', 'memory', 'disks', 'revertDisks', 'active', 'domain', 'inactiveDomain', 'parent', 'cookie'] }) {}
