/**
 * `Secret`: a libvirt secret (its config; the value is never read), over LibvirtGObject's GVirSecret.
 * @module
 */
import type { CallOptions } from '../glib/index.js'
import type { LibvirtGObject } from '../lib/gi.js'
import { Secret as SecretConfig } from '../gconfig/index.js'
import { configOf } from './config.js'
import { GvirObject } from './object.js'
import { ownerOf } from './owner.js'

/**
 * A libvirt secret (its config; gvir never reads the value), over LibvirtGObject's `GVirSecret`; `===` holds per GObject.
 *
 * libvirt-glib 4.0 has no call that lists or looks these up (GVirConnection offers none,
 * and a `GVirSecret` can only be built from a C handle), so gvir only wraps one that GTK
 * code already holds: `wrapObject(gobj, Secret)`.
 */
export class Secret extends GvirObject<LibvirtGObject.Secret> {
  /** The secret's usage name. */
  get name(): string { return this.gobject.getName() }
  /** Its UUID. */
  get uuid(): string { return this.gobject.getUuid() }

  /** The config as a gconfig `Secret`. Off the JS thread through a daemon (a worker thread), on it in-process. */
  getConfig(options: CallOptions = {}): Promise<SecretConfig> {
    return configOf(ownerOf(this), options, this.gobject, 0, (xml) => SecretConfig.fromXml(xml))
  }
}
