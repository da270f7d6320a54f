/**
 * Network: typed, lossless `<network>` documents.
 * @module
 */
export * from './metadata.js'
export * from './forward.js'
export * from './common.js'
export * from './portgroup.js'
export * from './dns.js'
export * from './ip.js'
export * from './route.js'
export * from './dnsmasq-options.js'
export * from './network.js'
