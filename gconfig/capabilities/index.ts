/**
 * Capabilities: typed, lossless `<capabilities>` documents.
 * @module
 */
export * from './host.js'
export * from './guest.js'
export * from './capabilities.js'
