import { children, codec, defineElement, prop } from '../core/index.js'
import { DomainCapabilitiesEnum } from './common.js'

/** `<model>` (`/domainCapabilities/cpu/mode/model`). */
export class DomainCapabilitiesModeModel extends defineElement('model', {
  /** `@fallback` in `<model>`. */
  fallback: prop('@fallback', codec.enum('allow', 'forbid')),
  /** `@vendor_id` in `<model>`. */
  vendorId: prop('@vendor_id', codec.string),
  /** `@usable` in `<model>`. */
  usable: prop('@usable', codec.enum('yes', 'no', 'unknown')),
  /** `@deprecated` in `<model>`. */
  deprecated: prop('@deprecated', codec.yesNo),
  /** `@canonical` in `<model>`. */
  canonical: prop('@canonical', codec.string),
  /** Vendor: `@vendor` in `<model>`. */
  vendor: prop('@vendor', codec.string),
  /** The text of `<model>`. */
  value: prop('.', codec.string),
}) {}

/** `<feature>` (`/domainCapabilities/cpu/mode/feature`). */
export class DomainCapabilitiesModeFeature extends defineElement('feature', {
  /** `@policy` in `<feature>`. */
  policy: prop('@policy', codec.enum('force', 'require', 'optional', 'disable', 'forbid')),
  /** Name: `@name` in `<feature>`. */
  name: prop('@name', codec.string),
}) {}

/** `<feature>` (`/domainCapabilities/cpu/mode/blockers/feature`). */
export class DomainCapabilitiesBlockersFeature extends defineElement('feature', {
  /** Name: `@name` in `<feature>`. */
  name: prop('@name', codec.string),
}) {}

/** `<blockers>` (`/domainCapabilities/cpu/mode/blockers`). */
export class DomainCapabilitiesModeBlockers extends defineElement('blockers', {
  /** Model: `@model` in `<blockers>`. */
  model: prop('@model', codec.string),
  /** The `<feature>` elements (`feature`), as a live list. */
  features: children('feature', DomainCapabilitiesBlockersFeature),
}) {}

/** `<mode>` (`/domainCapabilities/cpu/mode`). */
export class DomainCapabilitiesCpuMode extends defineElement('mode', {
  /** Name: `@name` in `<mode>`. */
  name: prop('@name', codec.enum('host-passthrough', 'maximum', 'host-model', 'custom')),
  /** Supported: `@supported` in `<mode>`. */
  supported: prop('@supported', codec.yesNo),
  /** The `<enum>` elements (`enum`), as a live list. */
  enums: children('enum', DomainCapabilitiesEnum),
  /** The `<model>` elements (`model`), as a live list. */
  models: children('model', DomainCapabilitiesModeModel),
  /** Vendor: `vendor` in `<mode>`. */
  vendor: prop('vendor', codec.string),
  /** Mode: `maxphysaddr/@mode` in `<mode>`. */
  maxphysaddrMode: prop('maxphysaddr/@mode', codec.enum('emulate', 'passthrough')),
  /** `maxphysaddr/@bits` in `<mode>`. */
  maxphysaddrBits: prop('maxphysaddr/@bits', codec.uint),
  /** `maxphysaddr/@limit` in `<mode>`. */
  maxphysaddrLimit: prop('maxphysaddr/@limit', codec.uint),
  /** The `<feature>` elements (`feature`), as a live list. */
  features: children('feature', DomainCapabilitiesModeFeature),
  /** The `<blockers>` elements (`blockers`), as a live list. */
  blockers: children('blockers', DomainCapabilitiesModeBlockers),
}, { order: ['enum', 'model', 'vendor', 'maxphysaddr', 'feature', 'blockers'] }) {}

/** `<cpu>` (`/domainCapabilities/cpu`). */
export class DomainCapabilitiesCpu extends defineElement('cpu', {
  /** The `<mode>` elements (`mode`), as a live list. */
  modes: children('mode', DomainCapabilitiesCpuMode),
}) {}
