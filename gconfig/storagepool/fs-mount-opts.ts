import { children, codec, defineElement, prop } from '../core/index.js'

/** `<fs:option>` (`/pool/fs:mount_opts/fs:option`). */
export class StoragePoolFsMountOption extends defineElement('fs:option', {
  name: prop('@name', codec.string),
}) {}

/** `<fs:mount_opts>` (`/pool/fs:mount_opts`). */
export class StoragePoolFsMountOpts extends defineElement('fs:mount_opts', {
  options: children('fs:option', StoragePoolFsMountOption),
}) {}
