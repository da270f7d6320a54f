/**
 * `Secret`: a libvirt secret (its config; the value is never read), over LibvirtGObject's GVirSecret.
 * @module
 */
import type { CallOptions } from '../glib/index.js'
import type { LibvirtGObject } from '../lib/gi.js'
import { Secret as SecretConfig } from '../gconfig/index.js'
import { takeXml } from './config.js'
import { GvirObject } from './object.js'
import { ownerOf } from './owner.js'
import { invokeSync } from './call.js'

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

  /** The config as a gconfig `Secret`. Runs on the JS thread. */
  getConfig(options: CallOptions = {}): Promise<SecretConfig> {
    return invokeSync(ownerOf(this), options, () => SecretConfig.fromXml(takeXml(this.gobject.getConfig(0))))
  }
}
