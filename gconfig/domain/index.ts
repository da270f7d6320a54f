/**
 * gvir/gconfig domain: `Domain` and every class of libvirt's domain XML, mirroring
 * GVirConfigDomain*.
 * @module
 */
export * from './domain.js'
export * from './common.js'
export * from './os.js'
export * from './cpu.js'
export * from './clock.js'
export * from './features.js'
export * from './tune.js'
export * from './memory-backing.js'
export * from './iothreads.js'
export * from './sysinfo.js'
export * from './security.js'
export * from './lifecycle.js'
export * from './devices/index.js'
