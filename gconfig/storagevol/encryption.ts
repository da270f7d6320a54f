/**
 * `<encryption>`: storagecommon.rng's `encryption`, the one definition a volume's target, a
 * domain disk (and its sources) and a snapshot disk's source all ref. One class serves them all;
 * the domain and snapshot kinds re-export it under their own names.
 * @module
 */
import { children, codec, defineElement, prop } from '../core/index.js'

/** `<secret>` of an `<encryption>`: a passphrase or key (`/volume/target/encryption/secret`). */
export class StorageVolTargetEncryptionSecret extends defineElement('secret', {
  /** Secret type (`passphrase`). */
  type: prop('@type', codec.enum('passphrase')),
  /** Secret UUID. */
  uuid: prop('@uuid', codec.uuid),
  /** Secret usage. */
  usage: prop('@usage', codec.string),
}) {}

/** `<encryption>` of a volume's target, a disk or a disk source (`/volume/target/encryption`). */
export class StorageVolTargetEncryption extends defineElement('encryption', {
  /** Encryption format. */
  format: prop('@format', codec.enum('default', 'qcow', 'luks', 'luks2', 'luks-any')),
  /** Engine that decrypts. */
  engine: prop('@engine', codec.enum('qemu', 'librbd')),
  /** Passphrase secret type (always `passphrase`). */
  secretType: prop('secret/@type', codec.enum('passphrase')),
  /** Passphrase secret UUID. */
  secretUuid: prop('secret/@uuid', codec.uuid),
  /** Passphrase secret usage. */
  secretUsage: prop('secret/@usage', codec.string),
  /** Every secret (the props above read the first). */
  secrets: children('secret', StorageVolTargetEncryptionSecret),
  /** LUKS cipher name (`aes`…). */
  cipherName: prop('cipher/@name', codec.string),
  /** LUKS cipher key size in bits. */
  cipherSize: prop('cipher/@size', codec.uint),
  /** LUKS cipher mode (`cbc`, `xts`…). */
  cipherMode: prop('cipher/@mode', codec.string),
  /** LUKS cipher hash. */
  cipherHash: prop('cipher/@hash', codec.string),
  /** LUKS IV generator name. */
  ivgenName: prop('ivgen/@name', codec.string),
  /** LUKS IV generator hash. */
  ivgenHash: prop('ivgen/@hash', codec.string),
}, { order: ['secret', 'cipher', 'ivgen'] }) {}
