/**
 * Commands for what gvir reaches beyond libvirt-glib: domstats, domifaddr, nodedev-list,
 * secret-list, nwfilter-list, desc, and the network lifecycle (net-start, net-destroy,
 * net-define, net-undefine, net-autostart). Text output is shaped like virsh's.
 * @module
 */
import { VirError, VirErrorCode, domainStatsGroups, gconfig, type Connection, type DomainStatsGroup, type InterfaceAddressSource, type Network, type NodeDeviceCap } from '../../lib/index.js'
import { UsageError, type Command } from '../command.js'
import { findDomain } from '../lookup.js'
import { printResult, table, toJson } from '../output.js'
import { readXmlFile } from '../xml-file.js'

/** The network `name`, as libvirt lists it now (transient ones included). */
async function network(conn: Connection, name: string): Promise<Network> {
  const net = (await conn.listAllNetworks()).find((n) => n.name === name)
  if (!net) throw new VirError(`Network not found: no network with matching name '${name}'`, { code: VirErrorCode.VIR_ERR_NO_NETWORK })
  return net
}

/** A stats value as virsh prints it (BigInts in full). */
const statText = (v: unknown): string => (typeof v === 'boolean' ? (v ? '1' : '0') : String(v))

const domstats: Command = {
  name: 'domstats',
  usage: '[DOMAIN...]',
  summary: "domains' statistics in one bulk call, as virsh domstats",
  options: Object.fromEntries(domainStatsGroups.map((g) => [g, { type: 'boolean', help: `the ${g} group` }])),
  arity: [0, Number.POSITIVE_INFINITY],
  async run(ctx, { positionals, values }) {
    const conn = await ctx.connection()
    const groups = domainStatsGroups.filter((g) => values[g] === true) as DomainStatsGroup[]
    const domains = positionals.length ? await Promise.all(positionals.map((p) => findDomain(conn, p))) : undefined
    const records = await conn.getAllDomainStats({ groups, ...(domains ? { domains } : {}) })
    const rows = records.map((r) => ({ domain: r.domain.name, stats: r.stats }))
    if (ctx.out.json) {
      ctx.out.stdout.write(`${toJson(rows)}\n`)
      return
    }
    // virsh ends each domain with a blank line (printResult adds the last one).
    printResult(ctx.out, rows, () => rows.flatMap((r, i) => [...(i ? [''] : []), `Domain: '${r.domain}'`, ...Object.entries(r.stats).map(([k, v]) => `  ${k}=${statText(v)}`)]))
  },
}

const domifaddr: Command = {
  name: 'domifaddr',
  usage: 'DOMAIN',
  summary: "a guest's interface addresses (lease, arp or agent), as virsh domifaddr",
  options: { source: { type: 'string', help: 'where to read them: lease (default), arp or agent', value: 'SOURCE' } },
  arity: [1, 1],
  async run(ctx, { positionals, values }) {
    const source = (values.source ?? 'lease') as InterfaceAddressSource
    if (!['lease', 'arp', 'agent'].includes(source)) throw new UsageError(`--source must be lease, arp or agent, not '${String(source)}'`, 'domifaddr')
    const dom = await findDomain(await ctx.connection(), positionals[0] ?? '')
    const ifaces = await dom.getInterfaceAddresses({ source })
    printResult(ctx.out, ifaces, () => {
      const line = (name: string, mac: string, proto: string, addr: string): string => ` ${name.padEnd(10)} ${mac.padEnd(17)}    ${proto.padEnd(12)} ${addr}`.trimEnd()
      const out = [line('Name', 'MAC address', 'Protocol', 'Address'), '-'.repeat(79)]
      for (const i of ifaces) {
        if (i.addrs.length === 0) out.push(line(i.name, i.hwaddr ?? '-', 'N/A', 'N/A'))
        i.addrs.forEach((a, n) => { out.push(line(n === 0 ? i.name : '-', n === 0 ? i.hwaddr ?? '-' : '-', a.type, `${a.addr}/${a.prefix}`)) })
      }
      return out
    })
  },
}

const nodedevList: Command = {
  name: 'nodedev-list',
  usage: '',
  summary: "the host's devices, as virsh nodedev-list",
  options: { cap: { type: 'string', help: 'only devices with these capabilities (comma-separated: pci, usb_device, net, scsi_host…)', value: 'CAP' } },
  arity: [0, 0],
  async run(ctx, { values }) {
    const caps = typeof values.cap === 'string' ? values.cap.split(',').map((c) => c.trim()).filter(Boolean) as NodeDeviceCap[] : undefined
    const devices = await (await ctx.connection()).listNodeDevices(caps ? { cap: caps } : {})
    const names = devices.map((d) => d.name).sort()
    printResult(ctx.out, names.map((name) => ({ name })), () => names, { line: true })
  },
}

const secretList: Command = {
  name: 'secret-list',
  usage: '',
  summary: 'the secrets, as virsh secret-list (never their values)',
  arity: [0, 0],
  async run(ctx) {
    const secrets = await (await ctx.connection()).listSecrets()
    const rows = secrets.map((s) => ({ uuid: s.uuid, usageType: s.usageType, usage: s.name })).sort((a, b) => a.uuid.localeCompare(b.uuid))
    printResult(ctx.out, rows, () => table(['UUID', 'Usage'], rows.map((r) => [r.uuid, r.usageType === 'none' ? 'Unused' : `${r.usageType} ${r.usage}`])))
  },
}

const nwfilterList: Command = {
  name: 'nwfilter-list',
  usage: '',
  summary: 'the network filters, as virsh nwfilter-list',
  arity: [0, 0],
  async run(ctx) {
    const filters = await (await ctx.connection()).listNetworkFilters()
    const rows = filters.map((f) => ({ uuid: f.uuid, name: f.name })).sort((a, b) => a.name.localeCompare(b.name))
    printResult(ctx.out, rows, () => table(['UUID', 'Name'], rows.map((r) => [r.uuid, r.name])))
  },
}

const desc: Command = {
  name: 'desc',
  usage: 'DOMAIN [TEXT...]',
  summary: "show or set a domain's description or title without redefining it, as virsh desc",
  options: {
    title: { type: 'boolean', help: 'the title, not the description' },
    live: { type: 'boolean', help: "the running domain's" },
    config: { type: 'boolean', help: 'the persistent definition\'s' },
  },
  arity: [1, Number.POSITIVE_INFINITY],
  async run(ctx, { positionals, values }) {
    const [ref = '', ...words] = positionals
    const dom = await findDomain(await ctx.connection(), ref)
    const type = values.title === true ? 'title' : 'description'
    const impact = { live: values.live === true, config: values.config === true }
    if (words.length > 0) {
      const value = words.join(' ')
      await dom.setMetadata({ type, value, ...impact })
      printResult(ctx.out, { domain: dom.name, type, value }, () => `Domain ${type} updated successfully`, { line: true })
      return
    }
    const value = await dom.getMetadata({ type, ...impact })
    printResult(ctx.out, { domain: dom.name, type, value: value ?? null }, () => value ?? `No ${type} for domain: ${dom.name}`, { line: true })
  },
}

const netStart: Command = {
  name: 'net-start',
  usage: 'NETWORK',
  summary: 'start a defined network',
  arity: [1, 1],
  async run(ctx, { positionals }) {
    const net = await network(await ctx.connection(), positionals[0] ?? '')
    await net.start()
    printResult(ctx.out, { name: net.name, active: true }, () => `Network ${net.name} started`)
  },
}

const netDestroy: Command = {
  name: 'net-destroy',
  usage: 'NETWORK',
  summary: 'stop a network',
  arity: [1, 1],
  async run(ctx, { positionals }) {
    const net = await network(await ctx.connection(), positionals[0] ?? '')
    await net.stop()
    printResult(ctx.out, { name: net.name, active: false }, () => `Network ${net.name} destroyed`)
  },
}

const netDefine: Command = {
  name: 'net-define',
  usage: 'FILE',
  summary: 'define a persistent network from an XML file',
  arity: [1, 1],
  async run(ctx, { positionals }) {
    const file = positionals[0] ?? ''
    const config = await readXmlFile(file, gconfig.Network)
    const net = await (await ctx.connection()).createNetwork(config)
    printResult(ctx.out, { name: net.name, uuid: net.uuid }, () => `Network ${net.name} defined from ${file}`)
  },
}

const netUndefine: Command = {
  name: 'net-undefine',
  usage: 'NETWORK',
  summary: 'undefine a network (a running one runs on, transient)',
  arity: [1, 1],
  async run(ctx, { positionals }) {
    const net = await network(await ctx.connection(), positionals[0] ?? '')
    await net.undefine()
    printResult(ctx.out, { name: net.name, persistent: false }, () => `Network ${net.name} has been undefined`)
  },
}

const netAutostart: Command = {
  name: 'net-autostart',
  usage: 'NETWORK',
  summary: 'start a network with the host (or not, with --disable)',
  options: { disable: { type: 'boolean', help: 'do not start it with the host' } },
  arity: [1, 1],
  async run(ctx, { positionals, values }) {
    const net = await network(await ctx.connection(), positionals[0] ?? '')
    const on = values.disable !== true
    await net.setAutostart(on)
    printResult(ctx.out, { name: net.name, autostart: on }, () => `Network ${net.name} ${on ? 'marked' : 'unmarked'} as autostarted`)
  },
}

/** The commands for what gvir reaches beyond libvirt-glib. */
export const beyondCommands: readonly Command[] = [domstats, domifaddr, nodedevList, secretList, nwfilterList, desc, netStart, netDestroy, netDefine, netUndefine, netAutostart]
