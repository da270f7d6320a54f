import { codec, defineElement, prop } from '../core/index.js'

/** `<refresh>` (`/pool/refresh`). */
export class StoragePoolRefresh extends defineElement('refresh', {
  volumeAllocation: prop('volume/@allocation', codec.enum('default', 'capacity')),
}) {}
