/**
 * DomainSnapshot: typed, lossless `<domainsnapshot>` documents.
 * @module
 */
export * from './common.js'
export * from './disks.js'
export * from './revert-disks.js'
export * from './cookie.js'
export * from './domainsnapshot.js'
