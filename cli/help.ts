/**
 * `--help` texts.
 * @module
 */
import type { Command } from './command.js'
import { virshGroups } from './groups.js'
import { commands } from './registry.js'

/** The help of `gvir` itself. */
export function mainHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length), 'monitor'.length) + 2
  return [
    'Usage: gvir [--connect URI] [--json] [--monitor] COMMAND [ARGS…] [; COMMAND [ARGS…]]…',
    '',
    'A small virsh over gvir (libvirt-glib for TypeScript).',
    '',
    'Global options:',
    '  -c, --connect URI   the hypervisor to connect to (default test:///default)',
    '      --json          machine-readable output: one JSON document per result (JSON lines for streams)',
    '      --monitor       print every libvirt-glib call made, to stderr (as `monitor --`)',
    '  -h, --help          this help; `gvir COMMAND --help` for a command',
    '',
    'Grouped commands:',
    '',
    ...groupedCommands().flatMap(({ title, keyword, lines }) => [
      ` ${title} (help keyword '${keyword}'):`,
      ...lines.map(([name, summary]) => `    ${name.padEnd(Math.max(width, 31))}${summary}`),
      '',
    ]),
    "Commands separated by ';' run in turn on one connection (test:///default lives only as long as it):",
    "  gvir events --timeout 5 \\; start test \\; destroy test",
    '',
    'Errors print `error: <message> (VIR_ERR_…)` to stderr, as virsh with libvirt\'s code; the exit status is 1 (in a batch, the last command\'s).',
  ].join('\n')
}

/** gvir's commands that virsh names otherwise, by virsh's group keyword. */
const ownGroups: Readonly<Record<string, string>> = { info: 'monitor', events: 'events' }

/** gvir's commands under virsh's group titles, in virsh's order; gvir's own tools last. */
function groupedCommands(): { title: string; keyword: string; lines: [string, string][] }[] {
  const groups = virshGroups.map((g) => ({ title: g.title, keyword: g.keyword, lines: [] as [string, string][] }))
  const byKeyword = new Map(groups.map((g) => [g.keyword, g]))
  const sorted = [...commands].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const c of sorted) {
    const keyword = ownGroups[c.name] ?? virshGroups.find((g) => g.commands.includes(c.name))?.keyword ?? 'virsh'
    byKeyword.get(keyword)?.lines.push([c.name, c.summary])
  }
  byKeyword.get('virsh')?.lines.push(
    ['help', "this help, or a command's: help COMMAND"],
    ['monitor', 'run a command line and print every libvirt-glib call it makes: monitor -- COMMAND…'],
  )
  return groups.filter((g) => g.lines.length > 0)
}

/** The help of one command. */
export function commandHelp(cmd: Command): string {
  const options = Object.entries(cmd.options ?? {}).map(([name, o]) => {
    const flag = `--${name}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}`
    return [flag, o.help] as const
  })
  options.push(['--json', 'machine-readable output'], ['-h, --help', 'this help'])
  const width = Math.max(...options.map(([f]) => f.length)) + 2
  return [
    `Usage: gvir ${cmd.name}${options.length > 2 ? ' [OPTIONS]' : ''}${cmd.usage ? ` ${cmd.usage}` : ''}`,
    '',
    `${cmd.summary.charAt(0).toUpperCase()}${cmd.summary.slice(1)}.`,
    '',
    'Options:',
    ...options.map(([f, h]) => `  ${f.padEnd(width)}${h}`),
  ].join('\n')
}

/** The help of `monitor`. */
export function monitorHelp(): string {
  return [
    'Usage: gvir monitor [--json] -- COMMAND [ARGS…]',
    '',
    'Runs COMMAND (or a ;-separated batch) and prints to stderr every libvirt-glib call gvir makes',
    'meanwhile, one line each: the time it started, the object (and which one), the method,',
    'how long it took and its outcome (`ok` or the VirError code). Secrets are redacted.',
    '',
    'Options:',
    '  --json       each call as a JSON line',
    '  -h, --help   this help',
  ].join('\n')
}
