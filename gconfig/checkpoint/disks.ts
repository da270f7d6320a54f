import { children, codec, defineElement, prop } from '../core/index.js'

/** `<disk>` (`/domaincheckpoint/disks/disk`). */
export class DomainCheckpointDisk extends defineElement('disk', {
  /** Name: `@name` in `<disk>`. */
  name: prop('@name', codec.string),
  /** Checkpoint: `@checkpoint` in `<disk>`. */
  checkpoint: prop('@checkpoint', codec.enum('no', 'bitmap')),
  /** Bitmap: `@bitmap` in `<disk>`. */
  bitmap: prop('@bitmap', codec.string),
  /** Size: `@size` in `<disk>`. A `number`, or a `bigint` beyond 2^53 − 1. */
  size: prop('@size', codec.u64),
}) {}

/** `<disks>` (`/domaincheckpoint/disks`). */
export class DomainCheckpointDisks extends defineElement('disks', {
  /** The `<disk>` elements (`disk`), as a live list. */
  disks: children('disk', DomainCheckpointDisk),
}) {}
