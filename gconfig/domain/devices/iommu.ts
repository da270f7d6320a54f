/**
 * `<iommu>`: an emulated IOMMU.
 * @module
 */
import { codec, defineElement, prop } from '../../core/index.js'
import { deviceCommon } from '../common.js'

/** `<iommu>`: an IOMMU. */
export class DomainIommu extends defineElement('iommu', {
  /** Model. */
  model: prop('@model', codec.enum('intel', 'smmuv3', 'virtio')),
  /** Interrupt remapping. */
  driverIntremap: prop('driver/@intremap', codec.onOff),
  /** Caching mode. */
  driverCachingMode: prop('driver/@caching_mode', codec.onOff),
  /** Extended interrupt mode. */
  driverEim: prop('driver/@eim', codec.onOff),
  /** Device IOTLB. */
  driverIotlb: prop('driver/@iotlb', codec.onOff),
  /** Address width in bits. */
  driverAwBits: prop('driver/@aw_bits', codec.uint),
  /** DMA translation. */
  driverDmaTranslation: prop('driver/@dma_translation', codec.onOff),
  ...deviceCommon,
}, { order: ['driver', 'alias', 'acpi', 'address'] }) {}
