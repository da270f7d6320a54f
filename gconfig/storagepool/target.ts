import { child, codec, defineElement, prop } from '../core/index.js'

/** `<permissions>` (`/pool/target/permissions`). */
export class StoragePoolTargetPermissions extends defineElement('permissions', {
  mode: prop('mode', codec.pattern(/^[0-7]{1,4}$/, 'an octal mode such as 0755')),
  owner: prop('owner', codec.string),
  group: prop('group', codec.string),
  label: prop('label', codec.string),
}, { order: ['mode', 'owner', 'group', 'label'] }) {}

/** `<target>` (`/pool/target`). */
export class StoragePoolTarget extends defineElement('target', {
  path: prop('path', codec.string),
  permissions: child('permissions', StoragePoolTargetPermissions),
}, { order: ['path', 'permissions'] }) {}
