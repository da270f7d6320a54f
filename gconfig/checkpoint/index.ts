/**
 * DomainCheckpoint: typed, lossless `<domaincheckpoint>` documents.
 * @module
 */
export * from './disks.js'
export * from './domaincheckpoint.js'
