/**
 * `<sysinfo>`: SMBIOS tables or fw_cfg entries shown to the guest.
 * @module
 */
import { children, codec, defineElement, prop } from '../core/index.js'

/** `<entry>` of a sysinfo table: a named value (SMBIOS) or a named blob (fw_cfg). */
export class DomainSysinfoEntry extends defineElement('entry', {
  /** Field name (`manufacturer`, `serial`… or an fw_cfg name `opt/…`). */
  name: prop('@name', codec.string),
  /** fw_cfg file whose contents are the value. */
  file: prop('@file', codec.string),
  /** The value. */
  value: prop('.', codec.string),
}) {}

/** `<baseBoard>` of an SMBIOS sysinfo. */
export class DomainSysinfoBaseBoard extends defineElement('baseBoard', {
  /** Fields. */
  entries: children('entry', DomainSysinfoEntry),
}) {}

/** `<sysinfo>`: SMBIOS (`type='smbios'`) or fw_cfg (`type='fwcfg'`) data. */
export class DomainSysinfo extends defineElement('sysinfo', {
  /** Kind of data. */
  type: prop('@type', codec.enum('smbios', 'fwcfg')),
  /** BIOS fields (type 0). */
  biosEntries: children('bios/entry', DomainSysinfoEntry),
  /** System fields (type 1). */
  systemEntries: children('system/entry', DomainSysinfoEntry),
  /** Base boards (type 2). */
  baseBoards: children('baseBoard', DomainSysinfoBaseBoard),
  /** Chassis fields (type 3). */
  chassisEntries: children('chassis/entry', DomainSysinfoEntry),
  /** OEM strings (type 11). */
  oemStrings: children('oemStrings/entry', DomainSysinfoEntry),
  /** fw_cfg entries. */
  entries: children('entry', DomainSysinfoEntry),
}, { order: ['bios', 'system', 'baseBoard', 'chassis', 'oemStrings', 'entry'] }) {}
