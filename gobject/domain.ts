/**
 * `Domain`: one libvirt domain, over LibvirtGObject's GVirDomain.
 * @module
 */
import type { Duplex, Readable } from 'node:stream'
import type { Observable } from 'rxjs/internal/Observable'
import { defer } from 'rxjs/internal/observable/defer'
import { merge } from 'rxjs/internal/observable/merge'
import { callAsync, checkOptions, fromSignals, invalidArgument, optionsError, recordLibvirtErrors, runSync, toVirError, type CallOptions, type DomainThreadCall, VirError, VirErrorCode } from '../glib/index.js'
import { gi, type LibvirtGConfig, type LibvirtGObject } from '../lib/gi.js'
import { Domain as DomainConfig } from '../gconfig/index.js'
import { type ConfigInput, configError, configOf, threadXml, withGConfig } from './config.js'
import { type DomainAnyEvent, type DomainAnyEventType, type DomainEventOfType, type DomainEventType, allDomainEventSignals, domainEventDetails, domainEventSignals } from './domain-events.js'
import { allDomainKinds, kindOfType } from './event-decode.js'
import { type DomainInfo, toDomainInfo } from './domain-info.js'
import { type DomainDevice, wrapDomainDevice } from './domain-device.js'
import { DomainSnapshot } from './domain-snapshot.js'
import { watched } from './failure.js'
import { type CallContext, afterEvents, invoke, invokeBlocking, invokeInThread, invokeSync, toVoid } from './call.js'
import { type FlagTable, toFlags } from './flags.js'
import { GvirObject, wrapObject } from './object.js'
import { cachedList } from './owned-list.js'
import { deviceConfigClass } from './device-config.js'
import { adopt, streamFrom } from './owner.js'
import { type Stream, type StreamOptions, isSpent, streamToDuplex, streamToReadable } from './stream.js'
import { checkCString } from '../glib/cstring.js'
import { type DomainInterfaceAddresses, type InterfaceAddressesOptions, interfaceAddresses } from './domain-addresses.js'
import { type DomainMetadataGetOptions, type DomainMetadataSetOptions, getMetadata, setMetadata } from './domain-metadata.js'
import { type DomainStatsSample, type DomainStatsStreamOptions, domainStats$ } from './domain-stats.js'
import * as extra from './domain-extra.js'
import type { DomainInterfaceStats } from './domain-device.js'

/** Options of {@link Domain.start}. */
export interface DomainStartOptions extends CallOptions {
  /** Leave the domain paused once started. */
  paused?: boolean
  /** Destroy the domain when the connection that started it closes. */
  autodestroy?: boolean
  /** Avoid the file system cache when restoring a managed save image. */
  bypassCache?: boolean
  /** Boot, discarding any managed save image. */
  forceBoot?: boolean
}
const startFlags: FlagTable<'paused' | 'autodestroy' | 'bypassCache' | 'forceBoot'> = { paused: 1, autodestroy: 2, bypassCache: 4, forceBoot: 8 }

/** How {@link Domain.shutdown} and {@link Domain.reboot} ask the guest. Neither set: the hypervisor chooses. */
export interface DomainShutdownOptions extends CallOptions {
  /** Press the ACPI power button. */
  acpiPowerBtn?: boolean
  /** Ask the guest agent. */
  guestAgent?: boolean
}
const shutdownFlags: FlagTable<'acpiPowerBtn' | 'guestAgent'> = { acpiPowerBtn: 1, guestAgent: 2 }

/** Options of {@link Domain.delete}. */
export interface DomainDeleteOptions extends CallOptions {
  /** Also remove a managed save image. */
  savedState?: boolean
  /** Also remove snapshot metadata. */
  snapshotsMetadata?: boolean
  /** Also remove the NVRAM file. */
  removeNvram?: boolean
  /** Keep the NVRAM file. */
  keepNvram?: boolean
}
const deleteFlags: FlagTable<'savedState' | 'snapshotsMetadata' | 'removeNvram' | 'keepNvram'> = { savedState: 1, snapshotsMetadata: 2, removeNvram: 4, keepNvram: 8 }

/** Options of {@link Domain.getConfig}. */
export interface DomainXmlOptions extends CallOptions {
  /** Include security-sensitive data (passwords…). */
  secure?: boolean
  /** The config the domain will have at next boot, not the live one. */
  inactive?: boolean
  /** Update guest CPU requirements from the host. */
  updateCpu?: boolean
}
const xmlFlags: FlagTable<'secure' | 'inactive' | 'updateCpu'> = { secure: 1, inactive: 2, updateCpu: 4 }

/** Where {@link Domain.updateDevice} applies the change. Neither set: the domain's current state. */
export interface DomainUpdateDeviceOptions extends CallOptions {
  /** The running domain. */
  live?: boolean
  /** The persistent config. */
  config?: boolean
}
const updateDeviceFlags: FlagTable<'live' | 'config'> = { live: 1, config: 2 }

/** Options of {@link Domain.createSnapshot}. */
export interface DomainSnapshotCreateOptions extends CallOptions {
  /** Restore the metadata of a snapshot taken earlier (the config must describe it in full). */
  redefine?: boolean
  /** With `redefine`: make it the current snapshot. */
  current?: boolean
  /** Take the snapshot but keep no libvirt metadata about it. */
  noMetadata?: boolean
  /** Stop the domain after the snapshot. */
  halt?: boolean
  /** Snapshot the disks only, not the memory. */
  diskOnly?: boolean
  /** Reuse existing external files named in the config. */
  reuseExt?: boolean
  /** Freeze the guest's file systems through the guest agent while the disks are captured. */
  quiesce?: boolean
  /** Either every disk is captured or none is. */
  atomic?: boolean
}
const snapshotCreateFlags: FlagTable<'redefine' | 'current' | 'noMetadata' | 'halt' | 'diskOnly' | 'reuseExt' | 'quiesce' | 'atomic'> = {
  redefine: 1, current: 2, noMetadata: 4, halt: 8, diskOnly: 16, reuseExt: 32, quiesce: 64, atomic: 128,
}

/** Which snapshots {@link Domain.fetchSnapshots} lists. None set: all. */
export interface DomainSnapshotListOptions extends CallOptions {
  /** Only snapshots with no parent. */
  roots?: boolean
  /** Only snapshots that have libvirt metadata. */
  metadata?: boolean
  /** Only snapshots with no children. */
  leaves?: boolean
  /** Only snapshots with children. */
  noLeaves?: boolean
  /** Only snapshots without libvirt metadata. */
  noMetadata?: boolean
  /** Only snapshots taken while the domain was shut off. */
  inactive?: boolean
  /** Only snapshots taken while the domain ran (with its memory). */
  active?: boolean
  /** Only disk-only snapshots. */
  diskOnly?: boolean
  /** Only snapshots stored inside the disk images. */
  internal?: boolean
  /** Only snapshots stored in separate files. */
  external?: boolean
}
const snapshotListFlags: FlagTable<'roots' | 'metadata' | 'leaves' | 'noLeaves' | 'noMetadata' | 'inactive' | 'active' | 'diskOnly' | 'internal' | 'external'> = {
  roots: 1, metadata: 2, leaves: 4, noLeaves: 8, noMetadata: 16, inactive: 32, active: 64, diskOnly: 128, internal: 256, external: 512,
}

/** Options of {@link Domain.screenshot}. */
export interface DomainScreenshotOptions extends StreamOptions {
  /** Which monitor (head) of the display to capture; 0, the first, by default. */
  monitor?: number
  /** The stream to carry the image; a new one of the domain's connection by default. */
  stream?: Stream
}

/** A screenshot: its MIME type as the hypervisor chose it (QEMU: `image/png`) and its bytes. */
export interface DomainScreenshot {
  /** The image's MIME type, e.g. `image/png`. */
  readonly mime: string
  /** The image's bytes; they stop flowing when nobody reads (backpressure). */
  readonly data: Readable
}

/** Options of {@link Domain.openConsole}. */
export interface DomainConsoleOptions extends StreamOptions {
  /** Take the console over from another client that holds it. */
  force?: boolean
  /** Only open it if the driver can guarantee exclusive, safe access. */
  safe?: boolean
  /** The stream to carry the console; a new one of the domain's connection by default. */
  stream?: Stream
}
const consoleFlags: FlagTable<'force' | 'safe'> = { force: 1, safe: 2 }

/** @internal Called by Connection when it hands out a Domain: links it to the connection its calls go through. */
export function watchDomain(domain: Domain, watcher: CallContext, uuid?: string): Domain {
  return Domain.attach(domain, watcher, uuid)
}

/**
 * A libvirt domain (virtual machine), over LibvirtGObject's `GVirDomain`. Get one from a
 * {@link Connection}; the same GVirDomain always gives the same `Domain` (`===`).
 *
 * libvirt-glib offers many of these calls only in a blocking form: on a daemon connection
 * gvir runs those on a worker thread ("off the JS thread through a daemon"), and on the
 * in-process test driver, which answers without I/O, on the JS thread. The `persistent`
 * and `saved` getters are the exception: they ask libvirt on the JS thread.
 */
export class Domain extends GvirObject<LibvirtGObject.Domain> {
  #events?: Observable<DomainAnyEvent>
  #byType?: Map<DomainAnyEventType, Observable<DomainAnyEvent>>
  #uuid?: string
  /** The connection this domain's calls go through (a field, not a WeakMap: W2 wraps 1,001 per listing). */
  #ctx?: CallContext

  /**
   * libvirt-glib's sync-only calls: on an in-process connection `undefined` (the caller runs
   * the blocking call on the JS thread: libvirt answers without I/O); elsewhere the call on
   * a worker thread (invokeInThread), so a slow or stalled daemon never freezes the JS
   * thread, a GTK app's main loop included.
   */
  #offThread(call: DomainThreadCall, flags: number, options: CallOptions, xml?: string): Promise<string | undefined> | undefined {
    if (this.#ctx?.inProcess) return undefined
    return invokeInThread(this.#ctx, options, { target: this.gobject, call, flags, extra: xml, decode: (raw) => raw as string | undefined })
  }

  /** The domain's name. */
  get name(): string { return this.gobject.getName() }
  /** The domain's UUID. */
  get uuid(): string { return this.#uuidOnce() }
  /** The domain's id while it runs, `-1` otherwise. */
  get id(): number {
    try { return this.gobject.getId() } catch { return -1 }
  }
  /**
   * Whether the domain is defined (persistent), not only running (transient). A getter, so
   * it asks libvirt on the JS thread: a round trip through a daemon, which a stalled
   * libvirtd makes last. A UI uses {@link getPersistent}.
   */
  get persistent(): boolean { return this.gobject.getPersistent() }
  /** Whether the domain has a managed save image. On the JS thread, as {@link persistent}: a UI uses {@link getSaved}. */
  get saved(): boolean { return this.gobject.getSaved() }

  /** {@link persistent} as a Promise: off the JS thread through a daemon (a worker thread), on it in-process. */
  getPersistent(options: CallOptions = {}): Promise<boolean> {
    return invokeBlocking(this.#ctx, options, () => this.gobject.getPersistent(), { target: this.gobject, call: 'getPersistent', decode: (on) => on as boolean })
  }

  /** {@link saved} as a Promise: off the JS thread through a daemon (a worker thread), on it in-process. */
  getSaved(options: CallOptions = {}): Promise<boolean> {
    return invokeBlocking(this.#ctx, options, () => this.gobject.getSaved(), { target: this.gobject, call: 'getSaved', decode: (on) => on as boolean })
  }

  /** @internal The connection this domain's calls go through, for gvir's own modules (domain-extra.ts). */
  static contextOf(domain: Domain): CallContext | undefined {
    return domain.#ctx
  }

  /** @internal See {@link watchDomain}; the first connection stays. */
  static attach(domain: Domain, ctx: CallContext, uuid?: string): Domain {
    domain.#ctx ??= ctx
    // The connection read the UUID already (its cache keys on it): a node-gtk call saved per
    // domain, most of subscribing events$ on 8,000 domains (bench/scale).
    domain.#uuid ??= uuid
    return domain
  }

  /**
   * Makes the call `start()` returns, watched by the connection: a closed connection
   * rejects without calling, and a throw while building the call (a malformed config)
   * rejects rather than throwing out of a Promise-returning method.
   */
  #call<T>(start: () => Promise<T>): Promise<T> {
    const closed = this.#ctx?.closedError?.()
    if (closed) return Promise.reject(closed)
    let call: Promise<T>
    try {
      call = start()
    } catch (err) {
      return Promise.reject(toVirError(err))
    }
    return watched(this.#ctx, call)
  }

  /** Starts (boots) the domain. */
  start(options: DomainStartOptions = {}): Promise<void> {
    return invoke(this.#ctx, this.gobject, 'start', [toFlags(options, startFlags)], options).then(toVoid)
  }

  /** Resumes a suspended domain. */
  resume(options: CallOptions = {}): Promise<void> {
    return invoke(this.#ctx, this.gobject, 'resume', [], options).then(toVoid)
  }

  /** Suspends (pauses) the domain. Sync-only in libvirt-glib: runs on a worker thread, or on the JS thread for the in-process test driver. */
  suspend(options: CallOptions = {}): Promise<void> {
    return this.#offThread('suspend', 0, options)?.then(toVoid) ?? invokeSync(this.#ctx, options, () => { this.gobject.suspend() }).then(afterEvents)
  }

  /** Asks the guest to shut down; it may ignore the request. Sync-only in libvirt-glib: runs on a worker thread, or on the JS thread for the in-process test driver. */
  shutdown(options: DomainShutdownOptions = {}): Promise<void> {
    const flags = toFlags(options, shutdownFlags)
    return this.#offThread('shutdown', flags, options)?.then(toVoid) ?? invokeSync(this.#ctx, options, () => { this.gobject.shutdown(flags) }).then(afterEvents)
  }

  /**
   * Asks the guest to reboot. Sync-only in libvirt-glib: runs on a worker thread, or on the JS thread for the in-process test driver.
   * libvirt-glib emits no signal for a reboot: {@link events$} stays silent.
   */
  reboot(options: DomainShutdownOptions = {}): Promise<void> {
    const flags = toFlags(options, shutdownFlags)
    return this.#offThread('reboot', flags, options)?.then(toVoid) ?? invokeSync(this.#ctx, options, () => { this.gobject.reboot(flags) }).then(afterEvents)
  }

  /** Stops the domain at once (libvirt's destroy). Sync-only in libvirt-glib: runs on a worker thread, or on the JS thread for the in-process test driver. */
  stop(options: CallOptions = {}): Promise<void> {
    return this.#offThread('stop', 0, options)?.then(toVoid) ?? invokeSync(this.#ctx, options, () => { this.gobject.stop(0) }).then(afterEvents)
  }

  /** Deletes (undefines) the domain's persistent config. Sync-only in libvirt-glib: runs on a worker thread, or on the JS thread for the in-process test driver. */
  delete(options: DomainDeleteOptions = {}): Promise<void> {
    const flags = toFlags(options, deleteFlags)
    return this.#offThread('delete', flags, options)?.then(toVoid) ?? invokeSync(this.#ctx, options, () => { this.gobject.delete(flags) }).then(afterEvents)
  }

  /** Wakes a domain from PM suspend. */
  wakeup(options: CallOptions = {}): Promise<void> {
    return invoke(this.#ctx, this.gobject, 'wakeup', [0], options).then(toVoid)
  }

  /** Saves the domain's state to a managed save image and stops it. */
  save(options: CallOptions = {}): Promise<void> {
    return invoke(this.#ctx, this.gobject, 'save', [0], options).then(toVoid)
  }

  /**
   * Saves the domain's state to `filename` and stops it.
   * @param options.config a config to restore the domain with instead of the current one
   */
  saveToFile(filename: string, options: CallOptions & { config?: ConfigInput } = {}): Promise<void> {
    const bad = optionsError(options, 'Domain.saveToFile')
    if (bad) return Promise.reject(bad)
    recordLibvirtErrors()
    const run = (conf: LibvirtGConfig.Domain | null) =>
      callAsync(this.gobject, 'saveToFile', [filename, conf, 0], options).then(toVoid)
    const { config } = options
    return this.#call(() => config === undefined ? run(null) : withGConfig(gi().LibvirtGConfig.Domain, config, run))
  }

  /** The domain's state, memory and CPU use. */
  async getInfo(options: CallOptions = {}): Promise<DomainInfo> {
    return toDomainInfo(await invoke(this.#ctx, this.gobject, 'getInfo', [], options))
  }

  /**
   * The domain's config as a gconfig `Domain`. Sync-only in libvirt-glib: runs on a worker thread, or on the JS thread for the in-process test driver.
   * libvirt-glib's GVirConfigDomain is released as soon as its XML is read (see object.ts).
   */
  getConfig(options: DomainXmlOptions = {}): Promise<DomainConfig> {
    const flags = toFlags(options, xmlFlags)
    // libvirt's own text (virDomainGetXMLDesc), as gobject/config.ts configOf explains
    return configOf(this.#ctx, options, this.gobject, flags, (xml) => DomainConfig.fromXml(xml))
  }

  /** Replaces the domain's persistent config. Sync-only in libvirt-glib: runs on a worker thread, or on the JS thread for the in-process test driver. */
  setConfig(config: ConfigInput, options: CallOptions = {}): Promise<void> {
    if (!this.#ctx?.inProcess) {
      let xml: string
      try {
        xml = threadXml(config, 'the domain configuration')
      } catch (err) {
        return Promise.reject(toVirError(err))
      }
      return this.#offThread('setConfig', 0, options, xml)!.then(toVoid, (err: unknown) => { throw configError(err) })
    }
    return invokeSync(this.#ctx, options, () => withGConfig(gi().LibvirtGConfig.Domain, config, (conf) => { this.gobject.setConfig(conf) })).then(afterEvents)
  }

  /**
   * The domain's disks and network interfaces (other devices are not listed by libvirt-glib).
   * Off the JS thread through a daemon (a worker thread), on it in-process.
   */
  getDevices(options: CallOptions = {}): Promise<DomainDevice[]> {
    // gvir's own getDevices (glib/native/gvir_ops.c): libvirt-glib's leaks the domain's XML per call.
    const wrap = (devices: unknown) => (devices as LibvirtGObject.DomainDevice[]).map((d) => adopt(wrapDomainDevice(d, this), this.#ctx))
    return invokeBlocking(this.#ctx, options, () => wrap(runSync(this.gobject, 'getDevices')),
      { target: this.gobject, call: 'getDevices', decode: wrap })
  }

  /**
   * Changes a device of the domain (e.g. swaps a CD-ROM). `device` is one gconfig device
   * (`<disk>`, `<interface>`, `<graphics>`…). Off the JS thread through a daemon (a worker thread), on it in-process.
   */
  updateDevice(device: ConfigInput, options: DomainUpdateDeviceOptions = {}): Promise<void> {
    const flags = toFlags(options, updateDeviceFlags)
    let xml: string
    let cls: ReturnType<typeof deviceConfigClass>
    try {
      xml = threadXml(device, 'the device configuration')
      cls = deviceConfigClass(xml)
    } catch (err) {
      return Promise.reject(toVirError(err))
    }
    return invokeBlocking(this.#ctx, options, () => withGConfig(cls, xml, (conf) => { this.gobject.updateDevice(conf, flags) }),
      { target: this.gobject, call: 'updateDevice', flags, extra: xml, decode: toVoid })
  }

  /**
   * Sets the guest's clock through the guest agent: to `date`, or when omitted, to the host's time.
   */
  setTime(date?: Date, options: CallOptions = {}): Promise<void> {
    const { GLib } = gi()
    if (date === undefined) return invoke(this.#ctx, this.gobject, 'setTime', [null, 0], options).then(toVoid)
    // An Invalid Date would give a null DateTime, which libvirt-glib reads as "the host's time".
    if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
      return Promise.reject(new VirError(`invalid argument: not a valid date: ${String(date)}`, { code: VirErrorCode.VIR_ERR_INVALID_ARG }))
    }
    const dt = GLib.DateTime.newFromUnixUtc(Math.floor(date.getTime() / 1000))
    return invoke(this.#ctx, this.gobject, 'setTime', [dt, 0], options).then(toVoid)
  }

  /**
   * Takes a snapshot, described by `config` (a gconfig `DomainSnapshot`) or, when omitted,
   * with libvirt's defaults.
   *
   * gvir asks libvirt itself (virDomainSnapshotCreateXML on libvirt-glib's handle, off the
   * JS thread through a daemon, on it in-process) and the Snapshot is libvirt-glib's
   * GVirDomainSnapshot: libvirt-glib's own call loses libvirt's error (a duplicate name
   * failed as "Unable to create snapshot of test", no code), here it is libvirt's
   * (VIR_ERR_OPERATION_FAILED, "operation failed: domain moment s1 already exists").
   */
  createSnapshot(config?: ConfigInput, options: DomainSnapshotCreateOptions = {}): Promise<DomainSnapshot> {
    const bad = optionsError(options, 'Domain.createSnapshot')
    if (bad) return Promise.reject(bad)
    const flags = toFlags(options, snapshotCreateFlags)
    let xml: string
    try {
      xml = threadXml(config ?? '<domainsnapshot/>', 'the snapshot configuration')
    } catch (err) {
      return Promise.reject(toVirError(err))
    }
    const adoptFirst = (objects: unknown): DomainSnapshot =>
      adopt(wrapObject((objects as LibvirtGObject.DomainSnapshot[])[0]!, DomainSnapshot), this.#ctx)
    return invokeBlocking(this.#ctx, options, () => adoptFirst(runSync(this.gobject, 'createSnapshot', flags, xml)),
      { target: this.gobject, call: 'createSnapshot', flags, extra: xml, decode: adoptFirst })
  }

  /** Refreshes the list of snapshots {@link getSnapshots} returns. */
  fetchSnapshots(options: DomainSnapshotListOptions = {}): Promise<void> {
    return invoke(this.#ctx, this.gobject, 'fetchSnapshots', [toFlags(options, snapshotListFlags)], options).then(toVoid)
  }

  /** The snapshots found by the last {@link fetchSnapshots} (none before it). */
  getSnapshots(): DomainSnapshot[] {
    return cachedList(() => this.gobject.getSnapshots()).map((s) => adopt(wrapObject(s, DomainSnapshot), this.#ctx))
  }

  /** Whether the domain has a current snapshot. Off the JS thread through a daemon (a worker thread), on it in-process. */
  getHasCurrentSnapshot(options: CallOptions = {}): Promise<boolean> {
    return invokeBlocking(this.#ctx, options, () => {
      const [, has] = this.gobject.getHasCurrentSnapshot(0)
      return has
    }, { target: this.gobject, call: 'getHasCurrentSnapshot', decode: (has) => has as boolean })
  }

  /**
   * Captures the domain's screen: resolves with the image's MIME type and a Node Readable of
   * its bytes. libvirt-glib's `screenshot` only starts the transfer, off the JS thread
   * through a daemon (a worker thread), on it in-process; the bytes then flow
   * asynchronously. Needs a running domain with graphics.
   * @example
   * const { mime, data } = await domain.screenshot()
   * await pipeline(data, createWriteStream(mime === 'image/png' ? 'screen.png' : 'screen.ppm'))
   */
  async screenshot(options: DomainScreenshotOptions = {}): Promise<DomainScreenshot> {
    checkOptions(options, 'Domain.screenshot')
    const { monitor = 0 } = options
    if (!Number.isSafeInteger(monitor) || monitor < 0 || monitor > 0xffffffff) {
      throw new VirError(`invalid argument: not a monitor number: ${monitor}`, { code: VirErrorCode.VIR_ERR_INVALID_ARG })
    }
    const stream = await this.#streamFor(options)
    const mime = await invokeBlocking(this.#ctx, options, () => this.gobject.screenshot(stream.gobject, monitor, 0),
      { target: this.gobject, call: 'screenshot', extra: stream.gobject, index: monitor, decode: (type) => type as string })
    return { mime, data: streamToReadable(stream.gobject, options) }
  }

  /**
   * Connects to the domain's console (serial or virtio), `devname` or the first one, and
   * resolves with a Node Duplex: write keystrokes to it, read the guest's output from it.
   * Destroy it (or abort `options.signal`) to let the console go. libvirt-glib's
   * `openConsole` runs off the JS thread through a daemon (a worker thread), on it
   * in-process. Needs a running domain with a console.
   * @example
   * const console = await domain.openConsole()
   * console.pipe(process.stdout)
   * console.write('root\n')
   */
  async openConsole(devname?: string, options: DomainConsoleOptions = {}): Promise<Duplex> {
    checkOptions(options, 'Domain.openConsole')
    if (devname !== undefined && typeof devname !== 'string') throw invalidArgument('the console name of Domain.openConsole(devname, options)', 'a string or undefined', devname)
    if (devname !== undefined) checkCString(devname, 'the console name')
    const stream = await this.#streamFor(options)
    const flags = toFlags(options, consoleFlags)
    await invokeBlocking(this.#ctx, options, () => { this.gobject.openConsole(stream.gobject, devname ?? null, flags) },
      { target: this.gobject, call: 'openConsole', flags, extra: stream.gobject, index: devname, decode: toVoid })
    return streamToDuplex(stream.gobject, options)
  }

  /** The stream a transfer goes through: the caller's (unused), or a new one of the connection. */
  async #streamFor(options: { stream?: Stream } & CallOptions): Promise<Stream> {
    if (options.stream) {
      if (isSpent(options.stream.gobject)) throw new VirError('Stream already used: a libvirt stream carries one transfer')
      return options.stream
    }
    return invokeSync(this.#ctx, options, () => streamFrom(this.#ctx))
  }

  /**
   * Connects graphics display `idx` (0 for the first) to `fd`, an open socket of yours
   * (one end of a socketpair, a connected unix socket): the hypervisor then speaks VNC or
   * SPICE on it. Off the JS thread through a daemon (a worker thread), on it in-process.
   * @example
   * // fd: one end of a socketpair whose other end a VNC client (e.g. GTK-VNC) reads
   * await domain.openGraphics(0, fd)
   */
  openGraphics(idx: number, fd: number, options: CallOptions & { skipAuth?: boolean } = {}): Promise<void> {
    const bad = optionsError(options, 'Domain.openGraphics')
    if (bad) return Promise.reject(bad)
    for (const [what, v] of [['display index', idx], ['file descriptor', fd]] as const) {
      if (!Number.isSafeInteger(v) || v < 0 || v > 0x7fffffff) return Promise.reject(new VirError(`invalid argument: not a ${what}: ${v}`, { code: VirErrorCode.VIR_ERR_INVALID_ARG }))
    }
    const flags = options.skipAuth ? 1 : 0
    return invokeBlocking(this.#ctx, options, () => { this.gobject.openGraphics(idx, fd, flags) },
      { target: this.gobject, call: 'openGraphics', flags, extra: idx, index: fd, decode: toVoid })
  }

  /**
   * Opens graphics display `idx` (0 for the first) and gives the client end's file descriptor.
   * Off the JS thread through a daemon (a worker thread), on it in-process.
   */
  openGraphicsFd(idx = 0, options: CallOptions & { skipAuth?: boolean } = {}): Promise<number> {
    const bad = optionsError(options, 'Domain.openGraphicsFd')
    if (bad) return Promise.reject(bad)
    if (!Number.isSafeInteger(idx) || idx < 0 || idx > 0x7fffffff) return Promise.reject(new VirError(`invalid argument: not a display index: ${idx}`, { code: VirErrorCode.VIR_ERR_INVALID_ARG }))
    const flags = options.skipAuth ? 1 : 0
    return invokeBlocking(this.#ctx, options, () => this.gobject.openGraphicsFd(idx, flags),
      { target: this.gobject, call: 'openGraphicsFd', flags, extra: idx, decode: (row) => (row as [number])[0] })
  }

  /**
   * What ends the domain's signal Observables: the connection's close, or libvirt-glib
   * removing the domain (after its last event), whichever comes first.
   */
  #until(): Observable<unknown> | undefined {
    const ctx = this.#ctx
    if (!ctx?.domainGone$) return ctx?.ended$
    const uuid = this.uuid
    return ctx.ended$ ? merge(ctx.ended$, defer(() => ctx.domainGone$!(uuid))) : defer(() => ctx.domainGone$!(uuid))
  }

  /**
   * Every event of the domain, typed by `type`: the lifecycle (`started`, `stopped`,
   * `suspended`, `resumed`, `pmsuspended`, `updated`, `shutdown`, `crashed`, with their
   * details) and the rest libvirt has (`reboot`, `tray-change`, `device-added`,
   * `balloon-change`, `metadata-change`… see {@link DomainAnyEvent}).
   *
   * gvir takes them from libvirt itself (gobject/event-hub.ts): one libvirt registration per
   * connection and event kind while anyone on the connection subscribes, deregistered with
   * the last subscriber; delivered on GLib's context in one batch per dispatch, never after
   * `close()`, which completes it. On a daemon, a kind's registration is a round trip made
   * on gvir's worker thread: events of a kind nobody on the connection watched before flow
   * once it is in place (`connection.whenEventsRegistered()`); lifecycle events are
   * registered from open on.
   */
  get events$(): Observable<DomainAnyEvent> {
    const hub = this.#ctx?.events
    if (!hub) {
      // A domain no connection handed out: libvirt-glib's signals, as before.
      this.#events ??= fromSignals(this.gobject, allDomainEventSignals(), { until: this.#until() }) as Observable<DomainAnyEvent>
      return this.#events
    }
    this.#events ??= hub.domainEvents(this.#uuidOnce(), allDomainKinds)
    return this.#events
  }

  /** The UUID, read once: the event hub keys on it. */
  #uuidOnce(): string {
    this.#uuid ??= this.gobject.getUuid()
    return this.#uuid
  }

  /**
   * Events of one type, e.g. `domain.eventsOf('tray-change')`: only that type's libvirt
   * event kind is registered (lifecycle types share one), while someone subscribes.
   */
  eventsOf<T extends DomainAnyEventType>(type: T): Observable<DomainEventOfType<T>> {
    this.#byType ??= new Map()
    let obs = this.#byType.get(type)
    if (!obs) {
      const hub = this.#ctx?.events
      if (hub) obs = hub.domainEvents(this.#uuidOnce(), [kindOfType[type]], type)
      else if (type in domainEventDetails) obs = fromSignals(this.gobject, domainEventSignals(type as DomainEventType), { until: this.#until() }) as Observable<DomainAnyEvent>
      else throw new TypeError(`events of type '${type}' need a domain from an open Connection`)
      this.#byType.set(type, obs)
    }
    return obs as Observable<DomainEventOfType<T>>
  }

  /** The domain started (booted, migrated, restored, from-snapshot, wakeup). */
  get started$(): Observable<DomainEventOfType<'started'>> { return this.eventsOf('started') }
  /** The domain stopped (shutdown, destroyed, crashed, migrated, saved, failed, from-snapshot). */
  get stopped$(): Observable<DomainEventOfType<'stopped'>> { return this.eventsOf('stopped') }
  /** The domain was suspended (paused, migrated, ioerror, watchdog, restored, from-snapshot, api-error, postcopy…). */
  get suspended$(): Observable<DomainEventOfType<'suspended'>> { return this.eventsOf('suspended') }
  /** The domain resumed (unpaused, migrated, from-snapshot, postcopy…). */
  get resumed$(): Observable<DomainEventOfType<'resumed'>> { return this.eventsOf('resumed') }
  /** The guest went to PM suspend (memory, disk). */
  get pmsuspended$(): Observable<DomainEventOfType<'pmsuspended'>> { return this.eventsOf('pmsuspended') }
  /** The domain's config changed. */
  get updated$(): Observable<DomainEventOfType<'updated'>> { return this.eventsOf('updated') }
  /** The guest began shutting down, or finished (libvirt-glib never emits it). */
  get shutdown$(): Observable<DomainEventOfType<'shutdown'>> { return this.eventsOf('shutdown') }
  /** The guest rebooted. */
  get reboot$(): Observable<DomainEventOfType<'reboot'>> { return this.eventsOf('reboot') }
  /** A removable drive's tray opened or closed. */
  get trayChange$(): Observable<DomainEventOfType<'tray-change'>> { return this.eventsOf('tray-change') }
  /** A device was hot-plugged. */
  get deviceAdded$(): Observable<DomainEventOfType<'device-added'>> { return this.eventsOf('device-added') }
  /** A device was hot-unplugged. */
  get deviceRemoved$(): Observable<DomainEventOfType<'device-removed'>> { return this.eventsOf('device-removed') }
  /** The balloon changed size. */
  get balloonChange$(): Observable<DomainEventOfType<'balloon-change'>> { return this.eventsOf('balloon-change') }
  /** The domain's title, description or a metadata element changed. */
  get metadataChange$(): Observable<DomainEventOfType<'metadata-change'>> { return this.eventsOf('metadata-change') }
  /** The guest agent connected or disconnected. */
  get agentLifecycle$(): Observable<DomainEventOfType<'agent-lifecycle'>> { return this.eventsOf('agent-lifecycle') }

  // ---- beyond libvirt-glib: libvirt's own calls on the domain's handle (gvir_ops_beyond.c) ----

  /**
   * The guest's interfaces and their addresses, as virsh domifaddr lists them
   * (virDomainInterfaceAddresses), read from the network's DHCP leases (default), the host's
   * ARP table or the guest agent. Off the JS thread through a daemon, on it in-process.
   * @example
   * for (const { name, addrs } of await dom.getInterfaceAddresses({ source: 'lease' })) console.log(name, addrs.map((a) => a.addr))
   */
  getInterfaceAddresses(options: InterfaceAddressesOptions = {}): Promise<DomainInterfaceAddresses[]> {
    return interfaceAddresses(this.#ctx, this.gobject, options)
  }

  /**
   * Sets the domain's title, description or a `<metadata>` element without redefining it
   * (virDomainSetMetadata); `value: null` removes it. Off the JS thread through a daemon.
   * @example
   * await dom.setMetadata({ type: 'title', value: 'Web server' })
   */
  setMetadata(options: DomainMetadataSetOptions): Promise<void> {
    return setMetadata(this.#ctx, this.gobject, options)
  }

  /** The domain's title, description (default) or `<metadata>` element of `uri`; `undefined` when it has none (virDomainGetMetadata). */
  getMetadata(options: DomainMetadataGetOptions = {}): Promise<string | undefined> {
    return getMetadata(this.#ctx, this.gobject, options)
  }

  /**
   * Samples of the domain's statistics every `intervalMs` (default 10 s): CPU % from
   * 'cpu.time' deltas, balloon, vCPUs, per-disk and per-NIC rates. All the domains a
   * connection samples at one interval share one bulk call (virDomainListGetStats) per
   * interval; nothing is polled while nobody subscribes. The first sample comes at once,
   * with `null` rates.
   * @example
   * dom.stats$({ intervalMs: 2000 }).subscribe((s) => console.log(s.cpuPercent))
   */
  stats$(options: DomainStatsStreamOptions = {}): Observable<DomainStatsSample> {
    return domainStats$(this.#ctx, this, options)
  }

  // libvirt calls libvirt-glib lacks (gobject/domain-extra.ts, glib/native/gvir_ops_virsh.c):
  // off the JS thread through a daemon, on it in-process.

  /** The domain's state and libvirt's reason for it (virDomainGetState; what `virsh domstate --reason` prints). */
  getState(options: CallOptions = {}): Promise<extra.DomainStateReason> {
    return extra.getDomainState(this, options)
  }

  /** Whether libvirt starts the domain when the host boots (virDomainGetAutostart). */
  getAutostart(options: CallOptions = {}): Promise<boolean> {
    return extra.getDomainAutostart(this, options)
  }

  /** Makes libvirt start the (persistent) domain when the host boots, or not (virDomainSetAutostart). */
  setAutostart(autostart: boolean, options: CallOptions = {}): Promise<void> {
    return extra.setDomainAutostart(this, autostart, options)
  }

  /**
   * Sets the domain's memory to `bytes` (whole KiB, libvirt's unit): the current allocation
   * (a running guest's balloon) or, with `maximum`, the most it may have; `live`/`config`
   * choose where (virDomainSetMemoryFlags; neither: libvirt's plain call, as virsh).
   */
  setMemory(bytes: number, options: extra.DomainSetMemoryOptions = {}): Promise<void> {
    return extra.setDomainMemory(this, bytes, options)
  }

  /** Sets the domain's number of vCPUs, live, in its config, or its maximum (virDomainSetVcpusFlags). */
  setVcpus(count: number, options: extra.DomainSetVcpusOptions = {}): Promise<void> {
    return extra.setDomainVcpus(this, count, options)
  }

  /** Adds a device (a gconfig device or its XML) to the running domain and/or its config (virDomainAttachDeviceFlags). */
  attachDevice(device: ConfigInput, options: extra.DomainModifyOptions = {}): Promise<void> {
    return extra.attachDomainDevice(this, device, options)
  }

  /** Removes the device `device` describes from the running domain and/or its config (virDomainDetachDeviceFlags). */
  detachDevice(device: ConfigInput, options: extra.DomainModifyOptions = {}): Promise<void> {
    return extra.detachDomainDevice(this, device, options)
  }

  /** Removes the domain's managed save image: the next start boots afresh (virDomainManagedSaveRemove). */
  managedSaveRemove(options: CallOptions = {}): Promise<void> {
    return extra.removeDomainManagedSave(this, options)
  }

  /** The domain's OS type (`'hvm'`, `'linux'`…; virDomainGetOSType). */
  getOsType(options: CallOptions = {}): Promise<string> {
    return extra.getDomainOsType(this, options)
  }

  /** The domain's vCPUs: state, CPU time, host CPU and affinity (virDomainGetVcpus; the config's pinning when off). */
  getVcpus(options: CallOptions = {}): Promise<extra.DomainVcpu[]> {
    return extra.getDomainVcpus(this, options)
  }

  /** The domain's memory statistics, amounts in bytes (virDomainMemoryStats). */
  getMemoryStats(options: CallOptions = {}): Promise<extra.DomainMemoryStats> {
    return extra.getDomainMemoryStats(this, options)
  }

  /** The block statistics of disk `disk` (target or path) by libvirt's field names, as BigInts (virDomainBlockStatsFlags). */
  getBlockStats(disk: string, options: CallOptions = {}): Promise<Record<string, bigint>> {
    return extra.getDomainBlockStats(this, disk, options)
  }

  /** The traffic counters of interface `iface` (target device or MAC), as BigInts (virDomainInterfaceStats). */
  getInterfaceStats(iface: string, options: CallOptions = {}): Promise<DomainInterfaceStats> {
    return extra.getDomainInterfaceStats(this, iface, options)
  }

  /** The domain's security label, or `null` when it has none (virDomainGetSecurityLabel). */
  getSecurityLabel(options: CallOptions = {}): Promise<extra.DomainSecurityLabel | null> {
    return extra.getDomainSecurityLabel(this, options)
  }
}
