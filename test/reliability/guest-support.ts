// Shared by the specs that run a real QEMU guest (TCG) under a private libvirtd: the issue's
// small guest built with gconfig, and waiting for one value of an Observable.
import { filter, firstValueFrom, timeout, type Observable } from 'rxjs'
import {
  Domain as DomainConfig, DomainGraphics, DomainGraphicsListen, DomainMemballoon, DomainOs, DomainVideo,
} from '../../gconfig/domain/index.js'

/** The issue's small guest: type qemu, 64 MiB, machine pc, no disk, VNC on 127.0.0.1, VGA, no balloon. */
export function smallGuest(name: string): DomainConfig {
  const c = new DomainConfig()
  c.type = 'qemu'
  c.name = name
  c.memory = 64 * 2 ** 20
  c.vcpu = 1
  const os = new DomainOs()
  os.type = 'hvm'
  os.arch = 'x86_64'
  os.machine = 'pc'
  c.os = os
  const vnc = new DomainGraphics()
  vnc.type = 'vnc'
  vnc.autoport = true
  const listen = new DomainGraphicsListen()
  listen.type = 'address'
  listen.address = '127.0.0.1'
  vnc.listens.add(listen)
  c.devices.add(vnc)
  const video = new DomainVideo()
  video.modelType = 'vga'
  c.devices.add(video)
  const balloon = new DomainMemballoon()
  balloon.model = 'none'
  c.devices.add(balloon)
  return c
}

/** The first value of `obs` that `pick` accepts, subscribed now, failing after `ms`. */
export function awaitFirst<T>(obs: Observable<T>, pick: (v: T) => boolean, ms = 15_000): Promise<T> {
  return firstValueFrom(obs.pipe(filter(pick), timeout(ms)))
}

/**
 * Calls `read` every 100 ms until `done` accepts its value, and gives that value; throws,
 * naming `what` and the last value, after `ms`.
 */
export async function poll<T>(read: () => Promise<T>, done: (v: T) => boolean, ms: number, what: string): Promise<T> {
  const end = performance.now() + ms
  for (;;) {
    const value = await read()
    if (done(value)) return value
    if (performance.now() > end) {
      throw new Error(`${what}: not seen within ${ms} ms (last: ${JSON.stringify(value, (_, v: unknown) => typeof v === 'bigint' ? `${v}n` : v)})`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
