/**
 * Devices of a running domain: `DomainDisk` and `DomainInterface`, with their statistics.
 * @module
 */
import type { CallOptions } from '../glib/index.js'
import { gi, type LibvirtGObject } from '../lib/gi.js'
import { GvirObject, wrapObject } from './object.js'
import { takeXml } from './config.js'
import { invokeSync } from './call.js'
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
  /** The disk's I/O counters. Runs on the JS thread; fails unless the domain runs. */
  getStats(options: CallOptions = {}): Promise<DomainDiskStats> {
    return invokeSync(ownerOf(this), options, () => {
      const s = this.gobject.getStats()
      return { rdReq: BigInt(s.rdReq), rdBytes: BigInt(s.rdBytes), wrReq: BigInt(s.wrReq), wrBytes: BigInt(s.wrBytes), errs: BigInt(s.errs) }
    })
  }

  /** Grows the disk of the running domain to `size` bytes. Runs on the JS thread. */
  resize(size: number | bigint, options: DomainDiskResizeOptions = {}): Promise<void> {
    return invokeSync(ownerOf(this), options, () => { this.gobject.resize(BigInt(size), options.bytes === false ? 0 : 1) })
  }
}

/** A network interface of a running domain. */
export class DomainInterface extends DomainDevice<LibvirtGObject.DomainInterface> {
  /** The interface's traffic counters. Runs on the JS thread; fails unless the domain runs. */
  getStats(options: CallOptions = {}): Promise<DomainInterfaceStats> {
    return invokeSync(ownerOf(this), options, () => {
      const s = this.gobject.getStats()
      return {
        rxBytes: BigInt(s.rxBytes), rxPackets: BigInt(s.rxPackets), rxErrs: BigInt(s.rxErrs), rxDrop: BigInt(s.rxDrop),
        txBytes: BigInt(s.txBytes), txPackets: BigInt(s.txPackets), txErrs: BigInt(s.txErrs), txDrop: BigInt(s.txDrop),
      }
    })
  }
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
