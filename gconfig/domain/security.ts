/**
 * Security: the domain `<seclabel>`s, `<keywrap>` (s390) and `<launchSecurity>` (SEV, SEV-SNP,
 * s390 PV).
 * @module
 */
import { children, codec, defineElement, prop } from '../core/index.js'

/** `<seclabel>` of a domain: its label under one security driver. */
export class DomainSeclabel extends defineElement('seclabel', {
  /** How the label is chosen. */
  type: prop('@type', codec.enum('dynamic', 'static', 'none')),
  /** Security driver (`selinux`, `apparmor`, `dac`). */
  model: prop('@model', codec.string),
  /** Whether libvirt relabels resources. */
  relabel: prop('@relabel', codec.yesNo),
  /** Process label. */
  label: prop('label', codec.string),
  /** Image label (live XML). */
  imagelabel: prop('imagelabel', codec.string),
  /** Base label for dynamic labels. */
  baselabel: prop('baselabel', codec.string),
}, { order: ['label', 'imagelabel', 'baselabel'] }) {}

/** `<cipher>` of `<keywrap>`. */
export class DomainKeywrapCipher extends defineElement('cipher', {
  /** Cipher. */
  name: prop('@name', codec.enum('aes', 'dea')),
  /** Wrapping on or off. */
  state: prop('@state', codec.onOff),
}) {}

/** `<keywrap>`: s390 CPACF key wrapping. */
export class DomainKeywrap extends defineElement('keywrap', {
  /** Ciphers. */
  ciphers: children('cipher', DomainKeywrapCipher),
}) {}

const base64 = codec.pattern(/^[A-Za-z0-9+/=\s]*$/, 'base64 text')

/** `<launchSecurity>`: confidential computing. */
export class DomainLaunchSecurity extends defineElement('launchSecurity', {
  /** Technology. */
  type: prop('@type', codec.enum('sev', 'sev-snp', 's390-pv', 'tdx')),
  /** Include kernel hashes in the measurement. */
  kernelHashes: prop('@kernelHashes', codec.yesNo),
  /** SEV-SNP: an author key is given. */
  authorKey: prop('@authorKey', codec.yesNo),
  /** SEV-SNP: use the VCEK. */
  vcek: prop('@vcek', codec.yesNo),
  /** C-bit position. */
  cbitpos: prop('cbitpos', codec.uint),
  /** Physical address bits lost. */
  reducedPhysBits: prop('reducedPhysBits', codec.uint),
  /** Guest policy (hexadecimal). */
  policy: prop('policy', codec.hex),
  /** SEV handle. */
  handle: prop('handle', codec.uint),
  /** Guest owner's Diffie-Hellman certificate. */
  dhCert: prop('dhCert', base64),
  /** Session blob. */
  session: prop('session', base64),
  /** SEV-SNP guest-visible workarounds. */
  guestVisibleWorkarounds: prop('guestVisibleWorkarounds', base64),
  /** SEV-SNP ID block. */
  idBlock: prop('idBlock', base64),
  /** SEV-SNP ID authentication. */
  idAuth: prop('idAuth', base64),
  /** SEV-SNP host data. */
  hostData: prop('hostData', base64),
}, { order: ['cbitpos', 'reducedPhysBits', 'policy', 'guestVisibleWorkarounds', 'idBlock', 'idAuth', 'hostData', 'handle', 'dhCert', 'session'] }) {}
