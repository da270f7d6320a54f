/**
 * NetworkFilter: typed, lossless `<filter>` documents.
 * @module
 */
export * from './filterref.js'
export * from './rule.js'
export * from './filter.js'
