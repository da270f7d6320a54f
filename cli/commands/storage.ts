/**
 * Storage commands: pool-list, vol-list, vol-upload, vol-download.
 * @module
 */
import { createReadStream, createWriteStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { pipeline } from 'node:stream/promises'
import type { Command } from '../command.js'
import type { Context } from '../context.js'
import { findPool, findVolume } from '../lookup.js'
import type { StorageVolTransferOptions } from '../../lib/index.js'
import { bytes, printResult, table } from '../output.js'
import { progressReporter } from '../progress.js'

const poolList: Command = {
  name: 'pool-list',
  usage: '',
  summary: 'list storage pools',
  arity: [0, 0],
  async run(ctx) {
    const conn = await ctx.connection()
    await conn.fetchStoragePools()
    const rows = await Promise.all(conn.getStoragePools().map(async (p) => {
      const info = await p.getInfo()
      return {
        name: p.name, uuid: p.uuid, state: info.state, active: p.active, persistent: p.persistent,
        autostart: await p.getAutostart(), capacity: info.capacity, allocation: info.allocation, available: info.available,
      }
    }))
    rows.sort((a, b) => a.name.localeCompare(b.name))
    printResult(ctx.out, rows, () => table(['Name', 'State', 'Autostart', 'Capacity', 'Available'],
      rows.map((r) => [r.name, r.state, r.autostart ? 'yes' : 'no', bytes(r.capacity), bytes(r.available)])))
  },
}

const volList: Command = {
  name: 'vol-list',
  usage: 'POOL',
  summary: 'list the volumes of a storage pool',
  arity: [1, 1],
  async run(ctx, { positionals }) {
    const pool = await findPool(await ctx.connection(), positionals[0] ?? '')
    await pool.fetchVolumes()
    const rows = await Promise.all(pool.getVolumes().map(async (v) => {
      const info = await v.getInfo()
      return { name: v.name, path: await v.getPath(), type: info.type, capacity: info.capacity, allocation: info.allocation }
    }))
    rows.sort((a, b) => a.name.localeCompare(b.name))
    printResult(ctx.out, rows, () => table(['Name', 'Path', 'Capacity'], rows.map((r) => [r.name, r.path, bytes(r.capacity)])))
  },
}

/** Progress for a transfer: a bar or lines on stdout in text mode, nothing with `--json`. */
function progressOptions(ctx: Context, label: string): { options: StorageVolTransferOptions; finish(total: number): void } {
  if (ctx.out.json) return { options: { signal: ctx.signal }, finish: () => undefined }
  const reporter = progressReporter(label, ctx.out.stdout)
  return { options: { signal: ctx.signal, onProgress: (p) => reporter.update(p) }, finish: (n) => reporter.done(n) }
}

const volUpload: Command = {
  name: 'vol-upload',
  usage: 'POOL VOL FILE',
  summary: "write FILE's bytes into a volume (a progress bar on a terminal, plain lines when piped)",
  arity: [3, 3],
  async run(ctx, { positionals }) {
    const [poolName = '', volName = '', file = ''] = positionals
    const { size } = await stat(file)
    const conn = await ctx.connection()
    const vol = await findVolume(await findPool(conn, poolName), volName)
    const progress = progressOptions(ctx, 'vol-upload')
    const sink = await vol.upload({ ...progress.options, total: size })
    await pipeline(createReadStream(file), sink, { signal: ctx.signal })
    progress.finish(size)
    printResult(ctx.out, { pool: poolName, volume: vol.name, file, bytes: size }, () => `Uploaded ${size} bytes from ${file} to ${poolName}/${vol.name}`)
  },
}

const volDownload: Command = {
  name: 'vol-download',
  usage: 'POOL VOL FILE',
  summary: "write a volume's bytes into FILE (a progress bar on a terminal, plain lines when piped)",
  arity: [3, 3],
  async run(ctx, { positionals }) {
    const [poolName = '', volName = '', file = ''] = positionals
    const conn = await ctx.connection()
    const vol = await findVolume(await findPool(conn, poolName), volName)
    const progress = progressOptions(ctx, 'vol-download')
    const source = await vol.download(progress.options)
    let count = 0
    source.on('data', (chunk: Buffer) => { count += chunk.length })
    await pipeline(source, createWriteStream(file), { signal: ctx.signal })
    progress.finish(count)
    printResult(ctx.out, { pool: poolName, volume: vol.name, file, bytes: count }, () => `Downloaded ${count} bytes from ${poolName}/${vol.name} to ${file}`)
  },
}

/** The storage commands. */
export const storageCommands: readonly Command[] = [poolList, volList, volUpload, volDownload]
