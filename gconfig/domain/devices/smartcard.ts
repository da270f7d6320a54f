/**
 * `<smartcard>`: a CCID smartcard, host-backed, certificate-backed or passed through.
 * @module
 */
import { children, codec, defineElement, prop } from '../../core/index.js'
import { deviceCommon } from '../common.js'
import { chardevBackend, chardevSerialTargetType, chardevTargetModel } from './chardev.js'

/** `<certificate>` of a host-certificates smartcard: an NSS certificate nickname. */
export class DomainSmartcardCertificate extends defineElement('certificate', {
  /** Certificate nickname. */
  name: prop('.', codec.string),
}) {}

/** `<smartcard>`: a smartcard reader. */
export class DomainSmartcard extends defineElement('smartcard', {
  /** Mode. */
  mode: prop('@mode', codec.enum('host', 'host-certificates', 'passthrough')),
  ...chardevBackend,
  /** The three certificates (host-certificates). */
  certificates: children('certificate', DomainSmartcardCertificate),
  /** Guest-side type (passthrough). */
  targetType: prop('target/@type', chardevSerialTargetType),
  /** Guest-side port (passthrough). */
  targetPort: prop('target/@port', codec.uint),
  /** Guest-side model (passthrough). */
  targetModelName: prop('target/model/@name', chardevTargetModel),
  /** NSS database directory (host-certificates). */
  database: prop('database', codec.string),
  ...deviceCommon,
}, { order: ['certificate', 'database', 'source', 'protocol', 'log', 'target', 'alias', 'acpi', 'address'] }) {}
