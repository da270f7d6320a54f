/**
 * StorageVol: typed, lossless `<volume>` documents.
 * @module
 */
export * from './source.js'
export * from './common.js'
export * from './encryption.js'
export * from './target.js'
export * from './backing-store.js'
export * from './volume.js'
