/**
 * StoragePool: typed, lossless `<pool>` documents.
 * @module
 */
export * from './features.js'
export * from './source.js'
export * from './target.js'
export * from './fs-mount-opts.js'
export * from './refresh.js'
export * from './rbd-config-opts.js'
export * from './pool.js'
