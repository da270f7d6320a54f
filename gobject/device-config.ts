/**
 * Which GVirConfig class parses a device's XML for `Domain.updateDevice()`. libvirt-glib
 * only serialises the object again, so any GVirConfigDomainDevice class whose root element
 * matches will do.
 * @module
 */
import { VirError, VirErrorCode } from '../glib/index.js'
import { gi, type LibvirtGConfig } from '../lib/gi.js'
import type { GConfigClass } from './config.js'

type DeviceClass = GConfigClass<LibvirtGConfig.DomainDevice>

function table(): Record<string, DeviceClass | undefined> {
  const c = gi().LibvirtGConfig
  return {
    disk: c.DomainDisk,
    interface: c.DomainInterfaceNetwork,
    filesystem: c.DomainFilesys,
    controller: c.DomainControllerUsb,
    graphics: c.DomainGraphicsVnc,
    input: c.DomainInput,
    hostdev: c.DomainHostdevPci,
    channel: c.DomainChannel,
    console: c.DomainConsole,
    serial: c.DomainSerial,
    parallel: c.DomainParallel,
    redirdev: c.DomainRedirdev,
    smartcard: c.DomainSmartcardHost,
    sound: c.DomainSound,
    video: c.DomainVideo,
    memballoon: c.DomainMemballoon,
  } as Record<string, DeviceClass | undefined>
}

/** The GVirConfig class for the device whose XML is `xml`, by its root element. */
export function deviceConfigClass(xml: string): DeviceClass {
  const root = /^\s*(?:<\?[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<([A-Za-z_][\w.-]*)/.exec(xml)?.[1]
  const cls = root === undefined ? undefined : table()[root]
  if (!cls) {
    throw new VirError(`Unable to update device: unsupported device element <${root ?? '?'}>`, { code: VirErrorCode.VIR_ERR_INVALID_ARG, operation: 'Unable to update device' })
  }
  return cls
}
