/**
 * DomainBackup: typed, lossless `<domainbackup>` documents.
 * @module
 */
export * from './disks.js'
export * from './domainbackup.js'
