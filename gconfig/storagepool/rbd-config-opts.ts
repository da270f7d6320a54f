import { children, codec, defineElement, prop } from '../core/index.js'

/** `<rbd:option>` (`/pool/rbd:config_opts/rbd:option`). */
export class StoragePoolRbdConfigOption extends defineElement('rbd:option', {
  /** Name: `@name` in `<rbd:option>`. */
  name: prop('@name', codec.string),
  /** Value: `@value` in `<rbd:option>`. */
  value: prop('@value', codec.string),
}) {}

/** `<rbd:config_opts>` (`/pool/rbd:config_opts`). */
export class StoragePoolRbdConfigOpts extends defineElement('rbd:config_opts', {
  /** The `<rbd:option>` elements (`rbd:option`), as a live list. */
  options: children('rbd:option', StoragePoolRbdConfigOption),
}) {}
