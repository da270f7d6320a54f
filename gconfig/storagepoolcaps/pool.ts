import { child, children, codec, defineElement, prop } from '../core/index.js'

/** `<value>` (`/storagepoolCapabilities/pool/poolOptions/enum/value`). */
export class StoragePoolCapabilitiesEnumValue extends defineElement('value', {
  value: prop('.', codec.string),
}) {}

/** `<enum>` (`/storagepoolCapabilities/pool/poolOptions/enum`). */
export class StoragePoolCapabilitiesEnum extends defineElement('enum', {
  name: prop('@name', codec.string),
  values: children('value', StoragePoolCapabilitiesEnumValue),
}) {}

/** `<poolOptions>` (`/storagepoolCapabilities/pool/poolOptions`). */
export class StoragePoolCapabilitiesPoolOptions extends defineElement('poolOptions', {
  defaultFormatType: prop('defaultFormat/@type', codec.string),
  enums: children('enum', StoragePoolCapabilitiesEnum),
}, { order: ['defaultFormat', 'enum'] }) {}

/** `<volOptions>` (`/storagepoolCapabilities/pool/volOptions`). */
export class StoragePoolCapabilitiesVolOptions extends defineElement('volOptions', {
  defaultFormatType: prop('defaultFormat/@type', codec.string),
  enums: children('enum', StoragePoolCapabilitiesEnum),
}, { order: ['defaultFormat', 'enum'] }) {}

/** `<pool>` (`/storagepoolCapabilities/pool`). */
export class StoragePoolCapabilitiesPool extends defineElement('pool', {
  type: prop('@type', codec.string),
  supported: prop('@supported', codec.yesNo),
  poolOptions: child('poolOptions', StoragePoolCapabilitiesPoolOptions),
  volOptions: child('volOptions', StoragePoolCapabilitiesVolOptions),
}, { order: ['poolOptions', 'volOptions'] }) {}
