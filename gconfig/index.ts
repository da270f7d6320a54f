/**
 * gvir/gconfig: libvirt's XML documents as lossless, typed objects, in pure TypeScript
 * (the counterpart of LibvirtGConfig). Nothing native, nothing else of gvir is imported.
 *
 * ```ts
 * import { Domain } from 'gvir/gconfig'
 * const dom = Domain.fromXml(xml)
 * dom.name = 'vm1'
 * dom.toXml()
 * ```
 * @module
 */
export {
  ConfigError,
  type ConfigErrorDetails,
  codec,
  type Codec,
  type OpenEnum,
  type Wide,
  UNLIMITED_KIB,
  prop,
  flag,
  size,
  child,
  children,
  polyChildren,
  type PropSpec,
  type ListSpec,
  type AnySpec,
  type SizeOptions,
  type ClassRef,
  defineElement,
  defineDocument,
  type ElementClass,
  type DocumentClass,
  type ElementOptions,
  type DocumentOptions,
  type SpecValues,
  ConfigObject,
  GenericElement,
  type ChildKey,
  type ConfigClass,
  type Layout,
  ConfigDocument,
  GenericDocument,
  ConfigList,
  unitScale,
  DEFAULT_SCHEMA_DIR,
  type ValidateOptions,
  type ValidationResult,
  type ValidationError,
  xml,
} from './core/index.js'
export type { ParseOptions } from './core/xml/index.js'
export * from './domain/index.js'
export * from './backup/index.js'
export * from './capabilities/index.js'
export * from './checkpoint/index.js'
export * from './domaincaps/index.js'
export * from './interface/index.js'
export * from './network/index.js'
export * from './networkport/index.js'
export * from './nodedev/index.js'
export * from './nwfilter/index.js'
export * from './nwfilterbinding/index.js'
export * from './secret/index.js'
export * from './snapshot/index.js'
export * from './storagepool/index.js'
export * from './storagepoolcaps/index.js'
export * from './storagevol/index.js'
