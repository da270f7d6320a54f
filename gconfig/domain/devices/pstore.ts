/**
 * `<pstore>`: persistent storage for guest crash logs (ACPI ERST).
 * @module
 */
import { codec, defineElement, prop, size } from '../../core/index.js'
import { deviceCommon } from '../common.js'

/** `<pstore>`: a pstore device. */
export class DomainPstore extends defineElement('pstore', {
  /** Back-end (`acpi-erst`). */
  backend: prop('@backend', codec.enum('acpi-erst')),
  /** Backing file. */
  path: prop('path', codec.string),
  /** Size, bytes. */
  size: size('size', { defaultUnit: 'KiB' }),
  ...deviceCommon,
}, { order: ['path', 'size', 'alias', 'acpi', 'address'] }) {}
