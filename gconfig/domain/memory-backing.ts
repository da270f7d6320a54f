/**
 * `<memoryBacking>`: how guest RAM is backed on the host (huge pages, locking, sharing, source).
 * @module
 */
import { children, codec, defineElement, flag, prop, size } from '../core/index.js'
import { cpuset } from './common.js'

/** `<page>` of `<hugepages>`. */
export class DomainMemoryBackingPage extends defineElement('page', {
  /** Page size, bytes. */
  size: size('@size', { defaultUnit: 'KiB' }),
  /** Guest nodes backed by this size. */
  nodeset: prop('@nodeset', cpuset),
}) {}

/** `<memoryBacking>`: host backing of guest memory. */
export class DomainMemoryBacking extends defineElement('memoryBacking', {
  /** Back memory with huge pages. */
  hugepages: flag('hugepages'),
  /** Huge page sizes. */
  hugepagesPages: children('hugepages/page', DomainMemoryBackingPage),
  /** Disable KSM sharing. */
  nosharepages: flag('nosharepages'),
  /** Lock memory in host RAM. */
  locked: flag('locked'),
  /** Memory source. */
  sourceType: prop('source/@type', codec.enum('file', 'anonymous', 'memfd')),
  /** Memory access mode. */
  accessMode: prop('access/@mode', codec.enum('shared', 'private')),
  /** Allocation mode. */
  allocationMode: prop('allocation/@mode', codec.enum('immediate', 'ondemand')),
  /** Threads for preallocation. */
  allocationThreads: prop('allocation/@threads', codec.uint),
  /** Discard memory on shutdown. */
  discard: flag('discard'),
}, { order: ['hugepages', 'nosharepages', 'locked', 'source', 'access', 'allocation', 'discard'] }) {}
