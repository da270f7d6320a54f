/**
 * `<tpm>`: a TPM, passed through, emulated by swtpm, or external.
 * @module
 */
import { codec, defineElement, flag, prop } from '../../core/index.js'
import { deviceCommon } from '../common.js'

/** `<tpm>`: a Trusted Platform Module. */
export class DomainTpm extends defineElement('tpm', {
  /** Front-end model. */
  model: prop('@model', codec.enum('tpm-tis', 'tpm-crb', 'tpm-spapr', 'spapr-tpm-proxy')),
  /** Back-end type. */
  backendType: prop('backend/@type', codec.enum('passthrough', 'emulator', 'external')),
  /** TPM version (emulator). */
  backendVersion: prop('backend/@version', codec.enum('1.2', '2.0')),
  /** Keep state after undefine (emulator). */
  backendPersistentState: prop('backend/@persistent_state', codec.yesNo),
  /** swtpm debug level. */
  backendDebug: prop('backend/@debug', codec.uint),
  /** Host TPM device (passthrough). */
  backendDevicePath: prop('backend/device/@path', codec.string),
  /** Secret encrypting the state (emulator). */
  backendEncryptionSecret: prop('backend/encryption/@secret', codec.uuid),
  /** State location type (emulator). */
  backendSourceType: prop('backend/source/@type', codec.enum('file', 'dir', 'unix')),
  /** State path (emulator) or socket (external). */
  backendSourcePath: prop('backend/source/@path', codec.string),
  /** Socket mode (external). */
  backendSourceMode: prop('backend/source/@mode', codec.enum('connect')),
  /** Active SHA-1 PCR bank. */
  backendActivePcrBanksSha1: flag('backend/active_pcr_banks/sha1'),
  /** Active SHA-256 PCR bank. */
  backendActivePcrBanksSha256: flag('backend/active_pcr_banks/sha256'),
  /** Active SHA-384 PCR bank. */
  backendActivePcrBanksSha384: flag('backend/active_pcr_banks/sha384'),
  /** Active SHA-512 PCR bank. */
  backendActivePcrBanksSha512: flag('backend/active_pcr_banks/sha512'),
  /** swtpm profile source. */
  backendProfileSource: prop('backend/profile/@source', codec.string),
  /** swtpm profile name (set by libvirt). */
  backendProfileName: prop('backend/profile/@name', codec.string),
  /** Disabled algorithms policy. */
  backendProfileRemoveDisabled: prop('backend/profile/@removeDisabled', codec.enum('check', 'fips-host')),
  ...deviceCommon,
}, {
  order: ['backend', 'alias', 'acpi', 'address'],
  childOrder: { backend: ['device', 'encryption', 'active_pcr_banks', 'source', 'profile'], 'backend/active_pcr_banks': ['sha1', 'sha256', 'sha384', 'sha512'] },
}) {}
