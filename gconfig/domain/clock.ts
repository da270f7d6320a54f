/**
 * `<clock>`: the guest's time base and its timers.
 * @module
 */
import { children, codec, defineElement, prop } from '../core/index.js'

/** `<timer>`: one guest timer source. */
export class DomainTimer extends defineElement('timer', {
  /** Timer name. */
  name: prop('@name', codec.enum('platform', 'pit', 'rtc', 'hpet', 'tsc', 'kvmclock', 'hypervclock', 'armvtimer')),
  /** Present to the guest. */
  present: prop('@present', codec.yesNo),
  /** Missed-tick policy. */
  tickpolicy: prop('@tickpolicy', codec.enum('delay', 'catchup', 'merge', 'discard')),
  /** What the RTC tracks. */
  track: prop('@track', codec.enum('boot', 'guest', 'wall', 'realtime')),
  /** TSC frequency in Hz. A `number`, or a `bigint` beyond 2^53 − 1. */
  frequency: prop('@frequency', codec.u64),
  /** TSC mode. */
  mode: prop('@mode', codec.enum('auto', 'native', 'emulate', 'paravirt', 'smpsafe')),
  /** Catch-up threshold. */
  catchupThreshold: prop('catchup/@threshold', codec.uint),
  /** Catch-up slew. */
  catchupSlew: prop('catchup/@slew', codec.uint),
  /** Catch-up limit. */
  catchupLimit: prop('catchup/@limit', codec.uint),
}) {}

/** `<clock>`: the guest time base. */
export class DomainClock extends defineElement('clock', {
  /** Time base of the guest's RTC. */
  offset: prop('@offset', codec.enum('utc', 'localtime', 'timezone', 'variable', 'absolute')),
  /** Seconds added to the base (`variable`), or `reset`. */
  adjustment: prop('@adjustment', codec.pattern(/^(reset|[+-]?[0-9]+)$/, "an integer number of seconds or 'reset'")),
  /** Time zone (`timezone`). */
  timezone: prop('@timezone', codec.string),
  /** Base of a `variable` offset. */
  basis: prop('@basis', codec.enum('utc', 'localtime')),
  /** Epoch seconds the guest starts at (`absolute`). A `number`, or a `bigint` beyond 2^53 − 1. */
  start: prop('@start', codec.u64),
  /** Timers. */
  timers: children('timer', DomainTimer),
}) {}
