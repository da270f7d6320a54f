/**
 * NetworkPort: typed, lossless `<networkport>` documents.
 * @module
 */
export * from './owner.js'
export * from './virtualport.js'
export * from './bandwidth.js'
export * from './vlan.js'
export * from './plug.js'
export * from './networkport.js'
