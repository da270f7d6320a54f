/**
 * NodeDevice: typed, lossless `<device>` documents.
 * @module
 */
export * from './devnode.js'
export * from './capability.js'
export * from './device.js'
