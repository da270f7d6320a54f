import { codec, defineElement, prop } from '../core/index.js'

/** `<refresh>` (`/pool/refresh`). */
export class StoragePoolRefresh extends defineElement('refresh', {
  /** Allocation, in bytes: `volume/@allocation` in `<refresh>`. */
  volumeAllocation: prop('volume/@allocation', codec.enum('default', 'capacity')),
}) {}
