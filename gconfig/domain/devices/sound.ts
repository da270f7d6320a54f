/**
 * `<sound>`: an emulated sound card.
 * @module
 */
import { children, codec, defineElement, prop } from '../../core/index.js'
import { deviceCommon, virtioDriverOptions } from '../common.js'

/** `<codec>` of an HDA sound card. */
export class DomainSoundCodec extends defineElement('codec', {
  /** Codec type. */
  type: prop('@type', codec.enum('duplex', 'micro', 'output')),
}) {}

/** `<sound>`: a sound card. */
export class DomainSound extends defineElement('sound', {
  /** Card model. */
  model: prop('@model', codec.enum('sb16', 'es1370', 'pcspk', 'ac97', 'ich6', 'ich7', 'ich9', 'usb', 'virtio')),
  /** USB audio multichannel. */
  multichannel: prop('@multichannel', codec.yesNo),
  /** Virtio sound streams. */
  streams: prop('@streams', codec.uint),
  /** HDA codecs. */
  codecs: children('codec', DomainSoundCodec),
  /** `<audio id>` back-end this card plays through. */
  audioId: prop('audio/@id', codec.uint),
  ...virtioDriverOptions,
  ...deviceCommon,
}, { order: ['codec', 'audio', 'alias', 'acpi', 'address', 'driver'] }) {}
