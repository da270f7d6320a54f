import { children, defineElement } from '../core/index.js'
import { DomainSnapshotDisksDisk } from './common.js'

/** `<revertDisks>` (`/domainsnapshot/revertDisks`). */
export class DomainSnapshotRevertDisks extends defineElement('revertDisks', {
  disks: children('disk', DomainSnapshotDisksDisk),
}) {}
