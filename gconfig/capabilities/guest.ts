import { child, children, codec, defineElement, flag, prop } from '../core/index.js'

/** `<machine>` (`/capabilities/guest/arch/machine`). */
export class CapabilitiesArchMachine extends defineElement('machine', {
  canonical: prop('@canonical', codec.string),
  maxCpus: prop('@maxCpus', codec.uint),
  deprecated: prop('@deprecated', codec.yesNo),
  value: prop('.', codec.string),
}) {}

/** `<domain>` (`/capabilities/guest/arch/domain`). */
export class CapabilitiesArchDomain extends defineElement('domain', {
  type: prop('@type', codec.enum('qemu', 'kqemu', 'kvm', 'xen', 'uml', 'lxc', 'openvz', 'test', 'hvf')),
  emulator: prop('emulator', codec.string),
  machines: children('machine', CapabilitiesArchMachine),
}, { order: ['emulator', 'machine'] }) {}

/** `<arch>` (`/capabilities/guest/arch`). */
export class CapabilitiesGuestArch extends defineElement('arch', {
  name: prop('@name', codec.enum('aarch64', 'alpha', 'armv6l', 'armv7l', 'cris', 'i686', 'ia64', 'lm32', 'loongarch64', 'm68k', 'microblaze', 'microblazeel', 'mips', 'mipsel', 'mips64', 'mips64el', 'openrisc', 'parisc', 'parisc64', 'ppc', 'ppc64', 'ppc64le', 'ppcemb', 'riscv32', 'riscv64', 's390', 's390x', 'sh4', 'sh4eb', 'sparc', 'sparc64', 'unicore32', 'x86_64', 'xtensa', 'xtensaeb')),
  wordsize: prop('wordsize', codec.enum('31', '32', '64')),
  emulator: prop('emulator', codec.string),
  loader: prop('loader', codec.string),
  machines: children('machine', CapabilitiesArchMachine),
  domains: children('domain', CapabilitiesArchDomain),
}, { order: ['wordsize', 'emulator', 'loader', 'machine', 'domain'] }) {}

/** `<features>` (`/capabilities/guest/features`). */
export class CapabilitiesGuestFeatures extends defineElement('features', {
  pae: flag('pae'),
  nonpae: flag('nonpae'),
  ia64Be: flag('ia64_be'),
  acpiToggle: prop('acpi/@toggle', codec.yesNo),
  acpiDefault: prop('acpi/@default', codec.onOff),
  apicToggle: prop('apic/@toggle', codec.yesNo),
  apicDefault: prop('apic/@default', codec.onOff),
  cpuselection: flag('cpuselection'),
  deviceboot: flag('deviceboot'),
  disksnapshotToggle: prop('disksnapshot/@toggle', codec.yesNo),
  disksnapshotDefault: prop('disksnapshot/@default', codec.onOff),
  hapToggle: prop('hap/@toggle', codec.yesNo),
  hapDefault: prop('hap/@default', codec.onOff),
  externalSnapshot: flag('externalSnapshot'),
}, { order: ['pae', 'nonpae', 'ia64_be', 'acpi', 'apic', 'cpuselection', 'deviceboot', 'disksnapshot', 'hap', 'externalSnapshot'] }) {}

/** `<guest>` (`/capabilities/guest`). */
export class CapabilitiesGuest extends defineElement('guest', {
  osType: prop('os_type', codec.enum('xen', 'linux', 'hvm', 'exe', 'uml')),
  arch: child('arch', CapabilitiesGuestArch),
  features: child('features', CapabilitiesGuestFeatures),
}, { order: ['os_type', 'arch', 'features'] }) {}
