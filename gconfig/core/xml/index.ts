/**
 * The lossless XML tree: nodes, parser, serialiser and tidy structural edits.
 * @module
 */
export * from './nodes.js'
export { parseXml, isXmlName, lineColumn, DEFAULT_MAX_DEPTH, DEFAULT_MAX_LENGTH, type ParseOptions } from './parse.js'
export { serializeNode, serializeElement, serializeDocument } from './serialize.js'
export { escapeAttribute, escapeText, checkXmlChars, findNonXmlChar } from './escape.js'
export { insertElement, replaceElement, detachElement, cloneElement } from './edit.js'
