/**
 * Domain commands: list, info, the lifecycle verbs, define, undefine, dumpxml.
 * @module
 */
import { gconfig, type Domain, type DomainState } from '../../lib/index.js'
import type { Command } from '../command.js'
import { findDomain } from '../lookup.js'
import { fields, printResult, table } from '../output.js'
import { readXmlFile } from '../xml-file.js'

/** A row of `list`; `id` is -1 for a domain that is not running, as in gvir's API (virsh prints '-'). */
async function domainRow(dom: Domain): Promise<{ id: number; name: string; uuid: string; state: DomainState; persistent: boolean }> {
  const { state } = await dom.getInfo()
  return { id: dom.id, name: dom.name, uuid: dom.uuid, state: state, persistent: dom.persistent }
}

/** virsh's words for a state. */
function stateText(state: DomainState): string {
  return state === 'shutoff' ? 'shut off' : state === 'pmsuspended' ? 'pmsuspended' : state === 'none' ? 'no state' : state
}

const list: Command = {
  name: 'list',
  usage: '',
  summary: 'list running domains, or every domain with --all',
  options: { all: { type: 'boolean', help: 'list inactive domains too' } },
  arity: [0, 0],
  async run(ctx, { values }) {
    const conn = await ctx.connection()
    await conn.fetchDomains()
    const rows = await Promise.all(conn.getDomains().map(domainRow))
    const order = (id: number): number => id >= 0 ? id : Infinity
    const shown = rows.filter((r) => values.all || r.state !== 'shutoff').sort((a, b) => order(a.id) - order(b.id) || a.name.localeCompare(b.name))
    printResult(ctx.out, shown, () => table(['Id', 'Name', 'State'], shown.map((r) => [r.id >= 0 ? r.id : '-', r.name, stateText(r.state)])))
  },
}

const info: Command = {
  name: 'info',
  usage: 'DOMAIN',
  summary: "a domain's state, memory and CPUs (DOMAIN: name, UUID or id)",
  arity: [1, 1],
  async run(ctx, { positionals }) {
    const dom = await findDomain(await ctx.connection(), positionals[0] ?? '')
    const i = await dom.getInfo()
    // The API's names and units (DomainInfo: bytes; id -1 when not running); the text is virsh's (KiB).
    const data = {
      id: dom.id, name: dom.name, uuid: dom.uuid, state: i.state, persistent: dom.persistent,
      maxMem: i.maxMem, memory: i.memory, nrVirtCpu: i.nrVirtCpu, cpuTime: i.cpuTime,
    }
    printResult(ctx.out, data, () => fields([
      ['Id', data.id >= 0 ? data.id : '-'], ['Name', data.name], ['UUID', data.uuid], ['State', stateText(data.state)],
      ['CPU(s)', data.nrVirtCpu], ['CPU time', `${(Number(data.cpuTime) / 1e9).toFixed(1)}s`],
      ['Max memory', `${data.maxMem / 1024} KiB`], ['Used memory', `${data.memory / 1024} KiB`], ['Persistent', data.persistent],
    ]))
  },
}

/** A lifecycle verb: the gvir call it makes and what virsh says afterwards. */
function lifecycle(name: string, summary: string, done: string, act: (dom: Domain) => Promise<void>): Command {
  return {
    name,
    usage: 'DOMAIN',
    summary,
    arity: [1, 1],
    async run(ctx, { positionals }) {
      const dom = await findDomain(await ctx.connection(), positionals[0] ?? '')
      await act(dom)
      const { state } = await dom.getInfo()
      printResult(ctx.out, { domain: dom.name, action: name, state }, () => `Domain '${dom.name}' ${done}`)
    },
  }
}

const lifecycleCommands: Command[] = [
  lifecycle('start', 'start (boot) an inactive domain', 'started', (d) => d.start()),
  lifecycle('shutdown', 'ask a domain to shut down', 'is being shutdown', (d) => d.shutdown()),
  lifecycle('destroy', 'stop a domain at once (power off)', 'destroyed', (d) => d.stop()),
  lifecycle('suspend', 'pause a running domain', 'suspended', (d) => d.suspend()),
  lifecycle('resume', 'resume a paused domain', 'resumed', (d) => d.resume()),
  lifecycle('reboot', 'ask a domain to reboot', 'is being rebooted', (d) => d.reboot()),
]

const define: Command = {
  name: 'define',
  usage: 'FILE',
  summary: 'define (but do not start) a domain from an XML file',
  arity: [1, 1],
  async run(ctx, { positionals }) {
    const file = positionals[0] ?? ''
    const config = await readXmlFile(file, gconfig.Domain)
    const dom = await (await ctx.connection()).createDomain(config)
    printResult(ctx.out, { name: dom.name, uuid: dom.uuid }, () => `Domain '${dom.name}' defined from ${file}`)
  },
}

const undefine: Command = {
  name: 'undefine',
  usage: 'DOMAIN',
  summary: "undefine a domain (remove its persistent config)",
  options: { 'snapshots-metadata': { type: 'boolean', help: 'also remove snapshot metadata' } },
  arity: [1, 1],
  async run(ctx, { positionals, values }) {
    const dom = await findDomain(await ctx.connection(), positionals[0] ?? '')
    const name = dom.name
    await dom.delete({ snapshotsMetadata: values['snapshots-metadata'] === true })
    printResult(ctx.out, { name }, () => `Domain '${name}' has been undefined`)
  },
}

const dumpxml: Command = {
  name: 'dumpxml',
  usage: 'DOMAIN',
  summary: "a domain's XML config",
  options: {
    inactive: { type: 'boolean', help: 'the config of the next boot, not the live one' },
    'security-info': { type: 'boolean', help: 'include security-sensitive data (passwords)' },
  },
  arity: [1, 1],
  async run(ctx, { positionals, values }) {
    const dom = await findDomain(await ctx.connection(), positionals[0] ?? '')
    const config = await dom.getConfig({ inactive: values.inactive === true, secure: values['security-info'] === true })
    // libvirt's own text (gvir keeps its bytes), and the newline virsh prints after it
    const xml = config.toXml()
    printResult(ctx.out, { name: dom.name, xml }, () => `${xml}\n`)
  },
}

/** The domain commands. */
export const domainCommands: readonly Command[] = [list, info, ...lifecycleCommands, define, undefine, dumpxml]
