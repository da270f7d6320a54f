import { codec, defineElement, prop } from '../core/index.js'

/** `<permissions>` (`/volume/target/permissions`). */
export class StorageVolTargetPermissions extends defineElement('permissions', {
  mode: prop('mode', codec.pattern(/^[0-7]{1,4}$/, 'an octal mode such as 0755')),
  owner: prop('owner', codec.string),
  group: prop('group', codec.string),
  label: prop('label', codec.string),
}, { order: ['mode', 'owner', 'group', 'label'] }) {}

/** `<timestamps>` (`/volume/target/timestamps`). */
export class StorageVolTargetTimestamps extends defineElement('timestamps', {
  atime: prop('atime', codec.string),
  btime: prop('btime', codec.string),
  ctime: prop('ctime', codec.string),
  mtime: prop('mtime', codec.string),
}, { order: ['atime', 'btime', 'ctime', 'mtime'] }) {}
