import { codec, defineElement, prop } from '../core/index.js'

/** `<timestamps>` (`/volume/target/timestamps`). */
export class StorageVolTargetTimestamps extends defineElement('timestamps', {
  atime: prop('atime', codec.string),
  btime: prop('btime', codec.string),
  ctime: prop('ctime', codec.string),
  mtime: prop('mtime', codec.string),
}, { order: ['atime', 'btime', 'ctime', 'mtime'] }) {}
