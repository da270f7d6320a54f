import { children, codec, defineElement, prop } from '../core/index.js'

/** `<fs:option>` (`/pool/fs:mount_opts/fs:option`). */
export class StoragePoolFsMountOption extends defineElement('fs:option', {
  /** Name: `@name` in `<fs:option>`. */
  name: prop('@name', codec.string),
}) {}

/** `<fs:mount_opts>` (`/pool/fs:mount_opts`). */
export class StoragePoolFsMountOpts extends defineElement('fs:mount_opts', {
  /** The `<fs:option>` elements (`fs:option`), as a live list. */
  options: children('fs:option', StoragePoolFsMountOption),
}) {}
