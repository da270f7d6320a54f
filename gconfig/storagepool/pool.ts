import { child, codec, defineDocument, prop, size } from '../core/index.js'
import { StoragePoolFeatures } from './features.js'
import { StoragePoolSource } from './source.js'
import { StoragePoolTarget } from './target.js'
import { StoragePoolFsMountOpts } from './fs-mount-opts.js'
import { StoragePoolRefresh } from './refresh.js'
import { StoragePoolRbdConfigOpts } from './rbd-config-opts.js'

/** `<pool>` (`/pool`). */
export class StoragePool extends defineDocument('pool', {
  type: prop('@type', codec.enum('dir', 'fs', 'netfs', 'logical', 'disk', 'iscsi', 'iscsi-direct', 'scsi', 'mpath', 'rbd', 'sheepdog', 'gluster', 'zfs', 'vstorage')),
  name: prop('name', codec.string),
  uuid: prop('uuid', codec.uuid),
  capacity: size('capacity'),
  allocation: size('allocation'),
  available: size('available'),
  features: child('features', StoragePoolFeatures),
  source: child('source', StoragePoolSource),
  target: child('target', StoragePoolTarget),
  fsMountOpts: child('fs:mount_opts', StoragePoolFsMountOpts),
  refresh: child('refresh', StoragePoolRefresh),
  rbdConfigOpts: child('rbd:config_opts', StoragePoolRbdConfigOpts),
}, { schema: 'storagepool.rng', order: ['name', 'uuid', 'capacity', 'allocation', 'available', 'features', 'source', 'target', 'fs:mount_opts', 'refresh', 'rbd:config_opts'] }) {}
