/**
 * Domain commands: list, info, the lifecycle verbs, define, undefine, dumpxml.
 * @module
 */
import { gconfig, type Domain, type DomainState } from '../../lib/index.js'
import type { Command } from '../command.js'
import { findDomain } from '../lookup.js'
import { fields, printResult, tableText } from '../output.js'
import { stateText } from '../virsh-words.js'
import { readXmlFile } from '../xml-file.js'

/** A row of `list`; `id` is -1 for a domain that is not running, as in gvir's API (virsh prints '-'). */
interface ListRow {
  id: number; name: string; uuid: string; state: DomainState; persistent: boolean; autostart: boolean; managedSave: boolean
}

/** A domain's row; `extra` false leaves out what only a filter or --json shows (three calls per domain). */
async function domainRow(dom: Domain, extra: boolean): Promise<ListRow> {
  if (!extra) {
    const { state } = await dom.getInfo()
    const id = dom.id
    return { id, name: dom.name, uuid: dom.uuid, state, persistent: false, autostart: false, managedSave: false }
  }
  const [{ state }, persistent, autostart, managedSave] = await Promise.all([dom.getInfo(), dom.getPersistent(), dom.getAutostart(), dom.getSaved()])
  return { id: dom.id, name: dom.name, uuid: dom.uuid, state, persistent, autostart, managedSave }
}

const listFlag = (help: string) => ({ type: 'boolean' as const, help })

/** virsh's order: running domains by id, then the others by name. */
function byIdThenName(a: ListRow, b: ListRow): number {
  if (a.id >= 0 && b.id >= 0) return a.id - b.id
  if (a.id >= 0) return -1
  if (b.id >= 0) return 1
  return a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : 0
}

const list: Command = {
  name: 'list',
  usage: '',
  summary: 'list domains',
  options: {
    all: listFlag('list inactive & active domains'),
    inactive: listFlag('list inactive domains'),
    transient: listFlag('list transient domains'),
    persistent: listFlag('list persistent domains'),
    'state-running': listFlag('list domains in running state'),
    'state-paused': listFlag('list domains in paused state'),
    'state-shutoff': listFlag('list domains in shutoff state'),
    'state-other': listFlag('list domains in other states'),
    autostart: listFlag('list domains with autostart enabled'),
    'no-autostart': listFlag('list domains with autostart disabled'),
    'with-managed-save': listFlag('list domains with managed save state'),
    'without-managed-save': listFlag('list domains without managed save'),
    uuid: listFlag('list uuid\'s only'),
    name: listFlag('list domain names only'),
    table: listFlag('list table (default)'),
  },
  arity: [0, 0],
  async run(ctx, { values }) {
    const conn = await ctx.connection()
    await conn.fetchDomains()
    const v = (k: string): boolean => values[k] === true
    const extra = ctx.out.json || ['persistent', 'transient', 'autostart', 'no-autostart', 'with-managed-save', 'without-managed-save'].some(v)
    const rows = await Promise.all(conn.getDomains().map((d) => domainRow(d, extra)))
    const states = v('state-running') || v('state-paused') || v('state-shutoff') || v('state-other')
    const shown = rows.filter((r) => {
      const active = r.id >= 0
      // virsh: active ones unless --all or --inactive; a state filter replaces that default.
      if (!v('all') && (v('inactive') ? active : !states && !active)) return false
      if (v('persistent') && !v('transient') && !r.persistent) return false
      if (v('transient') && !v('persistent') && r.persistent) return false
      if (states) {
        const other = r.state !== 'running' && r.state !== 'paused' && r.state !== 'shutoff'
        if (!((v('state-running') && r.state === 'running') || (v('state-paused') && r.state === 'paused') ||
          (v('state-shutoff') && r.state === 'shutoff') || (v('state-other') && other))) return false
      }
      if (v('autostart') && !v('no-autostart') && !r.autostart) return false
      if (v('no-autostart') && !v('autostart') && r.autostart) return false
      if (v('with-managed-save') && !v('without-managed-save') && !r.managedSave) return false
      if (v('without-managed-save') && !v('with-managed-save') && r.managedSave) return false
      return true
    }).sort(byIdThenName)
    printResult(ctx.out, shown, () => {
      if (!v('table') && (v('name') || v('uuid'))) {
        const line = (r: ListRow): string => v('name') && v('uuid') ? `${r.uuid} ${r.name}` : v('uuid') ? r.uuid : r.name
        return `${shown.map((r) => `${line(r)}\n`).join('')}\n`
      }
      return tableText(['Id', 'Name', 'State'], shown.map((r) => [r.id >= 0 ? r.id : '-', r.name, stateText(r.state)]))
    })
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
