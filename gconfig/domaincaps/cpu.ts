import { child, children, codec, defineElement, prop } from '../core/index.js'
import { DomainCapabilitiesEnum } from './common.js'

/** `<model>` (`/domainCapabilities/cpu/mode/model`). */
export class DomainCapabilitiesModeModel extends defineElement('model', {
  fallback: prop('@fallback', codec.enum('allow', 'forbid')),
  vendorId: prop('@vendor_id', codec.string),
  usable: prop('@usable', codec.enum('yes', 'no', 'unknown')),
  deprecated: prop('@deprecated', codec.yesNo),
  canonical: prop('@canonical', codec.string),
  vendor: prop('@vendor', codec.string),
  value: prop('.', codec.string),
}) {}

/** `<feature>` (`/domainCapabilities/cpu/mode/feature`). */
export class DomainCapabilitiesModeFeature extends defineElement('feature', {
  policy: prop('@policy', codec.enum('force', 'require', 'optional', 'disable', 'forbid')),
  name: prop('@name', codec.string),
}) {}

/** `<feature>` (`/domainCapabilities/cpu/mode/blockers/feature`). */
export class DomainCapabilitiesBlockersFeature extends defineElement('feature', {
  name: prop('@name', codec.string),
}) {}

/** `<blockers>` (`/domainCapabilities/cpu/mode/blockers`). */
export class DomainCapabilitiesModeBlockers extends defineElement('blockers', {
  model: prop('@model', codec.string),
  features: children('feature', DomainCapabilitiesBlockersFeature),
}) {}

/** `<mode>` (`/domainCapabilities/cpu/mode`). */
export class DomainCapabilitiesCpuMode extends defineElement('mode', {
  name: prop('@name', codec.enum('host-passthrough', 'maximum', 'host-model', 'custom')),
  supported: prop('@supported', codec.yesNo),
  enums: children('enum', DomainCapabilitiesEnum),
  models: children('model', DomainCapabilitiesModeModel),
  vendor: prop('vendor', codec.string),
  maxphysaddrMode: prop('maxphysaddr/@mode', codec.enum('emulate', 'passthrough')),
  maxphysaddrBits: prop('maxphysaddr/@bits', codec.uint),
  maxphysaddrLimit: prop('maxphysaddr/@limit', codec.uint),
  features: children('feature', DomainCapabilitiesModeFeature),
  blockers: children('blockers', DomainCapabilitiesModeBlockers),
}, { order: ['enum', 'model', 'vendor', 'maxphysaddr', 'feature', 'blockers'] }) {}

/** `<cpu>` (`/domainCapabilities/cpu`). */
export class DomainCapabilitiesCpu extends defineElement('cpu', {
  modes: children('mode', DomainCapabilitiesCpuMode),
}) {}
