/**
 * `Interface`: one host network interface, over LibvirtGObject's GVirInterface.
 * @module
 */
import type { CallOptions } from '../glib/index.js'
import type { LibvirtGObject } from '../lib/gi.js'
import { Interface as InterfaceConfig } from '../gconfig/index.js'
import { configOf } from './config.js'
import { GvirObject } from './object.js'
import { ownerOf } from './owner.js'

/** Options of {@link Interface.getConfig}. */
export interface InterfaceXmlOptions extends CallOptions {
  /** The config the interface will have when next started, not the live one. */
  inactive?: boolean
}

/**
 * A host network interface, over LibvirtGObject's `GVirInterface`. Get one from a Connection
 * (`getInterfaces` after `fetchInterfaces`, `findInterfaceByMac`); `===` holds per GVirInterface.
 */
export class Interface extends GvirObject<LibvirtGObject.Interface> {
  /** The interface's name, e.g. `eth0`. */
  get name(): string { return this.gobject.getName() }
  /** The interface's MAC address. */
  get mac(): string { return this.gobject.getMac() }

  /** The interface's config as a gconfig `Interface`. Off the JS thread through a daemon (a worker thread), on it in-process. */
  getConfig(options: InterfaceXmlOptions = {}): Promise<InterfaceConfig> {
    return configOf(ownerOf(this), options, this.gobject, options?.inactive ? 1 : 0, (xml) => InterfaceConfig.fromXml(xml))
  }
}
