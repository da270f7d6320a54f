/** Shared set-up for the storage specs: a private libvirtd and a gvir Connection to it. */
import { Connection } from '../../../gobject/connection.js'
import type { StoragePool } from '../../../gobject/storage-pool.js'
import type { Stream } from '../../../gobject/stream.js'
import { Libvirtd } from '../../support/libvirtd.js'

/** A daemon, an open Connection on its QEMU URI, and helpers to make pools and streams. */
export interface StorageHost {
  readonly daemon: Libvirtd
  readonly conn: Connection
  /** Defines (persistent) a directory pool over a fresh folder of the daemon. */
  definePool(name: string): Promise<{ pool: StoragePool; dir: string }>
  /** A fresh libvirt stream on the connection. */
  stream(): Promise<Stream>
  close(): Promise<void>
}

export async function startStorageHost(): Promise<StorageHost> {
  const daemon = await Libvirtd.start()
  const conn = await Connection.open(daemon.qemuUri)
  return {
    daemon,
    conn,
    async definePool(name) {
      const dir = daemon.mkdir(`pools/${name}`)
      const pool = await conn.createStoragePool(`<pool type='dir'><name>${name}</name><target><path>${dir}</path></target></pool>`)
      return { pool, dir }
    },
    stream: () => conn.getStream(),
    async close() {
      conn.close()
      await daemon.stop()
    },
  }
}

/** A raw volume config of `bytes` bytes. */
export function rawVolume(name: string, bytes: number): string {
  return `<volume><name>${name}</name><capacity unit='bytes'>${bytes}</capacity><target><format type='raw'/></target></volume>`
}
