/**
 * A domain's guest interface addresses (virDomainInterfaceAddresses, virsh domifaddr).
 * @module
 */
import { optionsError, type CallOptions, VirError, VirErrorCode } from '../glib/index.js'
import type { LibvirtGObject } from '../lib/gi.js'
import type { CallContext } from './call.js'
import { callLibvirt } from './libvirt-call.js'

/** Where libvirt reads the addresses: the network's DHCP leases, the host's ARP table, or the guest agent. */
export type InterfaceAddressSource = 'lease' | 'arp' | 'agent'

const sources: Record<InterfaceAddressSource, number> = { lease: 0, agent: 1, arp: 2 }

/** One address of a {@link DomainInterfaceAddresses}. */
export interface InterfaceAddress {
  /** IPv4 or IPv6. */
  readonly type: 'ipv4' | 'ipv6'
  /** The address, as libvirt formats it. */
  readonly addr: string
  /** The prefix length. */
  readonly prefix: number
}

/** One interface of the guest with its addresses, as virsh domifaddr lists them. */
export interface DomainInterfaceAddresses {
  /** The interface's name: the host-side device (lease, arp) or the guest's (agent). */
  readonly name: string
  /** Its MAC address (`null` when libvirt has none). */
  readonly hwaddr: string | null
  /** Its addresses. */
  readonly addrs: readonly InterfaceAddress[]
}

/** Options of `Domain.getInterfaceAddresses`. */
export interface InterfaceAddressesOptions extends CallOptions {
  /** Where to read them; default `'lease'`, as virsh's. */
  source?: InterfaceAddressSource
}

/** @internal Domain.getInterfaceAddresses. */
export function interfaceAddresses(ctx: CallContext | undefined, gdom: LibvirtGObject.Domain, options: InterfaceAddressesOptions = {}): Promise<DomainInterfaceAddresses[]> {
  const bad = optionsError(options, 'Domain.getInterfaceAddresses')
  if (bad) return Promise.reject(bad)
  const source = sources[options.source ?? 'lease']
  if (source === undefined) {
    return Promise.reject(new VirError(`invalid argument: unknown address source '${String(options.source)}' (lease, arp or agent)`, { code: VirErrorCode.VIR_ERR_INVALID_ARG }))
  }
  return callLibvirt(ctx, options, gdom, 'virDomainInterfaceAddresses', { flags: source }, (raw) => raw as DomainInterfaceAddresses[])
}
