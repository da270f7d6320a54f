/**
 * virsh's domain monitoring and identity commands: domstate, domid, domuuid, domname,
 * dominfo, domblklist, domiflist, domblkstat, domifstat, dommemstat, vcpuinfo. Text as
 * virsh 9.0 prints it (blank line after each), `--json` gvir's own documents.
 * @module
 */
import type { Domain, DomainMemoryStats } from '../../lib/index.js'
import type { Command } from '../command.js'
import type { Context } from '../context.js'
import { findDomain } from '../lookup.js'
import { infoLines, printResult, tableText } from '../output.js'
import { cpuSeconds, reasonText, stateText } from '../virsh-words.js'

async function domainArg(ctx: Context, ref: string | undefined): Promise<Domain> {
  return findDomain(await ctx.connection(), ref ?? '')
}

const domstate: Command = {
  name: 'domstate',
  usage: 'DOMAIN',
  summary: 'domain state',
  options: { reason: { type: 'boolean', help: 'also print the reason for the state' } },
  arity: [1, 1],
  async run(ctx, { positionals, values }) {
    const dom = await domainArg(ctx, positionals[0])
    const { state, reason } = await dom.getState()
    const data = { name: dom.name, state, reason, reasonText: reasonText(state, reason) }
    printResult(ctx.out, data, () => `${stateText(state)}${values.reason ? ` (${data.reasonText})` : ''}`)
  },
}

const domid: Command = {
  name: 'domid',
  usage: 'DOMAIN',
  summary: 'convert a domain name or UUID to domain id',
  arity: [1, 1],
  async run(ctx, { positionals }) {
    const dom = await domainArg(ctx, positionals[0])
    const id = dom.id
    printResult(ctx.out, { name: dom.name, id }, () => `${id >= 0 ? id : '-'}`)
  },
}

const domuuid: Command = {
  name: 'domuuid',
  usage: 'DOMAIN',
  summary: 'convert a domain name or id to domain UUID',
  arity: [1, 1],
  async run(ctx, { positionals }) {
    const dom = await domainArg(ctx, positionals[0])
    printResult(ctx.out, { name: dom.name, uuid: dom.uuid }, () => `${dom.uuid}`)
  },
}

const domname: Command = {
  name: 'domname',
  usage: 'DOMAIN',
  summary: 'convert a domain id or UUID to domain name',
  arity: [1, 1],
  async run(ctx, { positionals }) {
    const dom = await domainArg(ctx, positionals[0])
    printResult(ctx.out, { name: dom.name, uuid: dom.uuid }, () => `${dom.name}`)
  },
}

const dominfo: Command = {
  name: 'dominfo',
  usage: 'DOMAIN',
  summary: 'domain information',
  arity: [1, 1],
  async run(ctx, { positionals }) {
    const conn = await ctx.connection()
    const dom = await findDomain(conn, positionals[0] ?? '')
    const [info, osType, persistent, autostart, managedSave, model] = await Promise.all([
      dom.getInfo(), dom.getOsType(), dom.getPersistent(), dom.getAutostart(), dom.getSaved(), conn.getSecurityModel(),
    ])
    const label = model ? await dom.getSecurityLabel() : null
    const id = dom.id
    const data = {
      id, name: dom.name, uuid: dom.uuid, osType, state: info.state, nrVirtCpu: info.nrVirtCpu, cpuTime: info.cpuTime,
      maxMem: info.maxMem, memory: info.memory, persistent, autostart, managedSave,
      securityModel: model?.model ?? null, securityDoi: model?.doi ?? null, securityLabel: label,
    }
    printResult(ctx.out, data, () => {
      const lines: [string, string | number][] = [
        ['Id', id >= 0 ? id : '-'], ['Name', data.name], ['UUID', data.uuid], ['OS Type', osType], ['State', stateText(info.state)],
        ['CPU(s)', info.nrVirtCpu],
      ]
      if (info.cpuTime !== 0n) lines.push(['CPU time', cpuSeconds(info.cpuTime)])
      lines.push(['Max memory', `${info.maxMem / 1024} KiB`], ['Used memory', `${info.memory / 1024} KiB`], ['Persistent', persistent ? 'yes' : 'no'],
        ['Autostart', autostart ? 'enable' : 'disable'], ['Managed save', managedSave ? 'yes' : 'no'])
      if (model) {
        lines.push(['Security model', model.model], ['Security DOI', model.doi])
        if (label) lines.push(['Security label', `${label.label} (${label.enforcing ? 'enforcing' : 'permissive'})`])
      }
      return infoLines(lines)
    })
  },
}

const domblklist: Command = {
  name: 'domblklist',
  usage: 'DOMAIN',
  summary: 'list all domain blocks',
  options: {
    inactive: { type: 'boolean', help: 'the disks of the next boot, not the running ones' },
    details: { type: 'boolean', help: 'also the disk type and device' },
  },
  arity: [1, 1],
  async run(ctx, { positionals, values }) {
    const dom = await domainArg(ctx, positionals[0])
    const config = await dom.getConfig({ inactive: values.inactive === true })
    const rows = config.disks.toArray().map((d) => ({
      type: d.get('@type') ?? null,
      device: d.get('@device') ?? 'disk',
      target: d.get('target/@dev') ?? null,
      source: d.get('source/@file') ?? d.get('source/@dev') ?? d.get('source/@dir') ?? d.get('source/@volume') ??
        (d.get('source/@name') === undefined ? null : `${d.get('source/@protocol') ?? ''}${d.get('source/@protocol') ? '/' : ''}${d.get('source/@name') ?? ''}`),
    }))
    printResult(ctx.out, rows, () => values.details
      ? tableText(['Type', 'Device', 'Target', 'Source'], rows.map((r) => [r.type ?? '-', r.device, r.target ?? '-', r.source ?? '-']))
      : tableText(['Target', 'Source'], rows.map((r) => [r.target ?? '-', r.source ?? '-'])))
  },
}

const domiflist: Command = {
  name: 'domiflist',
  usage: 'DOMAIN',
  summary: 'list all domain virtual interfaces',
  options: { inactive: { type: 'boolean', help: 'the interfaces of the next boot' } },
  arity: [1, 1],
  async run(ctx, { positionals, values }) {
    const dom = await domainArg(ctx, positionals[0])
    const config = await dom.getConfig({ inactive: values.inactive === true })
    const rows = config.interfaces.toArray().map((i) => ({
      interface: i.get('target/@dev') ?? null,
      type: i.get('@type') ?? null,
      source: i.get('source/@bridge') ?? i.get('source/@dev') ?? i.get('source/@network') ?? i.get('source/@path') ?? null,
      model: i.get('model/@type') ?? null,
      mac: i.get('mac/@address') ?? null,
    }))
    printResult(ctx.out, rows, () => tableText(['Interface', 'Type', 'Source', 'Model', 'MAC'],
      rows.map((r) => [r.interface ?? '-', r.type ?? '-', r.source ?? '-', r.model ?? '-', r.mac ?? '-'])))
  },
}

/** virsh's names for libvirt's block statistics fields (virsh-domain-monitor.c's domblkstat_output). */
const blkNames: Readonly<Record<string, string>> = {
  rd_operations: 'rd_req', wr_operations: 'wr_req', rd_bytes: 'rd_bytes', wr_bytes: 'wr_bytes', errs: 'errs',
  flush_operations: 'flush_operations', rd_total_times: 'rd_total_times', wr_total_times: 'wr_total_times', flush_total_times: 'flush_total_times',
}
const blkOrder = ['rd_operations', 'rd_bytes', 'wr_operations', 'wr_bytes', 'flush_operations', 'rd_total_times', 'wr_total_times', 'flush_total_times', 'errs']

const domblkstat: Command = {
  name: 'domblkstat',
  usage: 'DOMAIN [DEVICE]',
  summary: 'get device block stats for a domain',
  arity: [1, 2],
  async run(ctx, { positionals }) {
    const dom = await domainArg(ctx, positionals[0])
    const device = positionals[1] ?? ''
    const stats = await dom.getBlockStats(device)
    const keys = [...blkOrder.filter((k) => k in stats), ...Object.keys(stats).filter((k) => !blkOrder.includes(k))]
    printResult(ctx.out, { name: dom.name, device, stats }, () =>
      `${keys.map((k) => `${device}${device ? ' ' : ''}${blkNames[k] ?? k} ${stats[k]}`).join('\n')}`)
  },
}

const domifstat: Command = {
  name: 'domifstat',
  usage: 'DOMAIN INTERFACE',
  summary: 'get network interface stats for a domain',
  arity: [2, 2],
  async run(ctx, { positionals }) {
    const dom = await domainArg(ctx, positionals[0])
    const iface = positionals[1] ?? ''
    const s = await dom.getInterfaceStats(iface)
    const rows: [string, bigint][] = [['rx_bytes', s.rxBytes], ['rx_packets', s.rxPackets], ['rx_errs', s.rxErrs], ['rx_drop', s.rxDrop],
      ['tx_bytes', s.txBytes], ['tx_packets', s.txPackets], ['tx_errs', s.txErrs], ['tx_drop', s.txDrop]]
    printResult(ctx.out, { name: dom.name, interface: iface, stats: s }, () =>
      `${rows.filter(([, v]) => v >= 0n).map(([k, v]) => `${iface} ${k} ${v}`).join('\n')}`)
  },
}

/** virsh's names and order for memory statistics, and which gvir reports in bytes (virsh prints KiB). */
const memNames: readonly [keyof DomainMemoryStats, string, boolean][] = [
  ['swapIn', 'swap_in', true], ['swapOut', 'swap_out', true], ['majorFault', 'major_fault', false], ['minorFault', 'minor_fault', false],
  ['unused', 'unused', true], ['available', 'available', true], ['actual', 'actual', true], ['rss', 'rss', true], ['usable', 'usable', true],
  ['lastUpdate', 'last_update', false], ['diskCaches', 'disk_caches', true], ['hugetlbPgalloc', 'hugetlb_pgalloc', false],
  ['hugetlbPgfail', 'hugetlb_pgfail', false],
]
/** The order virsh prints them in (actual first, rss last). */
const memOrder = ['actual', 'swapIn', 'swapOut', 'majorFault', 'minorFault', 'unused', 'available', 'usable', 'lastUpdate', 'diskCaches', 'hugetlbPgalloc', 'hugetlbPgfail', 'rss']

const dommemstat: Command = {
  name: 'dommemstat',
  usage: 'DOMAIN',
  summary: 'get memory statistics for a domain',
  arity: [1, 1],
  async run(ctx, { positionals }) {
    const dom = await domainArg(ctx, positionals[0])
    const stats = await dom.getMemoryStats()
    printResult(ctx.out, { name: dom.name, stats }, () => {
      const lines = memOrder.flatMap((key) => {
        const entry = memNames.find(([k]) => k === key)
        const value = stats[key as keyof DomainMemoryStats]
        if (!entry || value === undefined) return []
        return [`${entry[1]} ${entry[2] ? Math.floor(value / 1024) : value}`]
      })
      return lines.join('\n')
    })
  },
}

const vcpuinfo: Command = {
  name: 'vcpuinfo',
  usage: 'DOMAIN',
  summary: 'detailed domain vcpu information',
  arity: [1, 1],
  async run(ctx, { positionals }) {
    const dom = await domainArg(ctx, positionals[0])
    const vcpus = await dom.getVcpus()
    printResult(ctx.out, vcpus, () => vcpus.map((v) => infoLines([
      ['VCPU', v.number], ['CPU', v.cpu ?? 'N/A'], ['State', v.state ?? 'N/A'], // virsh 9.0 prints the inactive form's label without its colon.
      v.cpuTime === null ? ['CPU time       ', 'N/A'] as [string, string] : ['CPU time', cpuSeconds(v.cpuTime)],
      ['CPU Affinity', v.affinity.map((a) => (a ? 'y' : '-')).join('')],
    ])).join('\n\n'))
  },
}

/** The domain monitoring and identity commands, one entry each. */
export const domainMonitorCommands: readonly Command[] = [domstate, domid, domuuid, domname, dominfo, domblklist, domiflist, domblkstat, domifstat, dommemstat, vcpuinfo]
