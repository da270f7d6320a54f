import { children, codec, defineElement, prop } from '../core/index.js'

/** `<extent>` (`/volume/source/device/extent`). */
export class StorageVolSourceDeviceExtent extends defineElement('extent', {
  /** Start: `@start` in `<extent>`. A `number`, or a `bigint` beyond 2^53 − 1. */
  start: prop('@start', codec.u64),
  /** End: `@end` in `<extent>`. A `number`, or a `bigint` beyond 2^53 − 1. */
  end: prop('@end', codec.u64),
}) {}

/** `<device>` (`/volume/source/device`). */
export class StorageVolSourceDevice extends defineElement('device', {
  /** Path: `@path` in `<device>`. */
  path: prop('@path', codec.string),
  /** The `<extent>` elements (`extent`), as a live list. */
  extents: children('extent', StorageVolSourceDeviceExtent),
}) {}

/** `<source>` (`/volume/source`). */
export class StorageVolSource extends defineElement('source', {
  /** The `<device>` elements (`device`), as a live list. */
  devices: children('device', StorageVolSourceDevice),
}) {}
