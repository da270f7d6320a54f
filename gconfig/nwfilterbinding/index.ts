/**
 * NetworkFilterBinding: typed, lossless `<filterbinding>` documents.
 * @module
 */
export * from './owner.js'
export * from './filterref.js'
export * from './filterbinding.js'
