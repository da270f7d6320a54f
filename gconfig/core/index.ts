/**
 * The core of gconfig: the lossless XML tree, codecs, declarations and the base classes every
 * document kind is built from.
 * @module
 */
export { ConfigError, type ConfigErrorDetails } from './error.js'
export { codec, type Codec, type OpenEnum, type Wide } from './codec.js'
export { prop, flag, size, child, children, polyChildren, UNLIMITED_KIB, type PropSpec, type ListSpec, type AnySpec, type SizeOptions, type ClassRef } from './spec.js'
export {
  defineElement,
  defineDocument,
  type ElementClass,
  type DocumentClass,
  type ElementOptions,
  type DocumentOptions,
  type SpecValues,
} from './define.js'
export { ConfigObject, GenericElement, viewOf, elementPath, type ChildKey, type ConfigClass, type Layout } from './object.js'
export { ConfigDocument, GenericDocument } from './document.js'
export { ConfigList } from './list.js'
export { unitScale } from './units.js'
export { DEFAULT_SCHEMA_DIR, type ValidateOptions, type ValidationResult, type ValidationError } from './validate.js'
export * as xml from './xml/index.js'
