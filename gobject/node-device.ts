/**
 * `NodeDevice`: a host device (PCI, USB, network, storage…), over LibvirtGObject's GVirNodeDevice.
 * @module
 */
import type { CallOptions } from '../glib/index.js'
import type { LibvirtGObject } from '../lib/gi.js'
import { NodeDevice as NodeDeviceConfig } from '../gconfig/index.js'
import { configOf } from './config.js'
import { GvirObject } from './object.js'
import { ownerOf } from './owner.js'

/**
 * A host device (PCI, USB, network, storage…), over LibvirtGObject's `GVirNodeDevice`; `===` holds per GObject.
 *
 * libvirt-glib 4.0 has no call that lists or looks these up: gvir does through libvirt
 * (`Connection.listNodeDevices`, `findNodeDevice`), handing out libvirt-glib's GVirNodeDevice built on libvirt's handle.
 */
export class NodeDevice extends GvirObject<LibvirtGObject.NodeDevice> {
  /** The device's name, e.g. `pci_0000_00_1f_2`. */
  get name(): string { return this.gobject.getName() }

  /** The config as a gconfig `NodeDevice`. Off the JS thread through a daemon (a worker thread), on it in-process. */
  getConfig(options: CallOptions = {}): Promise<NodeDeviceConfig> {
    return configOf(ownerOf(this), options, this.gobject, 0, (xml) => NodeDeviceConfig.fromXml(xml))
  }
}
