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
import { prettyCapacity, printResult, tableText } from '../output.js'
import { progressReporter } from '../progress.js'

const poolList: Command = {
  name: 'pool-list',
  usage: '',
  summary: 'list pools',
  options: {
    inactive: { type: 'boolean', help: 'list inactive pools' },
    all: { type: 'boolean', help: 'list inactive & active pools' },
    transient: { type: 'boolean', help: 'list transient pools' },
    persistent: { type: 'boolean', help: 'list persistent pools' },
    autostart: { type: 'boolean', help: 'list pools with autostart enabled' },
    'no-autostart': { type: 'boolean', help: 'list pools with autostart disabled' },
    details: { type: 'boolean', help: 'display extended details for pools' },
    name: { type: 'boolean', help: 'list pool names only' },
    uuid: { type: 'boolean', help: 'list UUID of active pools only' },
  },
  arity: [0, 0],
  async run(ctx, { values }) {
    const conn = await ctx.connection()
    await conn.fetchStoragePools()
    const v = (k: string): boolean => values[k] === true
    const rows = (await Promise.all(conn.getStoragePools().map(async (p) => {
      const [info, active, persistent, autostart] = await Promise.all([p.getInfo(), p.isActive(), p.isPersistent(), p.getAutostart()])
      return {
        name: p.name, uuid: p.uuid, state: info.state, active, persistent, autostart,
        capacity: info.capacity, allocation: info.allocation, available: info.available,
      }
    }))).filter((r) => (v('all') || (v('inactive') ? !r.active : r.active)) &&
      !(v('persistent') && !v('transient') && !r.persistent) && !(v('transient') && !v('persistent') && r.persistent) &&
      !(v('autostart') && !v('no-autostart') && !r.autostart) && !(v('no-autostart') && !v('autostart') && r.autostart))
    rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    const yes = (b: boolean): string => (b ? 'yes' : 'no')
    printResult(ctx.out, rows, () => {
      // virsh pads a name to 20 columns (`%-20s`).
      if (v('name') || v('uuid')) return rows.map((r) => (v('uuid') && v('name') ? `${r.uuid} ${r.name.padEnd(20)}` : v('uuid') ? r.uuid : r.name.padEnd(20))).join('\n')
      if (v('details')) {
        return tableText(['Name', 'State', 'Autostart', 'Persistent', 'Capacity', 'Allocation', 'Available'], rows.map((r) => [
          r.name, r.state, yes(r.autostart), yes(r.persistent),
          ...(r.active ? [prettyCapacity(r.capacity), prettyCapacity(r.allocation), prettyCapacity(r.available)] : ['-', '-', '-']),
        ]))
      }
      return tableText(['Name', 'State', 'Autostart'], rows.map((r) => [r.name, r.active ? 'active' : 'inactive', yes(r.autostart)]))
    })
  },
}

const volList: Command = {
  name: 'vol-list',
  usage: 'POOL',
  summary: 'list vols',
  options: { details: { type: 'boolean', help: 'display extended details for volumes' } },
  arity: [1, 1],
  async run(ctx, { positionals, values }) {
    const pool = await findPool(await ctx.connection(), positionals[0] ?? '')
    await pool.fetchVolumes()
    const rows = await Promise.all(pool.getVolumes().map(async (v) => {
      const info = await v.getInfo()
      return { name: v.name, path: await v.getPath(), type: info.type, capacity: info.capacity, allocation: info.allocation }
    }))
    rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    printResult(ctx.out, rows, () => values.details
      ? tableText(['Name', 'Path', 'Type', 'Capacity', 'Allocation'], rows.map((r) => [r.name, r.path, r.type, prettyCapacity(r.capacity), prettyCapacity(r.allocation)]))
      : tableText(['Name', 'Path'], rows.map((r) => [r.name, r.path])))
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
