/**
 * `NetworkDHCPLease`: one DHCP lease of a libvirt virtual network.
 * @module
 */
import type { LibvirtGObject } from '../lib/gi.js'
import { GvirObject } from './object.js'

/** The address family of a lease, libvirt-glib's `GVirIPAddrType` in lower case. */
export type IPAddrType = 'ipv4' | 'ipv6'

/**
 * A DHCP lease handed out by a virtual network's dnsmasq, over LibvirtGObject's
 * `GVirNetworkDHCPLease`. Get them from {@link Network.getDhcpLeases}. Its fields are read
 * from the lease libvirt returned, so the getters never block or fail.
 */
export class NetworkDHCPLease extends GvirObject<LibvirtGObject.NetworkDHCPLease> {
  /** The network interface (bridge) the lease is on, e.g. `virbr0`. */
  get iface(): string { return this.gobject.getIface() }
  /** When the lease expires, in seconds since the epoch. */
  get expiryTime(): number { return Number(this.gobject.getExpiryTime()) }
  /** The address family. */
  get ipType(): IPAddrType { return this.gobject.getIpType() === 1 ? 'ipv6' : 'ipv4' }
  /** The client's MAC address (IPv4 leases). */
  get mac(): string | undefined { return this.gobject.getMac() ?? undefined }
  /** The client's IAID (IPv6 leases). */
  get iaid(): string | undefined { return this.gobject.getIaid() ?? undefined }
  /** The leased address. */
  get ip(): string { return this.gobject.getIp() }
  /** The address's prefix length. */
  get prefix(): number { return this.gobject.getPrefix() }
  /** The client's host name, if it sent one. */
  get hostname(): string | undefined { return this.gobject.getHostname() ?? undefined }
  /** The client's DHCP client id, if any. */
  get clientId(): string | undefined { return this.gobject.getClientId() ?? undefined }
}
