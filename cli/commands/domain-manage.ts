/**
 * virsh's domain management commands beyond the lifecycle verbs: autostart, setmem,
 * setmaxmem, setvcpus, attach-device, detach-device, attach-disk, detach-disk,
 * change-media, managedsave, managedsave-remove, save, restore, metadata, edit, console.
 * Messages as virsh 9.0 prints them.
 * @module
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline/promises'
import {
  type gconfig, VirError, VirErrorCode, type Domain, type DomainModifyOptions,
} from '../../lib/index.js'
import { UsageError, type Command, type OptionSpec, type ParsedArgs } from '../command.js'
import type { Context } from '../context.js'
import { findDomain } from '../lookup.js'
import { CommandError, printError, printResult } from '../output.js'

type CommandOptions = NonNullable<Command['options']>

const flag = (help: string): OptionSpec[string] & { help: string } => ({ type: 'boolean', help })
const text = (help: string, value: string): OptionSpec[string] & { help: string; value: string } => ({ type: 'string', help, value })

/** virsh's --live/--config/--current (and --persistent, which means both when the domain runs). */
const impactOptions: CommandOptions = {
  live: flag('affect running domain'),
  config: flag('affect next boot'),
  current: flag('affect current domain'),
}

function impact(values: ParsedArgs['values']): DomainModifyOptions {
  if (values.current && (values.live || values.config)) throw new UsageError('--current and --live/--config are mutually exclusive')
  return { ...(values.live ? { live: true } : {}), ...(values.config || values.persistent ? { config: true } : {}) }
}

async function domainArg(ctx: Context, ref: string | undefined): Promise<Domain> {
  return findDomain(await ctx.connection(), ref ?? '')
}

/** A size as virsh scales it: a number with an optional unit (b, k/KiB, KB, M/MiB, MB, G…), KiB by default; in bytes. */
export function scaledBytes(value: string, what: string, defaultUnit = 1024): number {
  const m = /^(\d+)\s*([A-Za-z]*)$/.exec(value.trim())
  if (!m) throw new UsageError(`Invalid value for ${what}: '${value}'`)
  const n = Number(m[1])
  const unit = (m[2] ?? '').toLowerCase()
  const powers: Record<string, number> = { k: 1, m: 2, g: 3, t: 4, p: 5, e: 6 }
  let scale: number
  if (unit === '') scale = defaultUnit
  else if (unit === 'b' || unit === 'byte' || unit === 'bytes') scale = 1
  else if (/^[kmgtpe](ib)?$/.test(unit)) scale = 1024 ** (powers[unit[0] as string] ?? 0)
  else if (/^[kmgtpe]b$/.test(unit)) scale = 1000 ** (powers[unit[0] as string] ?? 0)
  else throw new UsageError(`Invalid value for ${what}: '${value}'`)
  return n * scale
}

const autostart: Command = {
  name: 'autostart',
  usage: 'DOMAIN',
  summary: 'autostart a domain',
  options: { disable: flag('disable autostarting') },
  arity: [1, 1],
  async run(ctx, { positionals, values }) {
    const dom = await domainArg(ctx, positionals[0])
    const on = values.disable !== true
    try {
      await dom.setAutostart(on)
    } catch (err) {
      throw new CommandError(on ? `Failed to mark domain '${dom.name}' as autostarted` : `Failed to unmark domain '${dom.name}' as autostarted`, err)
    }
    printResult(ctx.out, { name: dom.name, autostart: on }, () => `Domain '${dom.name}' ${on ? 'marked' : 'unmarked'} as autostarted`)
  },
}

function memoryCommand(name: 'setmem' | 'setmaxmem', summary: string): Command {
  return {
    name,
    usage: 'DOMAIN SIZE',
    summary,
    options: impactOptions,
    arity: [2, 2],
    async run(ctx, { positionals, values }) {
      const flags = impact(values)
      const bytes = scaledBytes(positionals[1] ?? '', 'size')
      const dom = await domainArg(ctx, positionals[0])
      try {
        await dom.setMemory(bytes, { ...flags, maximum: name === 'setmaxmem' })
      } catch (err) {
        throw name === 'setmaxmem' ? new CommandError('Unable to change MaxMemorySize', err) : err
      }
      printResult(ctx.out, { name: dom.name, [name === 'setmem' ? 'memory' : 'maxMem']: bytes - (bytes % 1024) }, () => '')
    },
  }
}

const setvcpus: Command = {
  name: 'setvcpus',
  usage: 'DOMAIN COUNT',
  summary: 'change number of virtual CPUs',
  options: { maximum: flag('set maximum limit on next boot'), ...impactOptions, guest: flag('modify cpu state in the guest') },
  arity: [2, 2],
  async run(ctx, { positionals, values }) {
    const count = Number(positionals[1])
    if (!Number.isSafeInteger(count) || count < 1) throw new UsageError(`Invalid number of virtual CPUs`, 'setvcpus')
    const dom = await domainArg(ctx, positionals[0])
    await dom.setVcpus(count, { ...impact(values), maximum: values.maximum === true, guest: values.guest === true })
    printResult(ctx.out, { name: dom.name, vcpus: count }, () => '')
  },
}

/** The device's XML from FILE, as text (libvirt parses it). */
async function deviceFile(file: string): Promise<string> {
  return readFile(file, 'utf8')
}

function deviceCommand(name: 'attach-device' | 'detach-device'): Command {
  const attach = name === 'attach-device'
  return {
    name,
    usage: 'DOMAIN FILE',
    summary: attach ? 'attach device from an XML file' : 'detach device from an XML file',
    options: { ...impactOptions, persistent: flag('make live change persistent') },
    arity: [2, 2],
    async run(ctx, { positionals, values }) {
      const flags = impact(values)
      const file = positionals[1] ?? ''
      const dom = await domainArg(ctx, positionals[0])
      const xml = await deviceFile(file)
      try {
        await (attach ? dom.attachDevice(xml, flags) : dom.detachDevice(xml, flags))
      } catch (err) {
        throw new CommandError(`Failed to ${attach ? 'attach' : 'detach'} device from ${file}`, err)
      }
      printResult(ctx.out, { name: dom.name, file, action: attach ? 'attached' : 'detached' }, () => `Device ${attach ? 'attached' : 'detached'} successfully`)
    },
  }
}

const quote = (s: string): string => s.replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/</g, '&lt;')

const attachDisk: Command = {
  name: 'attach-disk',
  usage: 'DOMAIN SOURCE TARGET',
  summary: 'attach disk device',
  options: {
    targetbus: text('target bus of disk device', 'BUS'),
    driver: text('driver of disk device', 'NAME'),
    subdriver: text('subdriver of disk device (the format: raw, qcow2…)', 'TYPE'),
    cache: text('cache mode of disk device', 'MODE'),
    type: text('target device type: disk, cdrom, floppy, lun', 'TYPE'),
    mode: text('mode of device reading and writing: readonly, shareable', 'MODE'),
    sourcetype: text('type of source (block|file|network)', 'TYPE'),
    serial: text('serial of disk device', 'SERIAL'),
    ...impactOptions,
    persistent: flag('make live change persistent'),
    'print-xml': flag('print XML document rather than attach the disk'),
  },
  arity: [3, 3],
  async run(ctx, { positionals, values }) {
    const [ref, source = '', target = ''] = positionals
    const s = (k: string): string | undefined => (typeof values[k] === 'string' ? values[k] as string : undefined)
    const sourceType = s('sourcetype') ?? (source.startsWith('/dev/') ? 'block' : 'file')
    const driver = s('driver') ?? (s('subdriver') || s('cache') ? 'qemu' : undefined)
    const lines = [
      `<disk type='${quote(sourceType)}' device='${quote(s('type') ?? 'disk')}'>`,
      ...(driver ? [`  <driver name='${quote(driver)}'${s('subdriver') ? ` type='${quote(s('subdriver') ?? '')}'` : ''}${s('cache') ? ` cache='${quote(s('cache') ?? '')}'` : ''}/>`] : []),
      `  <source ${sourceType === 'block' ? 'dev' : 'file'}='${quote(source)}'/>`,
      `  <target dev='${quote(target)}'${s('targetbus') ? ` bus='${quote(s('targetbus') ?? '')}'` : ''}/>`,
      ...(s('mode') === 'readonly' ? ['  <readonly/>'] : s('mode') === 'shareable' ? ['  <shareable/>'] : []),
      ...(s('serial') ? [`  <serial>${quote(s('serial') ?? '')}</serial>`] : []),
      '</disk>',
    ]
    const xml = `${lines.join('\n')}\n`
    if (values['print-xml']) {
      printResult(ctx.out, { xml }, () => xml)
      return
    }
    const flags = impact(values)
    const dom = await domainArg(ctx, ref)
    try {
      await dom.attachDevice(xml, flags)
    } catch (err) {
      throw new CommandError('Failed to attach disk', err)
    }
    printResult(ctx.out, { name: dom.name, target, source }, () => 'Disk attached successfully')
  },
}

/** The `<disk>` of `dom` whose target or source is `path`, from its live or next-boot config. */
async function findDisk(dom: Domain, path: string, inactive: boolean): Promise<gconfig.DomainDisk> {
  const config = await dom.getConfig({ inactive })
  const disk = config.disks.toArray().find((d) => d.get('target/@dev') === path ||
    [d.get('source/@file'), d.get('source/@dev'), d.get('source/@dir'), d.get('source/@name')].includes(path))
  if (!disk) throw new VirError(`No disk found whose source path or target is ${path}`, { code: VirErrorCode.VIR_ERR_INVALID_ARG })
  return disk
}

const detachDisk: Command = {
  name: 'detach-disk',
  usage: 'DOMAIN TARGET',
  summary: 'detach disk device',
  options: { ...impactOptions, persistent: flag('make live change persistent'), 'print-xml': flag('print XML document rather than detach the disk') },
  arity: [2, 2],
  async run(ctx, { positionals, values }) {
    const flags = impact(values)
    const dom = await domainArg(ctx, positionals[0])
    const disk = await findDisk(dom, positionals[1] ?? '', flags.config === true && flags.live !== true)
    const xml = disk.toXml()
    if (values['print-xml']) {
      printResult(ctx.out, { xml }, () => xml)
      return
    }
    try {
      await dom.detachDevice(xml, flags)
    } catch (err) {
      throw new CommandError('Failed to detach disk', err)
    }
    printResult(ctx.out, { name: dom.name, target: positionals[1] }, () => 'Disk detached successfully')
  },
}

const changeMedia: Command = {
  name: 'change-media',
  usage: 'DOMAIN PATH [SOURCE]',
  summary: 'Change media of CD or floppy drive',
  options: {
    eject: flag('Eject the media'),
    insert: flag('Insert the media'),
    update: flag('Update the media'),
    ...impactOptions,
    force: flag('force media changing'),
    'print-xml': flag('print XML document rather than change media'),
  },
  arity: [2, 3],
  async run(ctx, { positionals, values }) {
    const [ref, path = '', source] = positionals
    const actions = ['eject', 'insert', 'update'].filter((a) => values[a] === true)
    if (actions.length > 1) throw new UsageError('--eject, --insert and --update are mutually exclusive', 'change-media')
    const action = actions[0] ?? (source === undefined ? 'eject' : 'update')
    if (action !== 'eject' && source === undefined) throw new UsageError(`No source is specified for ${action === 'insert' ? 'inserting' : 'updating'} media`, 'change-media')
    if (action === 'eject' && source !== undefined) throw new UsageError('--eject takes no SOURCE', 'change-media')
    const flags = impact(values)
    const dom = await domainArg(ctx, ref)
    const disk = await findDisk(dom, path, flags.config === true && flags.live !== true)
    const device = disk.get('@device')
    if (device !== 'cdrom' && device !== 'floppy') throw new VirError(`The disk device '${path}' is not removable`, { code: VirErrorCode.VIR_ERR_OPERATION_INVALID })
    const hasSource = disk.get('source/@file') !== undefined || disk.get('source/@dev') !== undefined
    if (action === 'insert' && hasSource) throw new VirError(`The disk device '${path}' already has media`, { code: VirErrorCode.VIR_ERR_OPERATION_INVALID })
    if (action === 'eject' && !hasSource) throw new VirError(`The disk device '${path}' doesn't have media`, { code: VirErrorCode.VIR_ERR_OPERATION_INVALID })
    let xml = disk.toXml().replace(/<source\b[^>]*?(\/>|>[\s\S]*?<\/source>)\s*/, '')
    if (action !== 'eject') {
      const attr = disk.get('@type') === 'block' ? 'dev' : 'file'
      xml = xml.replace(/(<disk\b[^>]*>)/, `$1<source ${attr}='${quote(source ?? '')}'/>`)
    }
    if (values['print-xml']) {
      printResult(ctx.out, { xml }, () => xml)
      return
    }
    try {
      await dom.updateDevice(xml, flags)
    } catch (err) {
      throw new CommandError('Failed to complete action', err)
    }
    const done = action === 'eject' ? 'ejected' : action === 'insert' ? 'inserted' : 'updated'
    printResult(ctx.out, { name: dom.name, path, action }, () => `Successfully ${done} media.`, { line: true })
  },
}

const managedsave: Command = {
  name: 'managedsave',
  usage: 'DOMAIN',
  summary: 'managed save of a domain state',
  arity: [1, 1],
  async run(ctx, { positionals }) {
    const dom = await domainArg(ctx, positionals[0])
    try {
      await dom.save()
    } catch (err) {
      throw new CommandError(`Failed to save domain '${dom.name}' state`, err)
    }
    // virsh starts with a blank line (where --verbose draws its progress).
    printResult(ctx.out, { name: dom.name, managedSave: true }, () => `\nDomain '${dom.name}' state saved by libvirt`)
  },
}

const managedsaveRemove: Command = {
  name: 'managedsave-remove',
  usage: 'DOMAIN',
  summary: 'Remove managed save of a domain',
  arity: [1, 1],
  async run(ctx, { positionals }) {
    const dom = await domainArg(ctx, positionals[0])
    const saved = await dom.getSaved()
    if (saved) {
      try {
        await dom.managedSaveRemove()
      } catch (err) {
        throw new CommandError(`Failed to remove managed save image for domain '${dom.name}'`, err)
      }
    }
    // virsh prints these two without its blank line.
    printResult(ctx.out, { name: dom.name, removed: saved }, () => saved
      ? `Removed managedsave image for domain '${dom.name}'`
      : `Domain '${dom.name}' has no manage save image; removal skipped`, { line: true })
  },
}

const save: Command = {
  name: 'save',
  usage: 'DOMAIN FILE',
  summary: 'save a domain state to a file',
  options: { xml: text('filename containing updated XML for the target', 'FILE') },
  arity: [2, 2],
  async run(ctx, { positionals, values }) {
    const [ref, file = ''] = positionals
    const dom = await domainArg(ctx, ref)
    const config = typeof values.xml === 'string' ? await readFile(values.xml, 'utf8') : undefined
    try {
      await dom.saveToFile(file, config === undefined ? {} : { config })
    } catch (err) {
      throw new CommandError(`Failed to save domain '${dom.name}' to ${file}`, err)
    }
    printResult(ctx.out, { name: dom.name, file }, () => `\nDomain '${dom.name}' saved to ${file}`)
  },
}

const restore: Command = {
  name: 'restore',
  usage: 'FILE',
  summary: 'restore a domain from a saved state in a file',
  options: { xml: text('filename containing updated XML for the target', 'FILE') },
  arity: [1, 1],
  async run(ctx, { positionals, values }) {
    const file = positionals[0] ?? ''
    const config = typeof values.xml === 'string' ? await readFile(values.xml, 'utf8') : undefined
    try {
      await (await ctx.connection()).restoreDomainFromFile(file, config === undefined ? {} : { config })
    } catch (err) {
      throw new CommandError(`Failed to restore domain from ${file}`, err)
    }
    printResult(ctx.out, { file }, () => `Domain restored from ${file}`)
  },
}

const metadata: Command = {
  name: 'metadata',
  usage: 'DOMAIN URI',
  summary: 'show or set domain\'s custom XML metadata',
  options: {
    ...impactOptions,
    key: text('key to be used as a namespace identifier', 'KEY'),
    set: text('new metadata to set', 'XML'),
    remove: flag('remove the metadata corresponding to an uri'),
  },
  arity: [2, 2],
  async run(ctx, { positionals, values }) {
    const [ref, uri = ''] = positionals
    const flags = impact(values)
    const key = typeof values.key === 'string' ? values.key : undefined
    const set = typeof values.set === 'string' ? values.set : undefined
    if (set !== undefined && key === undefined) throw new UsageError('namespace key is required when modifying metadata', 'metadata')
    if (set !== undefined && values.remove) throw new UsageError('--set and --remove are mutually exclusive', 'metadata')
    const dom = await domainArg(ctx, ref)
    if (set !== undefined || values.remove) {
      try {
        await dom.setMetadata({ type: 'element', value: set ?? null, ...flags, uri, ...(key === undefined ? {} : { key }) })
      } catch (err) {
        throw new CommandError('Unable to change metadata', err)
      }
      printResult(ctx.out, { name: dom.name, uri, removed: set === undefined }, () => (set === undefined ? 'Metadata removed' : 'Metadata modified'))
      return
    }
    const xml = await dom.getMetadata({ type: 'element', ...flags, uri })
    if (xml === undefined) throw new VirError('metadata not found: Requested metadata element is not present', { code: VirErrorCode.VIR_ERR_NO_DOMAIN_METADATA })
    printResult(ctx.out, { name: dom.name, uri, xml }, () => xml)
  },
}

/** Runs `$VISUAL`/`$EDITOR` (vi by default) on `file` through the shell, as virsh does. */
function runEditor(file: string): void {
  const editor = process.env.VISUAL || process.env.EDITOR || 'vi'
  const run = spawnSync('/bin/sh', ['-c', `${editor} "$1"`, 'editor', file], { stdio: 'inherit' })
  if (run.error) throw run.error
  if (run.status !== 0) throw new VirError(`${editor}: command exited with status ${run.status ?? run.signal}`, { code: VirErrorCode.VIR_ERR_INTERNAL_ERROR })
}

/** Asks on the terminal whether to edit again after a failure; `false` when not on one. */
async function tryAgain(): Promise<boolean> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) return false
  const rl = createInterface({ input: process.stdin, output: process.stdout })
  try {
    for (;;) {
      const answer = (await rl.question('Failed. Try again? [y,n,f,?]:')).trim().toLowerCase()
      if (answer === 'y') return true
      if (answer === 'n' || answer === 'f') return false
      process.stdout.write('y - yes, start editor again\nn - no, throw away my changes\nf - force, try to redefine again\n? - print this help\n')
    }
  } finally {
    rl.close()
  }
}

const edit: Command = {
  name: 'edit',
  usage: 'DOMAIN',
  summary: 'edit XML configuration for a domain',
  arity: [1, 1],
  async run(ctx, { positionals }) {
    const conn = await ctx.connection()
    const dom = await findDomain(conn, positionals[0] ?? '')
    const original = (await dom.getConfig({ inactive: true, secure: true })).toXml()
    const dir = mkdtempSync(join(tmpdir(), 'gvir-edit-'))
    const file = join(dir, `${dom.name}.xml`)
    try {
      writeFileSync(file, original)
      for (;;) {
        runEditor(file)
        const edited = readFileSync(file, 'utf8')
        if (edited === original) {
          printResult(ctx.out, { name: dom.name, changed: false }, () => `Domain '${dom.name}' XML configuration not changed.`)
          return
        }
        try {
          const defined = await conn.createDomain(edited)
          printResult(ctx.out, { name: defined.name, changed: true }, () => `Domain '${defined.name}' XML configuration edited.`)
          return
        } catch (err) {
          printError(ctx.out, err)
          if (!(await tryAgain())) throw new CommandError('Failed to define the edited domain', err)
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  },
}

const consoleCommand: Command = {
  name: 'console',
  usage: 'DOMAIN [DEVNAME]',
  summary: 'connect to the guest console',
  options: { force: flag('force console connection (disconnect already connected sessions)'), safe: flag('only connect if safe console handling is supported') },
  arity: [1, 2],
  async run(ctx, { positionals, values }) {
    const dom = await domainArg(ctx, positionals[0])
    const stream = await dom.openConsole(positionals[1], { force: values.force === true, safe: values.safe === true, signal: ctx.signal })
    const tty = process.stdin.isTTY === true && ctx.out.stdout.isTTY === true
    const done = new Promise<void>((resolve, reject) => {
      const finish = (): void => {
        if (tty) process.stdin.setRawMode(false)
        process.stdin.off('data', onInput)
        process.stdin.pause()
        stream.destroy()
        resolve()
      }
      // Interactive: Ctrl+] (0x1d) ends the session, as virsh's escape character.
      const onInput = (chunk: Buffer): void => {
        const at = tty ? chunk.indexOf(0x1d) : -1
        if (at >= 0) {
          if (at > 0) stream.write(chunk.subarray(0, at))
          finish()
          return
        }
        stream.write(chunk)
      }
      stream.on('data', (chunk: Buffer) => ctx.out.stdout.write(chunk))
      stream.on('end', finish)
      stream.on('error', (err) => { finish(); reject(err) })
      ctx.signal.addEventListener('abort', finish, { once: true })
      if (tty) {
        ctx.out.stdout.write(`Connected to domain '${dom.name}'\r\nEscape character is ^] (Ctrl + ])\r\n`)
        process.stdin.setRawMode(true)
      }
      process.stdin.on('data', onInput)
      // Piped: the guest's output goes on after stdin ends, until Ctrl-C or the console closes.
      process.stdin.resume()
    })
    return { done: done.then(() => { if (tty) ctx.out.stdout.write('\n') }) }
  },
}

/** The domain management commands, one entry each. */
export const domainManageCommands: readonly Command[] = [
  autostart, memoryCommand('setmem', 'change memory allocation'), memoryCommand('setmaxmem', 'change maximum memory limit'), setvcpus,
  deviceCommand('attach-device'), deviceCommand('detach-device'), attachDisk, detachDisk, changeMedia, managedsave, managedsaveRemove,
  save, restore, metadata, edit, consoleCommand,
]
