import { defineElement } from '../core/index.js'

/** `<metadata>` (`/network/metadata`). */
export class NetworkMetadata extends defineElement('metadata', {
}) {}
