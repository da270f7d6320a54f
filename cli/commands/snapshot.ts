/**
 * Snapshot commands: snapshot-create, snapshot-list, snapshot-revert.
 * @module
 */
import { gconfig } from '../../lib/index.js'
import type { Command } from '../command.js'
import { findDomain, findSnapshot } from '../lookup.js'
import { printResult, table } from '../output.js'
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
    printResult(ctx.out, rows, () => table(['Name', 'Creation Time', 'State', 'Current'],
      rows.map((r) => [r.name, r.creationTime ?? '-', r.state ?? '-', r.current ? 'yes' : ''])))
  },
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

/** The snapshot commands. */
export const snapshotCommands: readonly Command[] = [create, list, revert]
