/**
 * Network commands: net-list, net-dhcp-leases.
 * @module
 */
import type { Command } from '../command.js'
import { findNetwork } from '../lookup.js'
import { infoLines, printResult, table } from '../output.js'

const netList: Command = {
  name: 'net-list',
  usage: '',
  summary: 'list virtual networks',
  arity: [0, 0],
  async run(ctx) {
    const conn = await ctx.connection()
    // libvirt's own listing and state (libvirt-glib 4.0's GVirNetwork tells neither whether a network runs nor whether it is persistent).
    const nets = await conn.listAllNetworks()
    const rows: { name: string, uuid: string, active: boolean | null, persistent: boolean | null }[] = await Promise.all(nets.map(async (n) => ({
      name: n.name, uuid: n.uuid, active: await n.isActive(), persistent: await n.isPersistent(),
    })))
    rows.sort((a, b) => a.name.localeCompare(b.name))
    const yesNo = (v: boolean | null): string => (v === null ? '-' : v ? 'yes' : 'no')
    printResult(ctx.out, rows, () => table(['Name', 'UUID', 'Active', 'Persistent'], rows.map((r) => [r.name, r.uuid, yesNo(r.active), yesNo(r.persistent)])))
  },
}

const netDhcpLeases: Command = {
  name: 'net-dhcp-leases',
  usage: 'NET',
  summary: "a network's DHCP leases",
  options: { mac: { type: 'string', help: 'only the lease of this MAC address', value: 'MAC' } },
  arity: [1, 1],
  async run(ctx, { positionals, values }) {
    const net = await findNetwork(await ctx.connection(), positionals[0] ?? '')
    const mac = typeof values.mac === 'string' ? values.mac.toLowerCase() : undefined
    const leases = (await net.getDhcpLeases(mac === undefined ? {} : { mac })).filter((l) => mac === undefined || l.mac?.toLowerCase() === mac)
    const rows = leases.map((l) => ({
      iface: l.iface, expiryTime: l.expiryTime, type: l.ipType, mac: l.mac, iaid: l.iaid, ip: l.ip, prefix: l.prefix,
      hostname: l.hostname, clientid: l.clientId, expiry: new Date(l.expiryTime * 1000).toISOString(),
    }))
    printResult(ctx.out, rows, () => table(['Expiry Time', 'MAC address', 'Protocol', 'IP address', 'Hostname', 'Client ID or DUID'],
      rows.map((r) => [r.expiry ?? '-', r.mac ?? '-', r.type ?? '-', r.ip === undefined ? '-' : `${r.ip}/${r.prefix ?? ''}`, r.hostname ?? '-', r.clientid ?? '-'])))
  },
}

const netInfo: Command = {
  name: 'net-info',
  usage: 'NETWORK',
  summary: 'network information',
  arity: [1, 1],
  async run(ctx, { positionals }) {
    const net = await findNetwork(await ctx.connection(), positionals[0] ?? '')
    const [active, persistent, autostart, config] = await Promise.all([net.isActive(), net.isPersistent(), net.getAutostart(), net.getConfig()])
    const bridge = config.get('bridge/@name') ?? null
    const data = { name: net.name, uuid: net.uuid, active, persistent, autostart, bridge }
    const yes = (b: boolean): string => (b ? 'yes' : 'no')
    printResult(ctx.out, data, () => infoLines([
      ['Name', net.name], ['UUID', net.uuid], ['Active', yes(active)], ['Persistent', yes(persistent)], ['Autostart', yes(autostart)],
      ...(bridge === null ? [] : [['Bridge', bridge] as [string, string]]),
    ]))
  },
}

const netDumpxml: Command = {
  name: 'net-dumpxml',
  usage: 'NETWORK',
  summary: 'network information in XML',
  options: { inactive: { type: 'boolean', help: 'show inactive defined XML' } },
  arity: [1, 1],
  async run(ctx, { positionals }) {
    const net = await findNetwork(await ctx.connection(), positionals[0] ?? '')
    const xml = (await net.getConfig()).toXml()
    printResult(ctx.out, { name: net.name, xml }, () => xml)
  },
}

/** The network commands, one entry each. */
export const networkCommands: readonly Command[] = [netList, netDhcpLeases, netInfo, netDumpxml]
