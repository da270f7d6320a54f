/**
 * Devices of a running domain: `DomainDisk` and `DomainInterface`, with their statistics.
 * @module
 */
import { VirError, VirErrorCode, type CallOptions } from '../glib/index.js'
import { gi, type LibvirtGObject } from '../lib/gi.js'
import { DomainInterface as DomainInterfaceConfig } from '../gconfig/index.js'
import { GvirObject, wrapObject } from './object.js'
import { takeXml } from './config.js'
import { invokeBlocking, invokeSync, toVoid } from './call.js'
import { ownerOf } from './owner.js'
import type { Domain } from './domain.js'

/** A device of a domain, over LibvirtGObject's `GVirDomainDevice`. */
export class DomainDevice<G extends LibvirtGObject.DomainDevice = LibvirtGObject.DomainDevice> extends GvirObject<G> {
  /** The domain the device belongs to. */
  get domain(): Domain {
    return owners.get(this) as Domain
  }

  /** The device's XML (`<disk …>`, `<interface …>`), as libvirt-glib saw it when listing devices. */
  getConfigXml(): string {
    return takeXml(this.gobject.getConfig())
  }
}

/** Read and write counters of a disk, in requests and bytes since the domain started. */
export interface DomainDiskStats {
  /** Read requests. */
  readonly rdReq: bigint
  /** Bytes read. */
  readonly rdBytes: bigint
  /** Write requests. */
  readonly wrReq: bigint
  /** Bytes written. */
  readonly wrBytes: bigint
  /** I/O errors (hypervisor-specific; `-1` when unknown). */
  readonly errs: bigint
}

/** Traffic counters of a network interface since the domain started. */
export interface DomainInterfaceStats {
  /** Bytes received. */
  readonly rxBytes: bigint
  /** Packets received. */
  readonly rxPackets: bigint
  /** Receive errors. */
  readonly rxErrs: bigint
  /** Received packets dropped. */
  readonly rxDrop: bigint
  /** Bytes sent. */
  readonly txBytes: bigint
  /** Packets sent. */
  readonly txPackets: bigint
  /** Send errors. */
  readonly txErrs: bigint
  /** Packets dropped on sending. */
  readonly txDrop: bigint
}

/** Options of {@link DomainDisk.resize}. */
export interface DomainDiskResizeOptions extends CallOptions {
  /** `size` is in bytes (libvirt's default unit here is KiB). gvir sets it unless `false`. */
  bytes?: boolean
}

/** A disk of a running domain. */
export class DomainDisk extends DomainDevice<LibvirtGObject.DomainDisk> {
  /** The disk's I/O counters. Off the JS thread through a daemon (a worker thread), on it in-process; fails unless the domain runs. */
  getStats(options: CallOptions = {}): Promise<DomainDiskStats> {
    const stats = (rdReq: bigint, rdBytes: bigint, wrReq: bigint, wrBytes: bigint, errs: bigint): DomainDiskStats => ({ rdReq, rdBytes, wrReq, wrBytes, errs })
    return invokeBlocking(ownerOf(this), options, () => {
      const s = this.gobject.getStats()
      return stats(BigInt(s.rdReq), BigInt(s.rdBytes), BigInt(s.wrReq), BigInt(s.wrBytes), BigInt(s.errs))
    }, { target: this.gobject, call: 'getStats', decode: (row) => stats(...(row as [bigint, bigint, bigint, bigint, bigint])) })
  }

  /**
   * Sets the size of the running domain's disk to `size` bytes (KiB with `bytes: false`)
   * (libvirt's virDomainBlockResize). libvirt and QEMU also shrink a disk this way, and the
   * data past the new end is lost. Off the JS thread through a daemon (a worker thread), on it in-process.
   *
   * `size` must be a whole number from 0 to 2^64-1: libvirt-glib takes a guint64, and
   * node-gtk would wrap -1 or 2^64 around to another size (measured: both shrank a 1 MiB
   * qcow2 disk to 256 KiB), so anything else is refused before libvirt sees it.
   */
  resize(size: number | bigint, options: DomainDiskResizeOptions = {}): Promise<void> {
    const n = typeof size === 'bigint' ? size : typeof size === 'number' && Number.isSafeInteger(size) ? BigInt(size) : undefined
    if (n === undefined || n < 0n || n > maxUint64) {
      return Promise.reject(new VirError(`Failed to resize domain disk: invalid argument: size must be a whole number from 0 to 2^64-1, not ${String(size)}`,
        { code: VirErrorCode.VIR_ERR_INVALID_ARG, operation: 'Failed to resize domain disk' }))
    }
    const flags = options.bytes === false ? 0 : 1
    return invokeBlocking(ownerOf(this), options, () => { this.gobject.resize(n, flags) }, { target: this.gobject, call: 'resize', flags, extra: n, decode: toVoid })
  }
}

const maxUint64 = 2n ** 64n - 1n

/** A network interface of a running domain. */
export class DomainInterface extends DomainDevice<LibvirtGObject.DomainInterface> {
  /**
   * The interface's traffic counters, as the guest sees them (libvirt reads the host-side tap
   * and swaps its directions). Off the JS thread through a daemon (a worker thread), on it in-process; fails unless the domain runs.
   *
   * libvirt counts traffic on the interface's host device (`<target dev>`). An interface with
   * none (user-mode networking, or any interface listed while the domain was shut off) has no
   * counters: libvirt-glib then returns all zeros without asking libvirt, so gvir rejects
   * instead, with VIR_ERR_OPERATION_INVALID when the domain does not run and
   * VIR_ERR_OPERATION_UNSUPPORTED when it does (libvirt's own answer for such an interface,
   * asked by MAC address, is "internal error: Interface name not provided").
   */
  getStats(options: CallOptions = {}): Promise<DomainInterfaceStats> {
    let nic: DomainInterfaceConfig
    try {
      nic = DomainInterfaceConfig.fromXml(this.getConfigXml())
    } catch (err) {
      return invokeSync(ownerOf(this), options, () => { throw err })
    }
    if (!nic.targetDev) return this.domain.getInfo(options).then((info) => { throw noCounters(nic, info.state === 'running') })
    const stats = (rxBytes: bigint, rxPackets: bigint, rxErrs: bigint, rxDrop: bigint, txBytes: bigint, txPackets: bigint, txErrs: bigint, txDrop: bigint): DomainInterfaceStats =>
      ({ rxBytes, rxPackets, rxErrs, rxDrop, txBytes, txPackets, txErrs, txDrop })
    return invokeBlocking(ownerOf(this), options, () => {
      const s = this.gobject.getStats()
      return stats(BigInt(s.rxBytes), BigInt(s.rxPackets), BigInt(s.rxErrs), BigInt(s.rxDrop), BigInt(s.txBytes), BigInt(s.txPackets), BigInt(s.txErrs), BigInt(s.txDrop))
    }, { target: this.gobject, call: 'getStats', decode: (row) => stats(...(row as [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint])) })
  }
}

/** Why an interface without a host device has no counters (see {@link DomainInterface.getStats}). */
function noCounters(nic: DomainInterfaceConfig, running: boolean): VirError {
  const operation = 'Unable to get domain interface stats'
  const which = `interface ${nic.macAddress ?? '?'} (type ${nic.type ?? '?'})`
  return running
    ? new VirError(`${operation}: Operation not supported: ${which} has no host device, so libvirt keeps no counters for it (user-mode networking, or the device was listed while the domain was shut off)`,
      { code: VirErrorCode.VIR_ERR_OPERATION_UNSUPPORTED, operation })
    : new VirError(`${operation}: Requested operation is not valid: domain is not running`, { code: VirErrorCode.VIR_ERR_OPERATION_INVALID, operation })
}

const owners = new WeakMap<DomainDevice, Domain>()

/** @internal The gvir device for a GVirDomainDevice of `domain`, of the right class. */
export function wrapDomainDevice(gdev: LibvirtGObject.DomainDevice, domain: Domain): DomainDevice {
  const { LibvirtGObject: G } = gi()
  const dev = gdev instanceof G.DomainDisk
    ? wrapObject(gdev as LibvirtGObject.DomainDisk, DomainDisk)
    : gdev instanceof G.DomainInterface
      ? wrapObject(gdev as LibvirtGObject.DomainInterface, DomainInterface)
      : wrapObject(gdev, DomainDevice)
  owners.set(dev, domain)
  return dev
}
