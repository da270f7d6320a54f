/**
 * `<input>`: a keyboard, mouse, tablet or passed-through evdev device.
 * @module
 */
import { codec, defineElement, prop } from '../../core/index.js'
import { deviceCommon, virtioDriverOptions } from '../common.js'

/** `<input>`: an input device. */
export class DomainInput extends defineElement('input', {
  /** Device type. */
  type: prop('@type', codec.enum('mouse', 'tablet', 'keyboard', 'passthrough', 'evdev')),
  /** Guest bus. */
  bus: prop('@bus', codec.enum('ps2', 'usb', 'xen', 'parallels', 'virtio', 'none')),
  /** Virtio model. */
  model: prop('@model', codec.enum('virtio', 'virtio-transitional', 'virtio-non-transitional')),
  /** Host evdev node (passthrough). */
  sourceEvdev: prop('source/@evdev', codec.string),
  /** Host evdev node (evdev). */
  sourceDev: prop('source/@dev', codec.string),
  /** Grab mode (evdev). */
  sourceGrab: prop('source/@grab', codec.enum('all')),
  /** Key combination that toggles the grab. */
  sourceGrabToggle: prop('source/@grabToggle', codec.enum('ctrl-ctrl', 'alt-alt', 'shift-shift', 'meta-meta', 'scrolllock', 'ctrl-scrolllock')),
  /** Key repeat (evdev). */
  sourceRepeat: prop('source/@repeat', codec.onOff),
  ...virtioDriverOptions,
  ...deviceCommon,
}, { order: ['driver', 'source', 'alias', 'acpi', 'address'] }) {}
