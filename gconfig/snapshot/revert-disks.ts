import { children, defineElement } from '../core/index.js'
import { DomainSnapshotDisk } from './common.js'

/** `<revertDisks>` (`/domainsnapshot/revertDisks`). */
export class DomainSnapshotRevertDisks extends defineElement('revertDisks', {
  /** The `<disk>` elements (`disk`), as a live list. */
  disks: children('disk', DomainSnapshotDisk),
}) {}
