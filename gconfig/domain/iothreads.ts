/**
 * IOThreads (`<iothreadids>`, `<defaultiothread>`) and domain throttle groups
 * (`<throttlegroups>`).
 * @module
 */
import { codec, defineElement, prop } from '../core/index.js'
import { iotuneOrder, iotuneSpec } from './devices/disk.js'

/** `<iothread>` of `<iothreadids>`. */
export class DomainIothread extends defineElement('iothread', {
  /** IOThread id. */
  id: prop('@id', codec.uint),
  /** Minimum worker threads. */
  threadPoolMin: prop('@thread_pool_min', codec.uint),
  /** Maximum worker threads. */
  threadPoolMax: prop('@thread_pool_max', codec.uint),
  /** Maximum polling time, ns. A `number`, or a `bigint` beyond 2^53 − 1. */
  pollMax: prop('poll/@max', codec.u64),
  /** Polling growth factor. */
  pollGrow: prop('poll/@grow', codec.uint),
  /** Polling shrink factor. */
  pollShrink: prop('poll/@shrink', codec.uint),
}) {}

/** `<defaultiothread>`: the main loop's worker pool. */
export class DomainDefaultIothread extends defineElement('defaultiothread', {
  /** Minimum worker threads. */
  threadPoolMin: prop('@thread_pool_min', codec.uint),
  /** Maximum worker threads. */
  threadPoolMax: prop('@thread_pool_max', codec.uint),
}) {}

/** `<throttlegroup>`: I/O limits shared by the disks that name it. */
export class DomainThrottleGroup extends defineElement('throttlegroup', iotuneSpec, { order: iotuneOrder }) {}
