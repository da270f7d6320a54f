/**
 * `Network`: one libvirt virtual network, over LibvirtGObject's GVirNetwork.
 * @module
 */
import type { CallOptions } from '../glib/index.js'
import type { LibvirtGObject } from '../lib/gi.js'
import { Network as NetworkConfig } from '../gconfig/index.js'
import { configOf } from './config.js'
import { NetworkDHCPLease } from './network-dhcp-lease.js'
import { GvirObject, wrapObject } from './object.js'
import { ownerOf } from './owner.js'
import { freshList } from './owned-list.js'
import { checkCString } from '../glib/cstring.js'
import { invokeBlocking } from './call.js'
import { callLibvirt } from './libvirt-call.js'
import { changed } from './canonical.js'

/** Options of {@link Network.getDhcpLeases}. */
export interface NetworkDhcpLeasesOptions extends CallOptions {
  /** Only the leases of this MAC address. */
  mac?: string
}

/**
 * A libvirt virtual network, over LibvirtGObject's `GVirNetwork`. Get one from a Connection
 * (`getNetworks` after `fetchNetworks`, `findNetworkByName`); `===` holds per GVirNetwork.
 * libvirt-glib only reads networks; gvir starts, stops, undefines them and reads their state
 * through libvirt itself (`virNetwork*`), off the JS thread through a daemon.
 */
export class Network extends GvirObject<LibvirtGObject.Network> {
  /** The network's name. */
  get name(): string { return this.gobject.getName() }
  /** The network's UUID. */
  get uuid(): string { return this.gobject.getUuid() }

  /** The network's config as a gconfig `Network`. Off the JS thread through a daemon (a worker thread), on it in-process. */
  getConfig(options: CallOptions = {}): Promise<NetworkConfig> {
    return configOf(ownerOf(this), options, this.gobject, 0, (xml) => NetworkConfig.fromXml(xml))
  }

  /**
   * The DHCP leases the network's dnsmasq has handed out (all, or those of `options.mac`).
   * Needs a running network on a real network driver; the test driver has no leases. Off the JS thread through a daemon (a worker thread), on it in-process.
   */
  getDhcpLeases(options: NetworkDhcpLeasesOptions = {}): Promise<NetworkDHCPLease[]> {
    const mac = options?.mac ?? null
    // C would read the MAC cut at a NUL and return another client's lease.
    try {
      if (mac !== null) checkCString(mac, 'the MAC address')
    } catch (err) {
      return Promise.reject(err)
    }
    const wrap = (leases: unknown) => (leases as LibvirtGObject.NetworkDHCPLease[]).map((l) => wrapObject(l, NetworkDHCPLease))
    return invokeBlocking(ownerOf(this), options, () => wrap(freshList(() => this.gobject.getDhcpLeases(mac, 0))),
      { target: this.gobject, call: 'getDhcpLeases', extra: mac ?? undefined, decode: wrap })
  }

  /** Whether the network runs (`virNetworkIsActive`). Off the JS thread through a daemon, on it in-process. */
  isActive(options: CallOptions = {}): Promise<boolean> {
    return callLibvirt(ownerOf(this), options, this.gobject, 'virNetworkIsActive', {}, Boolean)
  }

  /** Whether the network is defined, not only running (`virNetworkIsPersistent`). */
  isPersistent(options: CallOptions = {}): Promise<boolean> {
    return callLibvirt(ownerOf(this), options, this.gobject, 'virNetworkIsPersistent', {}, Boolean)
  }

  /** Whether the network starts with the host (`virNetworkGetAutostart`). */
  getAutostart(options: CallOptions = {}): Promise<boolean> {
    return callLibvirt(ownerOf(this), options, this.gobject, 'virNetworkGetAutostart', {}, Boolean)
  }

  /** Sets whether the network starts with the host (`virNetworkSetAutostart`; a persistent network only). */
  setAutostart(autostart: boolean, options: CallOptions = {}): Promise<void> {
    return callLibvirt(ownerOf(this), options, this.gobject, 'virNetworkSetAutostart', { flags: autostart ? 1 : 0 }, () => undefined)
  }

  /** Starts a defined network (`virNetworkCreate`, virsh net-start). */
  start(options: CallOptions = {}): Promise<void> {
    return this.#change('virNetworkCreate', options)
  }

  /** Stops the network (`virNetworkDestroy`, virsh net-destroy); a transient one is gone after. */
  stop(options: CallOptions = {}): Promise<void> {
    return this.#change('virNetworkDestroy', options)
  }

  /** Undefines the network (`virNetworkUndefine`); a running one runs on, transient, until stopped. */
  undefine(options: CallOptions = {}): Promise<void> {
    return this.#change('virNetworkUndefine', options)
  }

  /** The call, then the connection's `networks$` refreshed (the next listing forgets a network gone). */
  #change(call: 'virNetworkCreate' | 'virNetworkDestroy' | 'virNetworkUndefine', options: CallOptions): Promise<void> {
    const owner = ownerOf(this)
    return callLibvirt(owner, options, this.gobject, call, {}, () => undefined).then(() => changed(owner, 'network'))
  }
}
