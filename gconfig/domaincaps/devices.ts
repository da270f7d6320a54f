import { child, children, codec, defineElement, prop } from '../core/index.js'
import { DomainCapabilitiesEnum } from './common.js'

/** `<disk>` (`/domainCapabilities/devices/disk`). */
export class DomainCapabilitiesDevicesDisk extends defineElement('disk', {
  supported: prop('@supported', codec.yesNo),
  enums: children('enum', DomainCapabilitiesEnum),
}) {}

/** `<graphics>` (`/domainCapabilities/devices/graphics`). */
export class DomainCapabilitiesDevicesGraphics extends defineElement('graphics', {
  supported: prop('@supported', codec.yesNo),
  enums: children('enum', DomainCapabilitiesEnum),
}) {}

/** `<video>` (`/domainCapabilities/devices/video`). */
export class DomainCapabilitiesDevicesVideo extends defineElement('video', {
  supported: prop('@supported', codec.yesNo),
  enums: children('enum', DomainCapabilitiesEnum),
}) {}

/** `<hostdev>` (`/domainCapabilities/devices/hostdev`). */
export class DomainCapabilitiesDevicesHostdev extends defineElement('hostdev', {
  supported: prop('@supported', codec.yesNo),
  enums: children('enum', DomainCapabilitiesEnum),
}) {}

/** `<rng>` (`/domainCapabilities/devices/rng`). */
export class DomainCapabilitiesDevicesRng extends defineElement('rng', {
  supported: prop('@supported', codec.yesNo),
  enums: children('enum', DomainCapabilitiesEnum),
}) {}

/** `<filesystem>` (`/domainCapabilities/devices/filesystem`). */
export class DomainCapabilitiesDevicesFilesystem extends defineElement('filesystem', {
  supported: prop('@supported', codec.yesNo),
  enums: children('enum', DomainCapabilitiesEnum),
}) {}

/** `<tpm>` (`/domainCapabilities/devices/tpm`). */
export class DomainCapabilitiesDevicesTpm extends defineElement('tpm', {
  supported: prop('@supported', codec.yesNo),
  enums: children('enum', DomainCapabilitiesEnum),
}) {}

/** `<redirdev>` (`/domainCapabilities/devices/redirdev`). */
export class DomainCapabilitiesDevicesRedirdev extends defineElement('redirdev', {
  supported: prop('@supported', codec.yesNo),
  enums: children('enum', DomainCapabilitiesEnum),
}) {}

/** `<channel>` (`/domainCapabilities/devices/channel`). */
export class DomainCapabilitiesDevicesChannel extends defineElement('channel', {
  supported: prop('@supported', codec.yesNo),
  enums: children('enum', DomainCapabilitiesEnum),
}) {}

/** `<crypto>` (`/domainCapabilities/devices/crypto`). */
export class DomainCapabilitiesDevicesCrypto extends defineElement('crypto', {
  supported: prop('@supported', codec.yesNo),
  enums: children('enum', DomainCapabilitiesEnum),
}) {}

/** `<interface>` (`/domainCapabilities/devices/interface`). */
export class DomainCapabilitiesDevicesInterface extends defineElement('interface', {
  supported: prop('@supported', codec.yesNo),
  enums: children('enum', DomainCapabilitiesEnum),
}) {}

/** `<panic>` (`/domainCapabilities/devices/panic`). */
export class DomainCapabilitiesDevicesPanic extends defineElement('panic', {
  supported: prop('@supported', codec.yesNo),
  enums: children('enum', DomainCapabilitiesEnum),
}) {}

/** `<devices>` (`/domainCapabilities/devices`). */
export class DomainCapabilitiesDevices extends defineElement('devices', {
  disk: child('disk', DomainCapabilitiesDevicesDisk),
  graphics: child('graphics', DomainCapabilitiesDevicesGraphics),
  video: child('video', DomainCapabilitiesDevicesVideo),
  hostdev: child('hostdev', DomainCapabilitiesDevicesHostdev),
  rng: child('rng', DomainCapabilitiesDevicesRng),
  filesystem: child('filesystem', DomainCapabilitiesDevicesFilesystem),
  tpm: child('tpm', DomainCapabilitiesDevicesTpm),
  redirdev: child('redirdev', DomainCapabilitiesDevicesRedirdev),
  channel: child('channel', DomainCapabilitiesDevicesChannel),
  crypto: child('crypto', DomainCapabilitiesDevicesCrypto),
  interface: child('interface', DomainCapabilitiesDevicesInterface),
  panic: child('panic', DomainCapabilitiesDevicesPanic),
}, { order: ['disk', 'graphics', 'video', 'hostdev', 'rng', 'filesystem', 'tpm', 'redirdev', 'channel', 'crypto', 'interface', 'panic'] }) {}
