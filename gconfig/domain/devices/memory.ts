/**
 * `<memory>` device: a DIMM, NVDIMM, virtio-mem, virtio-pmem or SGX EPC section.
 * @module
 */
import { codec, defineElement, flag, prop, size } from '../../core/index.js'
import { cpuset, deviceCommon } from '../common.js'

/** `<memory>`: a memory device. */
export class DomainMemory extends defineElement('memory', {
  /** Device model. */
  model: prop('@model', codec.enum('dimm', 'nvdimm', 'virtio-pmem', 'virtio-mem', 'sgx-epc')),
  /** Memory access mode. */
  access: prop('@access', codec.enum('shared', 'private')),
  /** Discard memory on shutdown. */
  discard: prop('@discard', codec.yesNo),
  /** NVDIMM UUID. */
  uuid: prop('uuid', codec.uuid),
  /** Host page size backing the device, bytes. */
  sourcePagesize: size('source/pagesize', { defaultUnit: 'KiB' }),
  /** Host NUMA nodes backing the device. */
  sourceNodemask: prop('source/nodemask', cpuset),
  /** Backing file (nvdimm, virtio-pmem). */
  sourcePath: prop('source/path', codec.string),
  /** Backing alignment, bytes. */
  sourceAlignsize: size('source/alignsize', { defaultUnit: 'KiB' }),
  /** The backing file is real persistent memory. */
  sourcePmem: flag('source/pmem'),
  /** Device size, bytes. */
  targetSize: size('target/size', { defaultUnit: 'KiB' }),
  /** Guest NUMA node. */
  targetNode: prop('target/node', codec.uint),
  /** NVDIMM label size, bytes. */
  targetLabelSize: size('target/label/size', { defaultUnit: 'KiB' }),
  /** virtio-mem block size, bytes. */
  targetBlock: size('target/block', { defaultUnit: 'KiB' }),
  /** virtio-mem requested size, bytes. */
  targetRequested: size('target/requested', { defaultUnit: 'KiB' }),
  /** virtio-mem current size, bytes (live XML). */
  targetCurrent: size('target/current', { defaultUnit: 'KiB' }),
  /** NVDIMM read-only. */
  targetReadonly: flag('target/readonly'),
  /** virtio-mem dynamic memslots. */
  targetDynamicMemslots: prop('target/@dynamicMemslots', codec.yesNo),
  /** Physical guest address of a virtio-mem/pmem device. */
  targetAddressBase: prop('target/address/@base', codec.hex),
  ...deviceCommon,
}, {
  order: ['uuid', 'source', 'target', 'alias', 'acpi', 'address'],
  childOrder: { source: ['nodemask', 'pagesize', 'path', 'alignsize', 'pmem'], target: ['size', 'node', 'label', 'block', 'requested', 'current', 'readonly', 'address'] },
}) {}
