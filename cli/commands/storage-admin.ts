/**
 * virsh's storage pool and volume commands beyond the listings: pool-info, pool-define,
 * pool-build, pool-start, pool-destroy, pool-undefine, pool-autostart, pool-refresh,
 * pool-dumpxml; vol-create-as, vol-create, vol-delete, vol-info, vol-dumpxml, vol-path,
 * vol-resize. A volume is named as virsh names it: `VOL --pool POOL`, or its path alone.
 * @module
 */
import { readFile } from 'node:fs/promises'
import { gconfig, VirError, VirErrorCode, type StoragePool, type StorageVol } from '../../lib/index.js'
import { UsageError, type Command, type ParsedArgs } from '../command.js'
import type { Context } from '../context.js'
import { findPool, findVolume } from '../lookup.js'
import { CommandError, infoLines, prettyCapacity, printResult } from '../output.js'
import { scaledBytes } from './domain-manage.js'
import { readXmlFile } from '../xml-file.js'

/** virsh's word for a pool state in pool-info and pool-list --details. */
export function poolStateText(state: string): string {
  return state
}

async function poolArg(ctx: Context, name: string | undefined): Promise<StoragePool> {
  return findPool(await ctx.connection(), name ?? '')
}

/** The volume `ref` of `--pool`, or, without it, the volume whose path (or name, in one pool) is `ref`. */
async function volumeArg(ctx: Context, ref: string | undefined, values: ParsedArgs['values']): Promise<{ pool: StoragePool; vol: StorageVol }> {
  const conn = await ctx.connection()
  const name = ref ?? ''
  if (typeof values.pool === 'string') {
    const pool = await findPool(conn, values.pool)
    return { pool, vol: await findVolume(pool, name) }
  }
  await conn.fetchStoragePools()
  for (const pool of conn.getStoragePools()) {
    if (!(await pool.isActive())) continue
    await pool.fetchVolumes()
    for (const vol of pool.getVolumes()) {
      if (vol.name === name || (await vol.getPath()) === name) return { pool, vol }
    }
  }
  throw new CommandError(`failed to get vol '${name}'`, new VirError(`Storage volume not found: no storage vol with matching path '${name}'`, { code: VirErrorCode.VIR_ERR_NO_STORAGE_VOL }))
}

const poolOption = { pool: { type: 'string' as const, help: 'pool name or uuid', value: 'POOL' } }

const poolInfo: Command = {
  name: 'pool-info',
  usage: 'POOL',
  summary: 'storage pool information',
  options: { bytes: { type: 'boolean', help: 'Reture pool info in bytes' } },
  arity: [1, 1],
  async run(ctx, { positionals, values }) {
    const pool = await poolArg(ctx, positionals[0])
    const [info, persistent, autostart] = await Promise.all([pool.getInfo(), pool.isPersistent(), pool.getAutostart()])
    const size = (n: number): string => (values.bytes ? String(n) : prettyCapacity(n))
    const active = info.state !== 'inactive'
    const data = { name: pool.name, uuid: pool.uuid, state: info.state, persistent, autostart, capacity: info.capacity, allocation: info.allocation, available: info.available }
    printResult(ctx.out, data, () => infoLines([
      ['Name', pool.name], ['UUID', pool.uuid], ['State', poolStateText(info.state)], ['Persistent', persistent ? 'yes' : 'no'],
      ['Autostart', autostart ? 'yes' : 'no'],
      ...(active ? [['Capacity', size(info.capacity)], ['Allocation', size(info.allocation)], ['Available', size(info.available)]] as [string, string][] : []),
    ]))
  },
}

const poolDefine: Command = {
  name: 'pool-define',
  usage: 'FILE',
  summary: 'define an inactive persistent storage pool from an XML file',
  arity: [1, 1],
  async run(ctx, { positionals }) {
    const file = positionals[0] ?? ''
    const config = await readXmlFile(file, gconfig.StoragePool)
    let pool: StoragePool
    try {
      pool = await (await ctx.connection()).createStoragePool(config)
    } catch (err) {
      throw new CommandError(`Failed to define pool from ${file}`, err)
    }
    printResult(ctx.out, { name: pool.name, uuid: pool.uuid }, () => `Pool ${pool.name} defined from ${file}`)
  },
}

/** A pool verb: what it calls, what virsh says after it, and what before libvirt's error. */
function poolVerb(name: string, summary: string, done: string, failed: string, act: (pool: StoragePool, values: ParsedArgs['values']) => Promise<void>,
  options?: Command['options']): Command {
  return {
    name, usage: 'POOL', summary, arity: [1, 1], ...(options ? { options } : {}),
    async run(ctx, { positionals, values }) {
      const pool = await poolArg(ctx, positionals[0])
      const poolName = pool.name
      try {
        await act(pool, values)
      } catch (err) {
        throw new CommandError(`Failed to ${failed} pool ${poolName}`, err)
      }
      printResult(ctx.out, { name: poolName, action: name }, () => `Pool ${poolName} ${done}`)
    },
  }
}

const poolAutostart: Command = {
  name: 'pool-autostart',
  usage: 'POOL',
  summary: 'autostart a pool',
  options: { disable: { type: 'boolean', help: 'disable autostarting' } },
  arity: [1, 1],
  async run(ctx, { positionals, values }) {
    const pool = await poolArg(ctx, positionals[0])
    const on = values.disable !== true
    try {
      await pool.setAutostart(on)
    } catch (err) {
      throw new CommandError(on ? `failed to mark pool ${pool.name} as autostarted` : `failed to unmark pool ${pool.name} as autostarted`, err)
    }
    printResult(ctx.out, { name: pool.name, autostart: on }, () => `Pool ${pool.name} ${on ? 'marked' : 'unmarked'} as autostarted`)
  },
}

const poolDumpxml: Command = {
  name: 'pool-dumpxml',
  usage: 'POOL',
  summary: 'pool information in XML',
  options: { inactive: { type: 'boolean', help: 'show inactive defined XML' } },
  arity: [1, 1],
  async run(ctx, { positionals, values }) {
    const pool = await poolArg(ctx, positionals[0])
    const xml = (await pool.getConfig({ inactive: values.inactive === true })).toXml()
    printResult(ctx.out, { name: pool.name, xml }, () => xml)
  },
}

/** The `<volume>` document vol-create-as describes. */
function volumeXml(name: string, capacity: number, allocation: number | undefined, format: string | undefined): gconfig.StorageVol {
  const vol = new gconfig.StorageVol()
  vol.name = name
  vol.set('capacity', String(capacity))
  vol.set('capacity/@unit', 'bytes')
  if (allocation !== undefined) {
    vol.set('allocation', String(allocation))
    vol.set('allocation/@unit', 'bytes')
  }
  if (format !== undefined) vol.set('target/format/@type', format)
  return vol
}

const volCreateAs: Command = {
  name: 'vol-create-as',
  usage: 'POOL NAME CAPACITY',
  summary: 'create a volume from a set of args',
  options: {
    allocation: { type: 'string', help: 'initial allocation size, as scaled integer (default bytes)', value: 'SIZE' },
    format: { type: 'string', help: 'file format type raw,bochs,qcow,qcow2,qed,vmdk', value: 'FORMAT' },
    'print-xml': { type: 'boolean', help: 'print XML document, but don\'t define/create' },
  },
  arity: [3, 3],
  async run(ctx, { positionals, values }) {
    const [poolName, name = '', size = ''] = positionals
    const capacity = scaledBytes(size, 'capacity', 1)
    const allocation = typeof values.allocation === 'string' ? scaledBytes(values.allocation, 'allocation', 1) : undefined
    const doc = volumeXml(name, capacity, allocation, typeof values.format === 'string' ? values.format : undefined)
    if (values['print-xml']) {
      const xml = doc.toXml()
      printResult(ctx.out, { xml }, () => xml)
      return
    }
    const pool = await poolArg(ctx, poolName)
    let vol: StorageVol
    try {
      vol = await pool.createVolume(doc)
    } catch (err) {
      throw new CommandError(`Failed to create vol ${name}`, err)
    }
    printResult(ctx.out, { pool: pool.name, name: vol.name }, () => `Vol ${vol.name} created`)
  },
}

const volCreate: Command = {
  name: 'vol-create',
  usage: 'POOL FILE',
  summary: 'create a vol from an XML file',
  arity: [2, 2],
  async run(ctx, { positionals }) {
    const [poolName, file = ''] = positionals
    const pool = await poolArg(ctx, poolName)
    const xml = await readFile(file, 'utf8')
    let vol: StorageVol
    try {
      vol = await pool.createVolume(xml)
    } catch (err) {
      throw new CommandError(`Failed to create vol from ${file}`, err)
    }
    printResult(ctx.out, { pool: pool.name, name: vol.name }, () => `Vol ${vol.name} created from ${file}`)
  },
}

const volDelete: Command = {
  name: 'vol-delete',
  usage: 'VOL',
  summary: 'delete a vol',
  options: poolOption,
  arity: [1, 1],
  async run(ctx, { positionals, values }) {
    const { vol } = await volumeArg(ctx, positionals[0], values)
    const name = positionals[0] ?? vol.name
    try {
      await vol.delete()
    } catch (err) {
      throw new CommandError(`Failed to delete vol ${name}`, err)
    }
    printResult(ctx.out, { name }, () => `Vol ${name} deleted`)
  },
}

const volInfo: Command = {
  name: 'vol-info',
  usage: 'VOL',
  summary: 'storage vol information',
  options: { ...poolOption, bytes: { type: 'boolean', help: 'sizes are represented in bytes rather than pretty units' } },
  arity: [1, 1],
  async run(ctx, { positionals, values }) {
    const { pool, vol } = await volumeArg(ctx, positionals[0], values)
    const info = await vol.getInfo()
    const size = (n: number): string => (values.bytes ? `${n} bytes` : prettyCapacity(n))
    const data = { pool: pool.name, name: vol.name, type: info.type, capacity: info.capacity, allocation: info.allocation }
    printResult(ctx.out, data, () => infoLines([['Name', vol.name], ['Type', info.type], ['Capacity', size(info.capacity)], ['Allocation', size(info.allocation)]]))
  },
}

const volDumpxml: Command = {
  name: 'vol-dumpxml',
  usage: 'VOL',
  summary: 'vol information in XML',
  options: poolOption,
  arity: [1, 1],
  async run(ctx, { positionals, values }) {
    const { vol } = await volumeArg(ctx, positionals[0], values)
    const xml = (await vol.getConfig()).toXml()
    printResult(ctx.out, { name: vol.name, xml }, () => xml)
  },
}

const volPath: Command = {
  name: 'vol-path',
  usage: 'VOL',
  summary: 'returns the volume path for a given volume name or key',
  options: poolOption,
  arity: [1, 1],
  async run(ctx, { positionals, values }) {
    const { vol } = await volumeArg(ctx, positionals[0], values)
    const path = await vol.getPath()
    printResult(ctx.out, { name: vol.name, path }, () => path)
  },
}

const volResize: Command = {
  name: 'vol-resize',
  usage: 'VOL CAPACITY',
  summary: 'resize a vol',
  options: {
    ...poolOption,
    allocate: { type: 'boolean', help: 'allocate the new capacity, rather than leaving it sparse' },
    delta: { type: 'boolean', help: 'use capacity as a delta to current size, rather than the new size' },
    shrink: { type: 'boolean', help: 'allow the resize to shrink the volume' },
  },
  arity: [2, 2],
  async run(ctx, { positionals, values }) {
    const size = positionals[1] ?? ''
    if (size.startsWith('-') && !values.shrink) throw new UsageError('negative size requires --shrink', 'vol-resize')
    const capacity = scaledBytes(size.replace(/^-/, ''), 'capacity', 1)
    const { vol } = await volumeArg(ctx, positionals[0], values)
    try {
      await vol.resize(capacity, { allocate: values.allocate === true, delta: values.delta === true, shrink: values.shrink === true })
    } catch (err) {
      throw new CommandError(`Failed to change size of volume '${vol.name}' to ${size}`, err)
    }
    printResult(ctx.out, { name: vol.name, capacity }, () => `Size of volume '${vol.name}' successfully changed to ${size}`)
  },
}

/** The pool and volume administration commands, one entry each. */
export const storageAdminCommands: readonly Command[] = [
  poolInfo, poolDefine,
  poolVerb('pool-build', 'build a pool', 'built', 'build', (p, v) => p.build({ ...(v.overwrite ? { overwrite: true } : {}), ...(v['no-overwrite'] ? { noOverwrite: true } : {}) }),
    { overwrite: { type: 'boolean', help: 'overwrite any existing data' }, 'no-overwrite': { type: 'boolean', help: 'do not overwrite any existing data' } }),
  poolVerb('pool-start', 'start a (previously defined) inactive pool', 'started', 'start', (p) => p.start()),
  poolVerb('pool-destroy', 'destroy (stop) a pool', 'destroyed', 'destroy', (p) => p.stop()),
  poolVerb('pool-undefine', 'undefine an inactive pool', 'has been undefined', 'undefine', (p) => p.undefine()),
  poolAutostart,
  poolVerb('pool-refresh', 'refresh a pool', 'refreshed', 'refresh', (p) => p.refresh()),
  poolDumpxml, volCreateAs, volCreate, volDelete, volInfo, volDumpxml, volPath, volResize,
]
