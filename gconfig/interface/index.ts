/**
 * Interface: typed, lossless `<interface>` documents.
 * @module
 */
export * from './protocol.js'
export * from './common.js'
export * from './bridge.js'
export * from './interface.js'
