import { child, codec, defineDocument, prop, size } from '../core/index.js'
import { StoragePoolFeatures } from './features.js'
import { StoragePoolSource } from './source.js'
import { StoragePoolTarget } from './target.js'
import { StoragePoolFsMountOpts } from './fs-mount-opts.js'
import { StoragePoolRefresh } from './refresh.js'
import { StoragePoolRbdConfigOpts } from './rbd-config-opts.js'

/**
 * `<pool>`: a storage pool.
 * @example
 * ```ts
 * const pool = new StoragePool()
 * pool.type = 'dir'
 * pool.name = 'images'
 * pool.target = new StoragePoolTarget()
 * pool.target.path = '/var/lib/libvirt/images'
 * pool.toXml()
 * ```
 */
export class StoragePool extends defineDocument('pool', {
  /** Type: `@type` in `<pool>`. */
  type: prop('@type', codec.enum('dir', 'fs', 'netfs', 'logical', 'disk', 'iscsi', 'iscsi-direct', 'scsi', 'mpath', 'rbd', 'sheepdog', 'gluster', 'zfs', 'vstorage')),
  /** Name: `name` in `<pool>`. */
  name: prop('name', codec.string),
  /** UUID: `uuid` in `<pool>`. */
  uuid: prop('uuid', codec.uuid),
  /** Capacity, in bytes: `capacity` in `<pool>`. */
  capacity: size('capacity'),
  /** Allocation, in bytes: `allocation` in `<pool>`. */
  allocation: size('allocation'),
  /** Available space, in bytes: `available` in `<pool>`. */
  available: size('available'),
  /** The `<features>` element (`features`), as a view; undefined when absent. */
  features: child('features', StoragePoolFeatures),
  /** The `<source>` element (`source`), as a view; undefined when absent. */
  source: child('source', StoragePoolSource),
  /** The `<target>` element (`target`), as a view; undefined when absent. */
  target: child('target', StoragePoolTarget),
  /** The `<fs:mount_opts>` element (`fs:mount_opts`), as a view; undefined when absent. */
  fsMountOpts: child('fs:mount_opts', StoragePoolFsMountOpts),
  /** The `<refresh>` element (`refresh`), as a view; undefined when absent. */
  refresh: child('refresh', StoragePoolRefresh),
  /** The `<rbd:config_opts>` element (`rbd:config_opts`), as a view; undefined when absent. */
  rbdConfigOpts: child('rbd:config_opts', StoragePoolRbdConfigOpts),
}, { schema: 'storagepool.rng', order: ['name', 'uuid', 'capacity', 'allocation', 'available', 'features', 'source', 'target', 'fs:mount_opts', 'refresh', 'rbd:config_opts'] }) {}
