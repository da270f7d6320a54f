/**
 * `StoragePool`: one libvirt storage pool, over LibvirtGObject's GVirStoragePool.
 * @module
 */
import { type CallOptions, invalidArgument, VirError, VirErrorCode } from '../glib/index.js'
import { gi, type LibvirtGObject } from '../lib/gi.js'
import { StoragePool as StoragePoolConfig } from '../gconfig/index.js'
import { type ConfigInput, configOf, invokeWithConfig, threadXml } from './config.js'
import { callLibvirt } from './libvirt-call.js'
import { invoke, invokeBlocking, toVoid } from './call.js'
import { type FlagTable, toFlags } from './flags.js'
import { GvirObject, wrapObject } from './object.js'
import { cachedList } from './owned-list.js'
import { adopt, forwardTo, ownerOf } from './owner.js'
import { StorageVol } from './storage-vol.js'

/** A pool's state, libvirt-glib's `GVirStoragePoolState` in lower case. */
export type StoragePoolState = 'inactive' | 'building' | 'running' | 'degraded' | 'inaccessible'
const poolStates: readonly StoragePoolState[] = ['inactive', 'building', 'running', 'degraded', 'inaccessible']

/** A snapshot of a pool's run-time information (libvirt-glib's `GVirStoragePoolInfo`), sizes in bytes. */
export interface StoragePoolInfo {
  /** The pool's state. */
  readonly state: StoragePoolState
  /** Total size of the pool's storage. */
  readonly capacity: number
  /** Bytes its volumes take. */
  readonly allocation: number
  /** Bytes still free for new volumes. */
  readonly available: number
}

/** How {@link StoragePool.build} prepares the pool's storage. None set: libvirt's default. */
export interface StoragePoolBuildOptions extends CallOptions {
  /** Repair the existing storage. */
  repair?: boolean
  /** Extend the existing storage. */
  resize?: boolean
  /** Don't overwrite existing storage (fails if there is some). */
  noOverwrite?: boolean
  /** Overwrite existing storage. */
  overwrite?: boolean
}
const buildFlags: FlagTable<'repair' | 'resize' | 'noOverwrite' | 'overwrite'> = { repair: 1, resize: 2, noOverwrite: 4, overwrite: 8 }

/** Options of {@link StoragePool.start}. */
export interface StoragePoolStartOptions extends CallOptions {
  /** Build the pool first (`build`). */
  build?: boolean
  /** Build, overwriting existing storage. */
  buildOverwrite?: boolean
  /** Build, but fail if storage exists. */
  buildNoOverwrite?: boolean
}
const startFlags: FlagTable<'build' | 'buildOverwrite' | 'buildNoOverwrite'> = { build: 1, buildOverwrite: 2, buildNoOverwrite: 4 }

/** Options of {@link StoragePool.delete}. None set: libvirt's normal delete. */
export interface StoragePoolDeleteOptions extends CallOptions {
  /** Overwrite the storage with zeroes (slow). */
  zeroed?: boolean
}
const deleteFlags: FlagTable<'zeroed'> = { zeroed: 1 }

/** Options of {@link StoragePool.getConfig}. */
export interface StoragePoolXmlOptions extends CallOptions {
  /** The config the pool will have when next started, not the live one. */
  inactive?: boolean
}

/**
 * A libvirt storage pool, over LibvirtGObject's `GVirStoragePool`. Get one from a
 * Connection (`createStoragePool`, `getStoragePools` after `fetchStoragePools`); the same
 * GVirStoragePool always gives the same StoragePool (`===`).
 *
 * Calls marked "runs on the JS thread" are sync-only in libvirt-glib and block it; those
 * marked "off the JS thread through a daemon" are sync-only too, but gvir runs them on a
 * worker thread unless the connection is in-process.
 */
export class StoragePool extends GvirObject<LibvirtGObject.StoragePool> {
  /** Whether libvirt-glib's volume list exists: it is made by the first refresh. */
  #fetched = false

  /** The pool's name. */
  get name(): string { return this.gobject.getName() }
  /** The pool's UUID. */
  get uuid(): string { return this.gobject.getUuid() }
  /** Whether the pool is running. Runs on the JS thread. */
  get active(): boolean { return this.gobject.getActive() }
  /** Whether the pool is defined (persistent), not only running (transient). */
  get persistent(): boolean { return this.gobject.getPersistent() }

  /** Prepares the pool's storage (makes the directory, formats the disk…). */
  build(options: StoragePoolBuildOptions = {}): Promise<void> {
    return invoke(ownerOf(this), this.gobject, 'build', [toFlags(options, buildFlags)], options).then(toVoid)
  }

  /** Starts (activates) the pool. */
  start(options: StoragePoolStartOptions = {}): Promise<void> {
    return invoke(ownerOf(this), this.gobject, 'start', [toFlags(options, startFlags)], options).then(toVoid)
  }

  /** Stops (deactivates) the pool; its storage and volumes stay. */
  stop(options: CallOptions = {}): Promise<void> {
    return invoke(ownerOf(this), this.gobject, 'stop', [], options).then(toVoid)
  }

  /** Removes the pool's definition; a running pool keeps running until stopped. */
  undefine(options: CallOptions = {}): Promise<void> {
    return invoke(ownerOf(this), this.gobject, 'undefine', [], options).then(toVoid)
  }

  /** Deletes the pool's underlying storage (e.g. removes its directory). The pool must be stopped. */
  delete(options: StoragePoolDeleteOptions = {}): Promise<void> {
    return invoke(ownerOf(this), this.gobject, 'delete', [toFlags(options, deleteFlags)], options).then(toVoid)
  }

  /**
   * Asks libvirt to rescan the pool and rebuilds the volume list that {@link getVolumes}
   * reads (libvirt-glib's `refresh`; {@link fetchVolumes} is the same call).
   */
  async refresh(options: CallOptions = {}): Promise<void> {
    await invoke(ownerOf(this), this.gobject, 'refresh', [], options)
    this.#fetched = true
  }

  /** The same as {@link refresh}: fills the volume cache. */
  fetchVolumes(options: CallOptions = {}): Promise<void> {
    return this.refresh(options)
  }

  /** The pool's state and sizes. Off the JS thread through a daemon (a worker thread), on it in-process. */
  getInfo(options: CallOptions = {}): Promise<StoragePoolInfo> {
    const info = (state: number, capacity: number, allocation: number, available: number): StoragePoolInfo =>
      ({ state: poolStates[state] ?? 'inactive', capacity, allocation, available })
    return invokeBlocking(ownerOf(this), options, () => {
      const i = this.gobject.getInfo()
      return info(Number(i.state), Number(i.capacity), Number(i.allocation), Number(i.available))
    }, { target: this.gobject, call: 'getInfo', decode: (row) => info(...(row as [number, number, number, number])) })
  }

  /** Whether the pool starts when libvirtd starts. Off the JS thread through a daemon (a worker thread), on it in-process. */
  getAutostart(options: CallOptions = {}): Promise<boolean> {
    return invokeBlocking(ownerOf(this), options, () => this.gobject.getAutostart(), { target: this.gobject, call: 'getAutostart', decode: (on) => on as boolean })
  }

  /** Sets whether the pool starts when libvirtd starts (persistent pools only). Off the JS thread through a daemon (a worker thread), on it in-process. */
  setAutostart(autostart: boolean, options: CallOptions = {}): Promise<void> {
    // setAutostart({ signal }) would read the options as `true`.
    if (typeof autostart !== 'boolean') return Promise.reject(invalidArgument('the autostart of StoragePool.setAutostart(autostart, options)', 'a boolean', autostart))
    return invokeBlocking(ownerOf(this), options, () => { this.gobject.setAutostart(autostart) }, { target: this.gobject, call: 'setAutostart', flags: autostart ? 1 : 0, decode: toVoid })
  }

  /** The pool's config as a gconfig `StoragePool`. Off the JS thread through a daemon (a worker thread), on it in-process. */
  getConfig(options: StoragePoolXmlOptions = {}): Promise<StoragePoolConfig> {
    return configOf(ownerOf(this), options, this.gobject, options?.inactive ? 1 : 0, (xml) => StoragePoolConfig.fromXml(xml))
  }

  /** The volumes found by the last {@link refresh} (none before one), kept current by {@link createVolume}. */
  getVolumes(): StorageVol[] {
    return cachedList(() => this.gobject.getVolumes()).map((v) => this.#wrapVolume(v))
  }

  /** The volume called `name` in the cache of the last {@link refresh}, if any. */
  getVolume(name: string): StorageVol | undefined {
    if (!this.#fetched) return undefined
    const v = this.gobject.getVolume(name)
    return v ? this.#wrapVolume(v) : undefined
  }

  /**
   * Creates a volume from `config` (a gconfig `StorageVol` or its XML). Off the JS thread through a daemon (a worker thread), on it in-process.
   * libvirt-glib creates the volume, then fails to record it (and returns nothing) unless the
   * pool's volume list exists, so gvir refreshes the pool once first when needed.
   */
  async createVolume(config: ConfigInput, options: CallOptions = {}): Promise<StorageVol> {
    if (!this.#fetched) await this.refresh(options)
    return invokeWithConfig(ownerOf(this), options, gi().LibvirtGConfig.StorageVol, config, 'the volume configuration',
      (conf) => this.#wrapVolume(this.gobject.createVolume(conf)),
      // libvirt-glib cached the new volume under its name on the worker.
      (xml) => ({ target: this.gobject, call: 'createVolume', extra: xml, decode: (name) => {
        const gvol = this.gobject.getVolume(name as string)
        if (!gvol) throw new VirError(`libvirt-glib did not cache the volume it made (${String(name)})`, { code: VirErrorCode.VIR_ERR_INTERNAL_ERROR })
        return this.#wrapVolume(gvol)
      } }))
  }

  /** Whether the pool runs, asked of libvirt off the JS thread through a daemon (virStoragePoolIsActive; {@link active} asks on the JS thread). */
  isActive(options: CallOptions = {}): Promise<boolean> {
    return callLibvirt(ownerOf(this), options, this.gobject, 'virStoragePoolIsActive', {}, Boolean)
  }

  /** Whether the pool is defined, not only running (virStoragePoolIsPersistent), off the JS thread through a daemon. */
  isPersistent(options: CallOptions = {}): Promise<boolean> {
    return callLibvirt(ownerOf(this), options, this.gobject, 'virStoragePoolIsPersistent', {}, Boolean)
  }

  /**
   * Creates a volume from `config` (a gconfig `StorageVol` or its XML) whose data is copied
   * from `source`, a volume of this or another pool (virStorageVolCreateXMLFrom, virsh
   * vol-clone and vol-create-from). Off the JS thread through a daemon. The pool's
   * {@link getVolumes} shows it after the next {@link refresh}.
   * @example
   * const copy = await pool.cloneVolume(`<volume><name>copy.img</name><capacity>0</capacity></volume>`, original)
   */
  cloneVolume(config: ConfigInput, source: StorageVol, options: CallOptions = {}): Promise<StorageVol> {
    let xml: string
    try {
      xml = threadXml(config, 'the volume configuration')
      if (!(source instanceof StorageVol)) throw new VirError('invalid argument: cloneVolume needs the source StorageVol', { code: VirErrorCode.VIR_ERR_INVALID_ARG })
    } catch (err) {
      return Promise.reject(err)
    }
    // The worker finds the source by its key: one object per call crosses to C.
    return source.getKey(options).then((k) => callLibvirt(ownerOf(this), options, this.gobject, 'virStorageVolCreateXMLFrom', { extra: [xml, k], index: 0 },
      (raw) => this.#wrapVolume((raw as LibvirtGObject.StorageVol[])[0]!)))
  }

  #wrapVolume(gvol: LibvirtGObject.StorageVol): StorageVol {
    return adopt(wrapObject(gvol, StorageVol), forwardTo(this))
  }
}
