/**
 * `DomainSnapshot`: one snapshot of a domain, over LibvirtGObject's GVirDomainSnapshot.
 * @module
 */
import { runSync, type CallOptions } from '../glib/index.js'
import { gi, type LibvirtGObject } from '../lib/gi.js'
import { DomainSnapshot as DomainSnapshotConfig } from '../gconfig/index.js'
import { type ConfigInput, configOf, invokeWithConfig } from './config.js'
import { type FlagTable, toFlags } from './flags.js'
import { GvirObject } from './object.js'
import { afterEvents, invokeBlocking, toVoid } from './call.js'
import { ownerOf } from './owner.js'

/** Options of {@link DomainSnapshot.revertTo}. */
export interface DomainSnapshotRevertOptions extends CallOptions {
  /** Run the domain after reverting, whatever state the snapshot recorded. */
  running?: boolean
  /** Leave the domain paused after reverting. */
  paused?: boolean
  /** Revert even when that is risky. */
  force?: boolean
}
const revertFlags: FlagTable<'running' | 'paused' | 'force'> = { running: 1, paused: 2, force: 4 }

/** Options of {@link DomainSnapshot.delete}. */
export interface DomainSnapshotDeleteOptions extends CallOptions {
  /** Also delete the snapshot's children. */
  children?: boolean
  /** Delete only libvirt's metadata. */
  metadataOnly?: boolean
  /** Delete only the children. */
  childrenOnly?: boolean
}
const deleteFlags: FlagTable<'children' | 'metadataOnly' | 'childrenOnly'> = { children: 1, metadataOnly: 2, childrenOnly: 4 }

/** A snapshot of a domain. */
export class DomainSnapshot extends GvirObject<LibvirtGObject.DomainSnapshot> {
  /** The snapshot's name. */
  get name(): string { return this.gobject.getName() }

  /** The snapshot's config as a gconfig `DomainSnapshot`. Off the JS thread through a daemon (a worker thread), on it in-process. */
  getConfig(options: CallOptions = {}): Promise<DomainSnapshotConfig> {
    return configOf(ownerOf(this), options, this.gobject, 0, (xml) => DomainSnapshotConfig.fromXml(xml))
  }

  /** Replaces the snapshot's config (e.g. its description). Off the JS thread through a daemon (a worker thread), on it in-process. */
  setConfig(config: ConfigInput, options: CallOptions = {}): Promise<void> {
    return invokeWithConfig(ownerOf(this), options, gi().LibvirtGConfig.DomainSnapshot, config, 'the snapshot configuration',
      (conf) => { this.gobject.setConfig(conf) }, (xml) => ({ target: this.gobject, call: 'setConfig', extra: xml, decode: toVoid }))
  }

  /** Whether this is the domain's current snapshot. Off the JS thread through a daemon (a worker thread), on it in-process. */
  isCurrent(options: CallOptions = {}): Promise<boolean> {
    return invokeBlocking(ownerOf(this), options, () => this.gobject.getIsCurrent(0)[1], { target: this.gobject, call: 'getIsCurrent', decode: (current) => current as boolean })
  }

  /**
   * Reverts the domain to this snapshot. gvir asks libvirt itself (virDomainRevertToSnapshot
   * on libvirt-glib's handle; off the JS thread through a daemon), so a failure carries
   * libvirt's code and reason: libvirt-glib's own call said only "Failed to revert to
   * snapshot `s1'" (a deleted snapshot: VIR_ERR_NO_DOMAIN_SNAPSHOT here).
   */
  revertTo(options: DomainSnapshotRevertOptions = {}): Promise<void> {
    const ctx = ownerOf(this)
    const flags = toFlags(options, revertFlags)
    return invokeBlocking(ctx, options, () => { runSync(this.gobject, 'revertTo', flags) }, { target: this.gobject, call: 'revertTo', flags, decode: toVoid })
      // in-process, the events of the state change are queued on GLib's loop (gobject/call.ts)
      .then((v) => ctx === undefined || ctx.inProcess ? afterEvents(v) : v)
  }

  /** Deletes the snapshot; as {@link revertTo}, libvirt's own call, with libvirt's error. */
  delete(options: DomainSnapshotDeleteOptions = {}): Promise<void> {
    const flags = toFlags(options, deleteFlags)
    return invokeBlocking(ownerOf(this), options, () => { runSync(this.gobject, 'deleteSnapshot', flags) }, { target: this.gobject, call: 'deleteSnapshot', flags, decode: toVoid })
  }
}
