import { children, defineElement } from '../core/index.js'
import { DomainSnapshotDisksDisk } from './common.js'

/** `<disks>` (`/domainsnapshot/disks`). */
export class DomainSnapshotDisks extends defineElement('disks', {
  disks: children('disk', DomainSnapshotDisksDisk),
}) {}
