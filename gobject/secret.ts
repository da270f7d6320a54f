/**
 * `Secret`: a libvirt secret (its config; the value is never read), over LibvirtGObject's GVirSecret.
 * @module
 */
import { runSync, type CallOptions } from '../glib/index.js'
import type { SecretUsageType } from './host-objects.js'
import type { LibvirtGObject } from '../lib/gi.js'
import { Secret as SecretConfig } from '../gconfig/index.js'
import { configOf } from './config.js'
import { GvirObject } from './object.js'
import { ownerOf } from './owner.js'

/**
 * A libvirt secret (its config; gvir never reads the value), over LibvirtGObject's `GVirSecret`; `===` holds per GObject.
 *
 * libvirt-glib 4.0 has no call that lists or looks these up: gvir does through libvirt
 * (`Connection.listSecrets`, `findSecretByUuid`, `findSecretByUsage`), handing out
 * libvirt-glib's GVirSecret built on libvirt's handle.
 */
export class Secret extends GvirObject<LibvirtGObject.Secret> {
  /**
   * The secret's usage id (a volume's path, a ceph or iscsi usage name…), read from
   * libvirt's handle (no round trip): libvirt-glib 4.0's `gvir_secret_get_name` crashes the
   * process (SIGSEGV, measured), so gvir never calls it.
   */
  get name(): string { return this.#usage()[0] }
  /** What the secret is for (its `<usage type=…>`). */
  get usageType(): SecretUsageType | 'none' {
    return (['none', 'volume', 'ceph', 'iscsi', 'tls', 'vtpm'] as const)[this.#usage()[1]] ?? 'none'
  }

  #usage(): [string, number] {
    return runSync(this.gobject, 'virSecretGetUsageID') as [string, number]
  }
  /** Its UUID. */
  get uuid(): string { return this.gobject.getUuid() }

  /** The config as a gconfig `Secret`. Off the JS thread through a daemon (a worker thread), on it in-process. */
  getConfig(options: CallOptions = {}): Promise<SecretConfig> {
    return configOf(ownerOf(this), options, this.gobject, 0, (xml) => SecretConfig.fromXml(xml))
  }
}
