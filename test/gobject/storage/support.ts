/** Shared set-up for the storage specs: a private libvirtd and a raw GVirConnection to it. */
import { callAsync, init } from '../../../glib/index.js'
import { gi, type LibvirtGObject } from '../../../lib/gi.js'
import { wrapObject } from '../../../gobject/object.js'
import { Stream } from '../../../gobject/stream.js'
import { StoragePool } from '../../../gobject/storage-pool.js'
import { withGConfig } from '../../../gobject/config.js'
import { Libvirtd } from '../../support/libvirtd.js'

/** A daemon, an open GVirConnection on its QEMU URI, and helpers to make pools and streams. */
export interface StorageHost {
  readonly daemon: Libvirtd
  readonly gconn: LibvirtGObject.Connection
  /** Defines (persistent) a directory pool over a fresh folder of the daemon. */
  definePool(name: string): Promise<{ pool: StoragePool; dir: string }>
  /** A fresh libvirt stream on the connection. */
  stream(): Stream
  close(): Promise<void>
}

export async function startStorageHost(): Promise<StorageHost> {
  init()
  const daemon = await Libvirtd.start()
  const { LibvirtGObject, LibvirtGConfig } = gi()
  const gconn = LibvirtGObject.Connection.new(daemon.qemuUri)
  await callAsync(gconn, 'open', [])
  return {
    daemon,
    gconn,
    async definePool(name) {
      const dir = daemon.mkdir(`pools/${name}`)
      const xml = `<pool type='dir'><name>${name}</name><target><path>${dir}</path></target></pool>`
      const gpool = withGConfig(LibvirtGConfig.StoragePool, xml, (conf) => gconn.createStoragePool(conf, 0))
      return { pool: wrapObject(gpool, StoragePool), dir }
    },
    stream: () => wrapObject(gconn.getStream(0), Stream),
    async close() {
      gconn.close()
      await daemon.stop()
    },
  }
}

/** A raw volume config of `bytes` bytes. */
export function rawVolume(name: string, bytes: number): string {
  return `<volume><name>${name}</name><capacity unit='bytes'>${bytes}</capacity><target><format type='raw'/></target></volume>`
}
