import { child, codec, defineElement, prop } from '../core/index.js'

/** `<permissions>` of a pool's or a volume's target: mode, owner, group and security label (`/pool/target/permissions`, `/volume/target/permissions`). */
export class StoragePermissions extends defineElement('permissions', {
  mode: prop('mode', codec.pattern(/^[0-7]{1,4}$/, 'an octal mode such as 0755')),
  owner: prop('owner', codec.string),
  group: prop('group', codec.string),
  label: prop('label', codec.string),
}, { order: ['mode', 'owner', 'group', 'label'] }) {}

/** `<target>` (`/pool/target`). */
export class StoragePoolTarget extends defineElement('target', {
  path: prop('path', codec.string),
  permissions: child('permissions', StoragePermissions),
}, { order: ['path', 'permissions'] }) {}
