import { children, defineElement } from '../core/index.js'
import { DomainSnapshotDisk } from './common.js'

/** `<revertDisks>` (`/domainsnapshot/revertDisks`). */
export class DomainSnapshotRevertDisks extends defineElement('revertDisks', {
  disks: children('disk', DomainSnapshotDisk),
}) {}
