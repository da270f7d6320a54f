/**
 * DomainCapabilities: typed, lossless `<domainCapabilities>` documents.
 * @module
 */
export * from './common.js'
export * from './os.js'
export * from './cpu.js'
export * from './memory-backing.js'
export * from './devices.js'
export * from './features.js'
export * from './domain-capabilities.js'
