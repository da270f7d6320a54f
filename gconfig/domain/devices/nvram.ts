/**
 * `<nvram>` device: the spapr NVRAM of a pSeries guest.
 * @module
 */
import { defineElement } from '../../core/index.js'
import { deviceCommon } from '../common.js'

/** `<nvram>` device (pSeries). */
export class DomainNvram extends defineElement('nvram', {
  ...deviceCommon,
}, { order: ['alias', 'acpi', 'address'] }) {}
