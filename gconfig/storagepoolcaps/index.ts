/**
 * StoragePoolCapabilities: typed, lossless `<storagepoolCapabilities>` documents.
 * @module
 */
export * from './pool.js'
export * from './storagepool-capabilities.js'
