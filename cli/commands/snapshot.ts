/**
 * Snapshot commands: snapshot-create, snapshot-list, snapshot-revert.
 * @module
 */
import { gconfig, VirError, VirErrorCode } from '../../lib/index.js'
import type { Command } from '../command.js'
import { findDomain, findSnapshot } from '../lookup.js'
import { CommandError, infoLines, printResult, tableText } from '../output.js'
import type { Domain, DomainSnapshot } from '../../lib/index.js'
import { readXmlFile } from '../xml-file.js'

const create: Command = {
  name: 'snapshot-create',
  usage: 'DOMAIN [XMLFILE]',
  summary: 'take a snapshot of a domain, described by XMLFILE or by --name/--description',
  options: {
    name: { type: 'string', help: 'the snapshot name (libvirt picks one when omitted)', value: 'NAME' },
    description: { type: 'string', help: 'a description', value: 'TEXT' },
  },
  arity: [1, 2],
  async run(ctx, { positionals, values }) {
    const [ref = '', file] = positionals
    const doc = file === undefined ? new gconfig.DomainSnapshot() : await readXmlFile(file, gconfig.DomainSnapshot)
    if (typeof values.name === 'string') doc.name = values.name
    if (typeof values.description === 'string') doc.description = values.description
    const dom = await findDomain(await ctx.connection(), ref)
    const snap = await dom.createSnapshot(doc)
    printResult(ctx.out, { domain: dom.name, name: snap.name }, () => `Domain snapshot ${snap.name} created`)
  },
}

const list: Command = {
  name: 'snapshot-list',
  usage: 'DOMAIN',
  summary: "a domain's snapshots",
  arity: [1, 1],
  async run(ctx, { positionals }) {
    const dom = await findDomain(await ctx.connection(), positionals[0] ?? '')
    await dom.fetchSnapshots()
    const rows = await Promise.all(dom.getSnapshots().map(async (s) => {
      const config = await s.getConfig()
      const created = Number(config.creationTime ?? NaN)
      return {
        name: s.name,
        creationTime: Number.isFinite(created) ? new Date(created * 1000).toISOString() : null,
        state: config.state ?? null,
        parent: config.parentName ?? null,
        current: await s.isCurrent(),
      }
    }))
    rows.sort((a, b) => (a.creationTime ?? '').localeCompare(b.creationTime ?? '') || a.name.localeCompare(b.name))
    printResult(ctx.out, rows, () => tableText(['Name', 'Creation Time', 'State'],
      rows.map((r) => [r.name, r.creationTime === null ? '-' : virshTime(r.creationTime), r.state ?? '-'])))
  },
}

/** A time as virsh prints a snapshot's (`%Y-%m-%d %H:%M:%S %z`, local time). */
function virshTime(iso: string): string {
  const t = new Date(iso)
  const p = (n: number): string => String(n).padStart(2, '0')
  const off = -t.getTimezoneOffset()
  const zone = `${off < 0 ? '-' : '+'}${p(Math.floor(Math.abs(off) / 60))}${p(Math.abs(off) % 60)}`
  return `${t.getFullYear()}-${p(t.getMonth() + 1)}-${p(t.getDate())} ${p(t.getHours())}:${p(t.getMinutes())}:${p(t.getSeconds())} ${zone}`
}

const revert: Command = {
  name: 'snapshot-revert',
  usage: 'DOMAIN SNAPSHOT',
  summary: 'revert a domain to a snapshot',
  options: {
    running: { type: 'boolean', help: 'run the domain afterwards' },
    paused: { type: 'boolean', help: 'leave the domain paused afterwards' },
    force: { type: 'boolean', help: 'revert even when it is risky' },
  },
  arity: [2, 2],
  async run(ctx, { positionals, values }) {
    const [ref = '', name = ''] = positionals
    const dom = await findDomain(await ctx.connection(), ref)
    const snap = await findSnapshot(dom, name)
    await snap.revertTo({ running: values.running === true, paused: values.paused === true, force: values.force === true })
    const { state } = await dom.getInfo()
    printResult(ctx.out, { domain: dom.name, snapshot: snap.name, state }, () => `Domain '${dom.name}' reverted to snapshot ${snap.name}`)
  },
}

const createAs: Command = {
  name: 'snapshot-create-as',
  usage: 'DOMAIN [NAME] [DESCRIPTION]',
  summary: 'Create a snapshot from a set of args',
  options: {
    name: { type: 'string', help: 'name of snapshot', value: 'NAME' },
    description: { type: 'string', help: 'description of snapshot', value: 'TEXT' },
    'print-xml': { type: 'boolean', help: 'print XML document rather than create' },
  },
  arity: [1, 3],
  async run(ctx, { positionals, values }) {
    const [ref = '', name, description] = positionals
    const doc = new gconfig.DomainSnapshot()
    const n = typeof values.name === 'string' ? values.name : name
    const d = typeof values.description === 'string' ? values.description : description
    if (n !== undefined) doc.name = n
    if (d !== undefined) doc.description = d
    if (values['print-xml']) {
      const xml = doc.toXml()
      printResult(ctx.out, { xml }, () => xml, { line: true })
      return
    }
    const dom = await findDomain(await ctx.connection(), ref)
    const snap = await dom.createSnapshot(doc)
    printResult(ctx.out, { domain: dom.name, name: snap.name }, () => `Domain snapshot ${snap.name} created`, { line: true })
  },
}

/** The current snapshot of `dom`, or the error virsh gives. */
async function currentSnapshot(dom: Domain): Promise<DomainSnapshot> {
  await dom.fetchSnapshots()
  for (const s of dom.getSnapshots()) if (await s.isCurrent()) return s
  throw new VirError(`domain '${dom.name}' has no current snapshot`, { code: VirErrorCode.VIR_ERR_NO_DOMAIN_SNAPSHOT })
}

const current: Command = {
  name: 'snapshot-current',
  usage: 'DOMAIN',
  summary: 'Get or set the current snapshot',
  options: {
    name: { type: 'boolean', help: 'list the name, rather than the full xml' },
    'security-info': { type: 'boolean', help: 'include security sensitive information in XML dump' },
  },
  arity: [1, 1],
  async run(ctx, { positionals, values }) {
    const dom = await findDomain(await ctx.connection(), positionals[0] ?? '')
    const snap = await currentSnapshot(dom)
    if (values.name) {
      printResult(ctx.out, { domain: dom.name, name: snap.name }, () => snap.name, { line: true })
      return
    }
    const xml = (await snap.getConfig()).toXml()
    printResult(ctx.out, { domain: dom.name, name: snap.name, xml }, () => xml)
  },
}

const dumpxml: Command = {
  name: 'snapshot-dumpxml',
  usage: 'DOMAIN SNAPSHOT',
  summary: 'Dump XML for a domain snapshot',
  options: { 'security-info': { type: 'boolean', help: 'include security sensitive information in XML dump' } },
  arity: [2, 2],
  async run(ctx, { positionals }) {
    const dom = await findDomain(await ctx.connection(), positionals[0] ?? '')
    const snap = await findSnapshot(dom, positionals[1] ?? '')
    const xml = (await snap.getConfig()).toXml()
    printResult(ctx.out, { domain: dom.name, name: snap.name, xml }, () => xml)
  },
}

const info: Command = {
  name: 'snapshot-info',
  usage: 'DOMAIN [SNAPSHOT]',
  summary: 'snapshot information',
  options: { current: { type: 'boolean', help: 'info on current snapshot' } },
  arity: [1, 2],
  async run(ctx, { positionals, values }) {
    const dom = await findDomain(await ctx.connection(), positionals[0] ?? '')
    const snap = values.current || positionals[1] === undefined ? await currentSnapshot(dom) : await findSnapshot(dom, positionals[1])
    const all = await Promise.all(dom.getSnapshots().map(async (s) => ({ name: s.name, parent: (await s.getConfig()).parentName ?? null })))
    const config = await snap.getConfig()
    const children = all.filter((s) => s.parent === snap.name).map((s) => s.name)
    const descendants = new Set<string>()
    for (let frontier = children; frontier.length > 0;) {
      frontier.forEach((n) => { descendants.add(n) })
      frontier = all.filter((s) => s.parent !== null && frontier.includes(s.parent)).map((s) => s.name)
    }
    const xml = config.toXml()
    const location = /snapshot=["']external["']/.test(xml) ? (/snapshot=["']internal["']/.test(xml) ? 'external' : 'external') : 'internal'
    const data = {
      name: snap.name, domain: dom.name, current: await snap.isCurrent(), state: config.state ?? null, location,
      parent: config.parentName ?? null, children: children.length, descendants: descendants.size, metadata: true,
    }
    printResult(ctx.out, data, () => infoLines([
      ['Name', data.name], ['Domain', data.domain], ['Current', data.current ? 'yes' : 'no'], ['State', data.state ?? '-'],
      ['Location', location], ['Parent', data.parent ?? '-'], ['Children', data.children], ['Descendants', data.descendants],
      ['Metadata', 'yes'],
    ]))
  },
}

const del: Command = {
  name: 'snapshot-delete',
  usage: 'DOMAIN [SNAPSHOT]',
  summary: 'Delete a domain snapshot',
  options: {
    current: { type: 'boolean', help: 'delete current snapshot' },
    children: { type: 'boolean', help: 'delete snapshot and all children' },
    'children-only': { type: 'boolean', help: 'delete children but not snapshot' },
    metadata: { type: 'boolean', help: 'delete only libvirt metadata, leaving snapshot contents behind' },
  },
  arity: [1, 2],
  async run(ctx, { positionals, values }) {
    const dom = await findDomain(await ctx.connection(), positionals[0] ?? '')
    const snap = values.current || positionals[1] === undefined ? await currentSnapshot(dom) : await findSnapshot(dom, positionals[1])
    const name = snap.name
    try {
      await snap.delete({ children: values.children === true, childrenOnly: values['children-only'] === true, metadataOnly: values.metadata === true })
    } catch (err) {
      throw new CommandError(`Failed to delete snapshot ${name}`, err)
    }
    const what = values['children-only'] ? `${name} children` : values.children ? `${name} and all children` : name
    printResult(ctx.out, { domain: dom.name, name }, () => `Domain snapshot ${what} deleted`)
  },
}

/** The snapshot commands, one entry each. */
export const snapshotCommands: readonly Command[] = [create, list, revert, createAs, current, dumpxml, info, del]
