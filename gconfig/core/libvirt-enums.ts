/**
 * Enumerations libvirt formats in several document kinds, taken from libvirt's C tables
 * (`virDomainVirt`, `virArch`) rather than its RelaxNG schemas, which lag behind them: a
 * capabilities document from a vz or bhyve host, or an armv7b one, says what these tables say.
 * @module
 */
import { codec } from './codec.js'

/** A hypervisor driver (`<domain type>`, capabilities' `<guest><arch><domain type>`): `virDomainVirt`. */
export const virtType = codec.enum(
  'qemu', 'kqemu', 'kvm', 'xen', 'lxc', 'uml', 'openvz', 'test', 'vmware', 'hyperv', 'vbox', 'phyp', 'parallels', 'bhyve', 'vz', 'hvf',
)

/** A CPU architecture name (`<arch>`, `<arch name>`): `virArch`. */
export const archName = codec.enum(
  'aarch64', 'alpha', 'armv6l', 'armv7l', 'armv7b', 'cris', 'i686', 'ia64', 'lm32', 'loongarch64', 'm68k', 'microblaze', 'microblazeel',
  'mips', 'mipsel', 'mips64', 'mips64el', 'openrisc', 'parisc', 'parisc64', 'ppc', 'ppcle', 'ppc64', 'ppc64le', 'ppcemb', 'riscv32',
  'riscv64', 's390', 's390x', 'sh4', 'sh4eb', 'sparc', 'sparc64', 'unicore32', 'x86_64', 'xtensa', 'xtensaeb',
)
