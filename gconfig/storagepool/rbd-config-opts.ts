import { children, codec, defineElement, prop } from '../core/index.js'

/** `<rbd:option>` (`/pool/rbd:config_opts/rbd:option`). */
export class StoragePoolRbdConfigOption extends defineElement('rbd:option', {
  name: prop('@name', codec.string),
  value: prop('@value', codec.string),
}) {}

/** `<rbd:config_opts>` (`/pool/rbd:config_opts`). */
export class StoragePoolRbdConfigOpts extends defineElement('rbd:config_opts', {
  options: children('rbd:option', StoragePoolRbdConfigOption),
}) {}
