import { children, codec, defineElement, prop } from '../core/index.js'

/** `<extent>` (`/volume/source/device/extent`). */
export class StorageVolSourceDeviceExtent extends defineElement('extent', {
  start: prop('@start', codec.uint),
  end: prop('@end', codec.uint),
}) {}

/** `<device>` (`/volume/source/device`). */
export class StorageVolSourceDevice extends defineElement('device', {
  path: prop('@path', codec.string),
  extents: children('extent', StorageVolSourceDeviceExtent),
}) {}

/** `<source>` (`/volume/source`). */
export class StorageVolSource extends defineElement('source', {
  devices: children('device', StorageVolSourceDevice),
}) {}
