import { codec, defineElement, prop } from '../core/index.js'

/** `<features>` (`/pool/features`). */
export class StoragePoolFeatures extends defineElement('features', {
  /** State: `cow/@state` in `<features>`. */
  cowState: prop('cow/@state', codec.yesNo),
}) {}
