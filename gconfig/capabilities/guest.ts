import { child, children, codec, defineElement, flag, prop } from '../core/index.js'
import { archName, virtType } from '../core/libvirt-enums.js'

/** `<machine>` (`/capabilities/guest/arch/machine`). */
export class CapabilitiesArchMachine extends defineElement('machine', {
  /** `@canonical` in `<machine>`. */
  canonical: prop('@canonical', codec.string),
  /** `@maxCpus` in `<machine>`. */
  maxCpus: prop('@maxCpus', codec.uint),
  /** `@deprecated` in `<machine>`. */
  deprecated: prop('@deprecated', codec.yesNo),
  /** The text of `<machine>`. */
  value: prop('.', codec.string),
}) {}

/** `<domain>` (`/capabilities/guest/arch/domain`). */
export class CapabilitiesArchDomain extends defineElement('domain', {
  /** Type: `@type` in `<domain>`. */
  type: prop('@type', virtType),
  /** Emulator: `emulator` in `<domain>`. */
  emulator: prop('emulator', codec.string),
  /** The `<machine>` elements (`machine`), as a live list. */
  machines: children('machine', CapabilitiesArchMachine),
}, { order: ['emulator', 'machine'] }) {}

/** `<arch>` (`/capabilities/guest/arch`). */
export class CapabilitiesGuestArch extends defineElement('arch', {
  /** Name: `@name` in `<arch>`. */
  name: prop('@name', archName),
  /** `wordsize` in `<arch>`. */
  wordsize: prop('wordsize', codec.enum('31', '32', '64')),
  /** Emulator: `emulator` in `<arch>`. */
  emulator: prop('emulator', codec.string),
  /** Loader: `loader` in `<arch>`. */
  loader: prop('loader', codec.string),
  /** The `<machine>` elements (`machine`), as a live list. */
  machines: children('machine', CapabilitiesArchMachine),
  /** The `<domain>` elements (`domain`), as a live list. */
  domains: children('domain', CapabilitiesArchDomain),
}, { order: ['wordsize', 'emulator', 'loader', 'machine', 'domain'] }) {}

/** `<features>` (`/capabilities/guest/features`). */
export class CapabilitiesGuestFeatures extends defineElement('features', {
  /** Whether `<features>` has `<pae/>` (`pae`). */
  pae: flag('pae'),
  /** Whether `<features>` has `<nonpae/>` (`nonpae`). */
  nonpae: flag('nonpae'),
  /** Whether `<features>` has `<ia64_be/>` (`ia64_be`). */
  ia64Be: flag('ia64_be'),
  /** `acpi/@toggle` in `<features>`. */
  acpiToggle: prop('acpi/@toggle', codec.yesNo),
  /** `acpi/@default` in `<features>`. */
  acpiDefault: prop('acpi/@default', codec.onOff),
  /** `apic/@toggle` in `<features>`. */
  apicToggle: prop('apic/@toggle', codec.yesNo),
  /** `apic/@default` in `<features>`. */
  apicDefault: prop('apic/@default', codec.onOff),
  /** Whether `<features>` has `<cpuselection/>` (`cpuselection`). */
  cpuselection: flag('cpuselection'),
  /** Whether `<features>` has `<deviceboot/>` (`deviceboot`). */
  deviceboot: flag('deviceboot'),
  /** `disksnapshot/@toggle` in `<features>`. */
  disksnapshotToggle: prop('disksnapshot/@toggle', codec.yesNo),
  /** `disksnapshot/@default` in `<features>`. */
  disksnapshotDefault: prop('disksnapshot/@default', codec.onOff),
  /** `hap/@toggle` in `<features>`. */
  hapToggle: prop('hap/@toggle', codec.yesNo),
  /** `hap/@default` in `<features>`. */
  hapDefault: prop('hap/@default', codec.onOff),
  /** Whether `<features>` has `<externalSnapshot/>` (`externalSnapshot`). */
  externalSnapshot: flag('externalSnapshot'),
}, { order: ['pae', 'nonpae', 'ia64_be', 'acpi', 'apic', 'cpuselection', 'deviceboot', 'disksnapshot', 'hap', 'externalSnapshot'] }) {}

/** `<guest>` (`/capabilities/guest`). */
export class CapabilitiesGuest extends defineElement('guest', {
  /** `os_type` in `<guest>`. */
  osType: prop('os_type', codec.enum('xen', 'linux', 'hvm', 'exe', 'uml', 'xenpvh')),
  /** The `<arch>` element (`arch`), as a view; undefined when absent. */
  arch: child('arch', CapabilitiesGuestArch),
  /** The `<features>` element (`features`), as a view; undefined when absent. */
  features: child('features', CapabilitiesGuestFeatures),
}, { order: ['os_type', 'arch', 'features'] }) {}
