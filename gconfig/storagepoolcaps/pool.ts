import { child, children, codec, defineElement, prop } from '../core/index.js'

/** `<value>` (`/storagepoolCapabilities/pool/poolOptions/enum/value`). */
export class StoragePoolCapabilitiesEnumValue extends defineElement('value', {
  /** The text of `<value>`. */
  value: prop('.', codec.string),
}) {}

/** `<enum>` (`/storagepoolCapabilities/pool/poolOptions/enum`). */
export class StoragePoolCapabilitiesEnum extends defineElement('enum', {
  /** Name: `@name` in `<enum>`. */
  name: prop('@name', codec.string),
  /** The `<value>` elements (`value`), as a live list. */
  values: children('value', StoragePoolCapabilitiesEnumValue),
}) {}

/** `<poolOptions>` (`/storagepoolCapabilities/pool/poolOptions`). */
export class StoragePoolCapabilitiesPoolOptions extends defineElement('poolOptions', {
  /** Type: `defaultFormat/@type` in `<poolOptions>`. */
  defaultFormatType: prop('defaultFormat/@type', codec.string),
  /** The `<enum>` elements (`enum`), as a live list. */
  enums: children('enum', StoragePoolCapabilitiesEnum),
}, { order: ['defaultFormat', 'enum'] }) {}

/** `<volOptions>` (`/storagepoolCapabilities/pool/volOptions`). */
export class StoragePoolCapabilitiesVolOptions extends defineElement('volOptions', {
  /** Type: `defaultFormat/@type` in `<volOptions>`. */
  defaultFormatType: prop('defaultFormat/@type', codec.string),
  /** The `<enum>` elements (`enum`), as a live list. */
  enums: children('enum', StoragePoolCapabilitiesEnum),
}, { order: ['defaultFormat', 'enum'] }) {}

/** `<pool>` (`/storagepoolCapabilities/pool`). */
export class StoragePoolCapabilitiesPool extends defineElement('pool', {
  /** Type: `@type` in `<pool>`. */
  type: prop('@type', codec.string),
  /** Supported: `@supported` in `<pool>`. */
  supported: prop('@supported', codec.yesNo),
  /** The `<poolOptions>` element (`poolOptions`), as a view; undefined when absent. */
  poolOptions: child('poolOptions', StoragePoolCapabilitiesPoolOptions),
  /** The `<volOptions>` element (`volOptions`), as a view; undefined when absent. */
  volOptions: child('volOptions', StoragePoolCapabilitiesVolOptions),
}, { order: ['poolOptions', 'volOptions'] }) {}
