/**
 * Every device class, the tag → class map `Domain.devices` uses, and `DomainDevice`, the
 * generic view that keeps devices gvir has no class for.
 * @module
 */
import { codec, defineElement, prop, type ConfigClass, type ConfigObject } from '../../core/index.js'
import { deviceCommon } from '../common.js'
import { DomainAudio } from './audio.js'
import { DomainChannel, DomainConsole, DomainParallel, DomainSerial } from './chardev.js'
import { DomainController } from './controller.js'
import { DomainCrypto } from './crypto.js'
import { DomainDisk } from './disk.js'
import { DomainFilesys } from './filesystem.js'
import { DomainGraphics } from './graphics.js'
import { DomainHostdev } from './hostdev.js'
import { DomainHub } from './hub.js'
import { DomainInput } from './input.js'
import { DomainInterface } from './interface.js'
import { DomainIommu } from './iommu.js'
import { DomainLease } from './lease.js'
import { DomainMemballoon } from './memballoon.js'
import { DomainMemory } from './memory.js'
import { DomainNvram } from './nvram.js'
import { DomainPanic } from './panic.js'
import { DomainPstore } from './pstore.js'
import { DomainRedirdev, DomainRedirfilter } from './redirdev.js'
import { DomainRng } from './rng.js'
import { DomainShmem } from './shmem.js'
import { DomainSmartcard } from './smartcard.js'
import { DomainSound } from './sound.js'
import { DomainTpm } from './tpm.js'
import { DomainVideo } from './video.js'
import { DomainVsock } from './vsock.js'
import { DomainWatchdog } from './watchdog.js'

/** Any child of `<devices>` gvir has no class for: its alias and address stay typed. */
export class DomainDevice extends defineElement('', { ...deviceCommon }) {}

/** `<emulator>`: the device model binary (a child of `<devices>`, not a device). */
export class DomainEmulator extends defineElement('emulator', {
  /** Binary path. */
  path: prop('.', codec.string),
}) {}

/** The class that views each child of `<devices>`, by tag. */
export const deviceClasses: Record<string, ConfigClass<ConfigObject>> = {
  emulator: DomainEmulator,
  disk: DomainDisk,
  controller: DomainController,
  lease: DomainLease,
  filesystem: DomainFilesys,
  interface: DomainInterface,
  smartcard: DomainSmartcard,
  serial: DomainSerial,
  parallel: DomainParallel,
  console: DomainConsole,
  channel: DomainChannel,
  input: DomainInput,
  tpm: DomainTpm,
  graphics: DomainGraphics,
  sound: DomainSound,
  audio: DomainAudio,
  video: DomainVideo,
  hostdev: DomainHostdev,
  redirdev: DomainRedirdev,
  redirfilter: DomainRedirfilter,
  hub: DomainHub,
  watchdog: DomainWatchdog,
  memballoon: DomainMemballoon,
  rng: DomainRng,
  panic: DomainPanic,
  shmem: DomainShmem,
  memory: DomainMemory,
  iommu: DomainIommu,
  vsock: DomainVsock,
  crypto: DomainCrypto,
  pstore: DomainPstore,
  nvram: DomainNvram,
}

/** libvirt's order of the children of `<devices>` (virDomainDefFormatInternal). */
export const deviceOrder = Object.keys(deviceClasses)

export * from './audio.js'
export * from './chardev.js'
export * from './controller.js'
export * from './crypto.js'
export * from './disk-source.js'
export * from './disk.js'
export * from './filesystem.js'
export * from './graphics.js'
export * from './hostdev.js'
export * from './hub.js'
export * from './input.js'
export * from './interface.js'
export * from './iommu.js'
export * from './lease.js'
export * from './memballoon.js'
export * from './memory.js'
export * from './nvram.js'
export * from './panic.js'
export * from './pstore.js'
export * from './redirdev.js'
export * from './rng.js'
export * from './shmem.js'
export * from './smartcard.js'
export * from './sound.js'
export * from './tpm.js'
export * from './video.js'
export * from './vsock.js'
export * from './watchdog.js'
