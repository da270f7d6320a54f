import { child, children, codec, defineElement, prop } from '../core/index.js'
import { DomainCapabilitiesEnum } from './common.js'

/** `<disk>` (`/domainCapabilities/devices/disk`). */
export class DomainCapabilitiesDevicesDisk extends defineElement('disk', {
  /** Supported: `@supported` in `<disk>`. */
  supported: prop('@supported', codec.yesNo),
  /** The `<enum>` elements (`enum`), as a live list. */
  enums: children('enum', DomainCapabilitiesEnum),
}) {}

/** `<graphics>` (`/domainCapabilities/devices/graphics`). */
export class DomainCapabilitiesDevicesGraphics extends defineElement('graphics', {
  /** Supported: `@supported` in `<graphics>`. */
  supported: prop('@supported', codec.yesNo),
  /** The `<enum>` elements (`enum`), as a live list. */
  enums: children('enum', DomainCapabilitiesEnum),
}) {}

/** `<video>` (`/domainCapabilities/devices/video`). */
export class DomainCapabilitiesDevicesVideo extends defineElement('video', {
  /** Supported: `@supported` in `<video>`. */
  supported: prop('@supported', codec.yesNo),
  /** The `<enum>` elements (`enum`), as a live list. */
  enums: children('enum', DomainCapabilitiesEnum),
}) {}

/** `<hostdev>` (`/domainCapabilities/devices/hostdev`). */
export class DomainCapabilitiesDevicesHostdev extends defineElement('hostdev', {
  /** Supported: `@supported` in `<hostdev>`. */
  supported: prop('@supported', codec.yesNo),
  /** The `<enum>` elements (`enum`), as a live list. */
  enums: children('enum', DomainCapabilitiesEnum),
}) {}

/** `<rng>` (`/domainCapabilities/devices/rng`). */
export class DomainCapabilitiesDevicesRng extends defineElement('rng', {
  /** Supported: `@supported` in `<rng>`. */
  supported: prop('@supported', codec.yesNo),
  /** The `<enum>` elements (`enum`), as a live list. */
  enums: children('enum', DomainCapabilitiesEnum),
}) {}

/** `<filesystem>` (`/domainCapabilities/devices/filesystem`). */
export class DomainCapabilitiesDevicesFilesystem extends defineElement('filesystem', {
  /** Supported: `@supported` in `<filesystem>`. */
  supported: prop('@supported', codec.yesNo),
  /** The `<enum>` elements (`enum`), as a live list. */
  enums: children('enum', DomainCapabilitiesEnum),
}) {}

/** `<tpm>` (`/domainCapabilities/devices/tpm`). */
export class DomainCapabilitiesDevicesTpm extends defineElement('tpm', {
  /** Supported: `@supported` in `<tpm>`. */
  supported: prop('@supported', codec.yesNo),
  /** The `<enum>` elements (`enum`), as a live list. */
  enums: children('enum', DomainCapabilitiesEnum),
}) {}

/** `<redirdev>` (`/domainCapabilities/devices/redirdev`). */
export class DomainCapabilitiesDevicesRedirdev extends defineElement('redirdev', {
  /** Supported: `@supported` in `<redirdev>`. */
  supported: prop('@supported', codec.yesNo),
  /** The `<enum>` elements (`enum`), as a live list. */
  enums: children('enum', DomainCapabilitiesEnum),
}) {}

/** `<channel>` (`/domainCapabilities/devices/channel`). */
export class DomainCapabilitiesDevicesChannel extends defineElement('channel', {
  /** Supported: `@supported` in `<channel>`. */
  supported: prop('@supported', codec.yesNo),
  /** The `<enum>` elements (`enum`), as a live list. */
  enums: children('enum', DomainCapabilitiesEnum),
}) {}

/** `<crypto>` (`/domainCapabilities/devices/crypto`). */
export class DomainCapabilitiesDevicesCrypto extends defineElement('crypto', {
  /** Supported: `@supported` in `<crypto>`. */
  supported: prop('@supported', codec.yesNo),
  /** The `<enum>` elements (`enum`), as a live list. */
  enums: children('enum', DomainCapabilitiesEnum),
}) {}

/** `<interface>` (`/domainCapabilities/devices/interface`). */
export class DomainCapabilitiesDevicesInterface extends defineElement('interface', {
  /** Supported: `@supported` in `<interface>`. */
  supported: prop('@supported', codec.yesNo),
  /** The `<enum>` elements (`enum`), as a live list. */
  enums: children('enum', DomainCapabilitiesEnum),
}) {}

/** `<panic>` (`/domainCapabilities/devices/panic`). */
export class DomainCapabilitiesDevicesPanic extends defineElement('panic', {
  /** Supported: `@supported` in `<panic>`. */
  supported: prop('@supported', codec.yesNo),
  /** The `<enum>` elements (`enum`), as a live list. */
  enums: children('enum', DomainCapabilitiesEnum),
}) {}

/** `<devices>` (`/domainCapabilities/devices`). */
export class DomainCapabilitiesDevices extends defineElement('devices', {
  /** The `<disk>` element (`disk`), as a view; undefined when absent. */
  disk: child('disk', DomainCapabilitiesDevicesDisk),
  /** The `<graphics>` element (`graphics`), as a view; undefined when absent. */
  graphics: child('graphics', DomainCapabilitiesDevicesGraphics),
  /** The `<video>` element (`video`), as a view; undefined when absent. */
  video: child('video', DomainCapabilitiesDevicesVideo),
  /** The `<hostdev>` element (`hostdev`), as a view; undefined when absent. */
  hostdev: child('hostdev', DomainCapabilitiesDevicesHostdev),
  /** The `<rng>` element (`rng`), as a view; undefined when absent. */
  rng: child('rng', DomainCapabilitiesDevicesRng),
  /** The `<filesystem>` element (`filesystem`), as a view; undefined when absent. */
  filesystem: child('filesystem', DomainCapabilitiesDevicesFilesystem),
  /** The `<tpm>` element (`tpm`), as a view; undefined when absent. */
  tpm: child('tpm', DomainCapabilitiesDevicesTpm),
  /** The `<redirdev>` element (`redirdev`), as a view; undefined when absent. */
  redirdev: child('redirdev', DomainCapabilitiesDevicesRedirdev),
  /** The `<channel>` element (`channel`), as a view; undefined when absent. */
  channel: child('channel', DomainCapabilitiesDevicesChannel),
  /** The `<crypto>` element (`crypto`), as a view; undefined when absent. */
  crypto: child('crypto', DomainCapabilitiesDevicesCrypto),
  /** The `<interface>` element (`interface`), as a view; undefined when absent. */
  interface: child('interface', DomainCapabilitiesDevicesInterface),
  /** The `<panic>` element (`panic`), as a view; undefined when absent. */
  panic: child('panic', DomainCapabilitiesDevicesPanic),
}, { order: ['disk', 'graphics', 'video', 'hostdev', 'rng', 'filesystem', 'tpm', 'redirdev', 'channel', 'crypto', 'interface', 'panic'] }) {}
