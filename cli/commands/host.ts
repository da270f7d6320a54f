/**
 * Host and display commands: capabilities, screenshot.
 * @module
 */
import { createWriteStream } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import type { Command } from '../command.js'
import { findDomain } from '../lookup.js'
import { infoLines, printResult } from '../output.js'

const capabilities: Command = {
  name: 'capabilities',
  usage: '',
  summary: "the host's capabilities XML",
  arity: [0, 0],
  async run(ctx) {
    const caps = await (await ctx.connection()).getCapabilities()
    const xml = caps.toXml()
    const host = caps.host
    printResult(ctx.out, { arch: host?.cpu?.arch ?? null, uuid: host?.uuid ?? null, guests: caps.guests.length, xml }, () => xml)
  },
}

const shot: Command = {
  name: 'screenshot',
  usage: 'DOMAIN FILE',
  summary: "save a domain's screen to FILE",
  options: { screen: { type: 'string', help: 'the screen (monitor) number, 0 by default', value: 'N' } },
  arity: [2, 2],
  async run(ctx, { positionals, values }) {
    const [ref = '', file = ''] = positionals
    const screen = values.screen === undefined ? 0 : Number(values.screen)
    const conn = await ctx.connection()
    const dom = await findDomain(conn, ref)
    const { mime: mimeType, data } = await dom.screenshot({ monitor: Number.isSafeInteger(screen) && screen >= 0 ? screen : 0, signal: ctx.signal })
    let count = 0
    data.on('data', (chunk: Buffer) => { count += chunk.length })
    await pipeline(data, createWriteStream(file), { signal: ctx.signal })
    printResult(ctx.out, { domain: dom.name, file, mimeType, bytes: count }, () => `Screenshot saved to ${file}, with type of ${mimeType}`)
  },
}

const nodeinfo: Command = {
  name: 'nodeinfo',
  usage: '',
  summary: 'node information',
  arity: [0, 0],
  async run(ctx) {
    const n = await (await ctx.connection()).getNodeInfo()
    const data = n
    printResult(ctx.out, data, () => infoLines([
      ['CPU model', n.model], ['CPU(s)', n.cpus], ['CPU frequency', `${n.mhz} MHz`], ['CPU socket(s)', n.sockets],
      ['Core(s) per socket', n.cores], ['Thread(s) per core', n.threads], ['NUMA cell(s)', n.nodes], ['Memory size', `${n.memory / 1024} KiB`],
    ], 20))
  },
}

const version: Command = {
  name: 'version',
  usage: '',
  summary: 'show version',
  options: { daemon: { type: 'boolean', help: 'also the version of the daemon' } },
  arity: [0, 0],
  async run(ctx, { values }) {
    const conn = await ctx.connection()
    const [libs, type, hv] = await Promise.all([conn.getLibVersion(), conn.getHypervisorName(), conn.getVersion()])
    const data = { library: libs.library.text, hypervisorType: type, hypervisor: hv.text, daemon: libs.daemon.text }
    printResult(ctx.out, data, () => [
      `Compiled against library: libvirt ${libs.library}`, `Using library: libvirt ${libs.library}`, `Using API: ${type} ${libs.library}`,
      `Running hypervisor: ${type} ${data.hypervisor}`, ...(values.daemon ? [`Running against daemon: ${libs.daemon}`] : []),
    ])
  },
}

/** A command printing one text the connection gives. */
function connectionText(name: string, summary: string, key: string, get: (ctx: Parameters<Command['run']>[0]) => Promise<string>): Command {
  return {
    name, usage: '', summary, arity: [0, 0],
    async run(ctx) {
      const text = await get(ctx)
      printResult(ctx.out, { [key]: text }, () => text)
    },
  }
}

const uri = connectionText('uri', 'print the hypervisor canonical URI', 'uri', async (ctx) => (await ctx.connection()).getUri())
const hostname = connectionText('hostname', 'print the hypervisor hostname', 'hostname', async (ctx) => (await ctx.connection()).getHostname())
const sysinfo = connectionText('sysinfo', 'print the hypervisor sysinfo', 'xml', async (ctx) => (await ctx.connection()).getSysinfo())

const domcapabilities: Command = {
  name: 'domcapabilities',
  usage: '',
  summary: 'domain capabilities',
  options: {
    virttype: { type: 'string', help: 'virtualization type (/domain/@type)', value: 'TYPE' },
    emulatorbin: { type: 'string', help: 'path to emulator binary (/domain/devices/emulator)', value: 'PATH' },
    arch: { type: 'string', help: 'domain architecture (/domain/os/type/@arch)', value: 'ARCH' },
    machine: { type: 'string', help: 'machine type (/domain/os/type/@machine)', value: 'MACHINE' },
  },
  arity: [0, 0],
  async run(ctx, { values }) {
    const s = (k: string): string | undefined => typeof values[k] === 'string' ? values[k] as string : undefined
    const caps = await (await ctx.connection()).getDomainCapabilities({ virttype: s('virttype'), emulatorbin: s('emulatorbin'), arch: s('arch'), machine: s('machine') })
    const xml = caps.toXml()
    // virsh prints libvirt's text (its own newline), a newline, and its blank line.
    printResult(ctx.out, { xml }, () => xml, { blanks: 2 })
  },
}

const echo: Command = {
  name: 'echo',
  usage: '[ARG…]',
  summary: 'echo arguments',
  arity: [0, Infinity],
  async run(ctx, { positionals }) {
    const text = positionals.join(' ')
    printResult(ctx.out, { text }, () => text, { line: true })
    if (!ctx.out.json && text === '') ctx.out.stdout.write('\n')
  },
}

/** The host and display commands, one entry each. */
export const hostCommands: readonly Command[] = [capabilities, shot, nodeinfo, version, uri, hostname, sysinfo, domcapabilities, echo]
