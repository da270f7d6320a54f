import { codec, defineElement, prop } from '../core/index.js'

/** `<timestamps>` (`/volume/target/timestamps`). */
export class StorageVolTargetTimestamps extends defineElement('timestamps', {
  /** Access time: `atime` in `<timestamps>`. */
  atime: prop('atime', codec.string),
  /** Birth time: `btime` in `<timestamps>`. */
  btime: prop('btime', codec.string),
  /** Change time: `ctime` in `<timestamps>`. */
  ctime: prop('ctime', codec.string),
  /** Modification time: `mtime` in `<timestamps>`. */
  mtime: prop('mtime', codec.string),
}, { order: ['atime', 'btime', 'ctime', 'mtime'] }) {}
