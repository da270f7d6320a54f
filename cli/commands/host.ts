/**
 * Host and display commands: capabilities, screenshot.
 * @module
 */
import { createWriteStream } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import type { Command } from '../command.js'
import { findDomain } from '../lookup.js'
import { printResult } from '../output.js'

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

/** The host and display commands. */
export const hostCommands: readonly Command[] = [capabilities, shot]
