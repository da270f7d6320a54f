import { child, codec, defineElement, prop } from '../core/index.js'

/** `<permissions>` of a pool's or a volume's target: mode, owner, group and security label (`/pool/target/permissions`, `/volume/target/permissions`). */
export class StoragePermissions extends defineElement('permissions', {
  /** Mode: `mode` in `<permissions>`. */
  mode: prop('mode', codec.pattern(/^[0-7]{1,4}$/, 'an octal mode such as 0755')),
  /** Owner (uid): `owner` in `<permissions>`. */
  owner: prop('owner', codec.string),
  /** Group (gid): `group` in `<permissions>`. */
  group: prop('group', codec.string),
  /** Security label: `label` in `<permissions>`. */
  label: prop('label', codec.string),
}, { order: ['mode', 'owner', 'group', 'label'] }) {}

/** `<target>` (`/pool/target`). */
export class StoragePoolTarget extends defineElement('target', {
  /** Path: `path` in `<target>`. */
  path: prop('path', codec.string),
  /** The `<permissions>` element (`permissions`), as a view; undefined when absent. */
  permissions: child('permissions', StoragePermissions),
}, { order: ['path', 'permissions'] }) {}
