import { child, codec, defineDocument, prop } from '../core/index.js'
import { DomainSnapshotDisks } from './disks.js'
import { DomainSnapshotRevertDisks } from './revert-disks.js'
import { Domain } from '../domain/index.js'
import { DomainSnapshotCookie } from './cookie.js'

/** `<domainsnapshot>` (`/domainsnapshot`). */
export class DomainSnapshot extends defineDocument('domainsnapshot', {
  name: prop('name', codec.string),
  description: prop('description', codec.string),
  state: prop('state', codec.enum('running', 'blocked', 'paused', 'shutdown', 'shutoff', 'crashed', 'disk-snapshot')),
  creationTime: prop('creationTime', codec.string),
  memorySnapshot: prop('memory/@snapshot', codec.enum('no', 'internal', 'external')),
  memoryFile: prop('memory/@file', codec.string),
  disks: child('disks', DomainSnapshotDisks),
  revertDisks: child('revertDisks', DomainSnapshotRevertDisks),
  active: prop('active', codec.enum('0', '1')),
  /** The domain definition the snapshot was taken of, as a full Domain view. */
  domain: child('domain', Domain),
  /** The inactive definition of a running domain (its next-boot config); read-only: a view with Domain's accessors on `<inactiveDomain>`. */
  inactiveDomain: child('inactiveDomain', Domain),
  parentName: prop('parent/name', codec.string),
  cookie: child('cookie', DomainSnapshotCookie),
}, { schema: 'domainsnapshot.rng', order: ['name', 'description', 'state', 'creationTime', 'memory', 'disks', 'revertDisks', 'active', 'domain', 'inactiveDomain', 'parent', 'cookie'] }) {}
