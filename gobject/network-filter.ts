/**
 * `NetworkFilter`: a network filter (nwfilter), over LibvirtGObject's GVirNetworkFilter.
 * @module
 */
import type { CallOptions } from '../glib/index.js'
import type { LibvirtGObject } from '../lib/gi.js'
import { NetworkFilter as NetworkFilterConfig } from '../gconfig/index.js'
import { configOf } from './config.js'
import { GvirObject } from './object.js'
import { ownerOf } from './owner.js'

/**
 * A network filter (nwfilter), over LibvirtGObject's `GVirNetworkFilter`; `===` holds per GObject.
 *
 * libvirt-glib 4.0 has no call that lists or looks these up: gvir does through libvirt
 * (`Connection.listNetworkFilters`, `findNetworkFilterByName`), handing out libvirt-glib's GVirNetworkFilter built on libvirt's handle.
 */
export class NetworkFilter extends GvirObject<LibvirtGObject.NetworkFilter> {
  /** The filter's name. */
  get name(): string { return this.gobject.getName() }
  /** Its UUID. */
  get uuid(): string { return this.gobject.getUuid() }

  /** The config as a gconfig `NetworkFilter`. Off the JS thread through a daemon (a worker thread), on it in-process. */
  getConfig(options: CallOptions = {}): Promise<NetworkFilterConfig> {
    return configOf(ownerOf(this), options, this.gobject, 0, (xml) => NetworkFilterConfig.fromXml(xml))
  }
}
