import { children, defineElement } from '../core/index.js'
import { DomainSnapshotDisk } from './common.js'

/** `<disks>` (`/domainsnapshot/disks`). */
export class DomainSnapshotDisks extends defineElement('disks', {
  /** The `<disk>` elements (`disk`), as a live list. */
  disks: children('disk', DomainSnapshotDisk),
}) {}
