/**
 * Secret: typed, lossless `<secret>` documents.
 * @module
 */
export * from './usage.js'
export * from './secret.js'
