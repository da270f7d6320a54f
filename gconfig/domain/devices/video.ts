/**
 * `<video>`: a guest video adapter.
 * @module
 */
import { codec, defineElement, prop } from '../../core/index.js'
import { deviceCommon, virtioDriverOptions } from '../common.js'

/** `<video>`: a guest video adapter. */
export class DomainVideo extends defineElement('video', {
  /** Adapter model. */
  modelType: prop('model/@type', codec.enum('vga', 'cirrus', 'vmvga', 'xen', 'vbox', 'qxl', 'parallels', 'virtio', 'gop', 'none', 'bochs', 'ramfb')),
  /** Video RAM in KiB. */
  modelVram: prop('model/@vram', codec.uint),
  /** QXL 64-bit video RAM in KiB. */
  modelVram64: prop('model/@vram64', codec.uint),
  /** QXL RAM bar in KiB. */
  modelRam: prop('model/@ram', codec.uint),
  /** QXL VGA memory in KiB. */
  modelVgamem: prop('model/@vgamem', codec.uint),
  /** Number of heads. */
  modelHeads: prop('model/@heads', codec.uint),
  /** Primary adapter. */
  modelPrimary: prop('model/@primary', codec.yesNo),
  /** Virtio blob resources. */
  modelBlob: prop('model/@blob', codec.onOff),
  /** 3D acceleration. */
  accelerationAccel3d: prop('model/acceleration/@accel3d', codec.yesNo),
  /** 2D acceleration. */
  accelerationAccel2d: prop('model/acceleration/@accel2d', codec.yesNo),
  /** DRM render node (vhost-user-gpu). */
  accelerationRendernode: prop('model/acceleration/@rendernode', codec.string),
  /** Initial horizontal resolution. */
  resolutionX: prop('model/resolution/@x', codec.uint),
  /** Initial vertical resolution. */
  resolutionY: prop('model/resolution/@y', codec.uint),
  /** Driver back-end. */
  driverName: prop('driver/@name', codec.enum('qemu', 'vhostuser')),
  /** VGA configuration (QEMU `vgaconf`). */
  driverVgaconf: prop('driver/@vgaconf', codec.enum('io', 'on', 'off')),
  ...virtioDriverOptions,
  ...deviceCommon,
}, { order: ['driver', 'model', 'alias', 'acpi', 'address'], childOrder: { model: ['acceleration', 'resolution'] } }) {}
