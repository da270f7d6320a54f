import { children, codec, defineElement, prop } from '../core/index.js'

/** `<disk>` (`/domaincheckpoint/disks/disk`). */
export class DomainCheckpointDisk extends defineElement('disk', {
  name: prop('@name', codec.string),
  checkpoint: prop('@checkpoint', codec.enum('no', 'bitmap')),
  bitmap: prop('@bitmap', codec.string),
  size: prop('@size', codec.uint),
}) {}

/** `<disks>` (`/domaincheckpoint/disks`). */
export class DomainCheckpointDisks extends defineElement('disks', {
  disks: children('disk', DomainCheckpointDisk),
}) {}
