// `npm run coverage`: per document kind, the share of the element and attribute paths of
// libvirt's RelaxNG schema that a typed accessor of gvir's gconfig classes reaches.
//   tsx scripts/coverage.ts [--schemas DIR] [--out FILE] [--check] [kind…]
// Prints a table (kind, paths, covered, %, explained) and writes a Markdown report (default
// docs/coverage.md; dist/coverage/partial.md when kinds are named) with the table and every path
// left uncovered, grouped by its reason.
// --check exits with 1 when a path is uncovered without a reason in EXPLAINED.
// Open content (anyName, e.g. <metadata> children) is listed but not counted: no typed accessor
// can name it, and the generic get/set and the live node cover it.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { readSchema, schemaPaths } from './coverage/rng.js'
import { declaredPaths, type DeclaredClass } from './coverage/declared.js'
import { schemaDir } from '../test/gconfig/support/shared.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** Each kind: its schema, the gconfig folder and the class of its document element. */
export const kinds: Record<string, { rng: string; folder: string; cls: string }> = {
  domain: { rng: 'domain.rng', folder: 'domain', cls: 'Domain' },
  network: { rng: 'network.rng', folder: 'network', cls: 'Network' },
  networkport: { rng: 'networkport.rng', folder: 'networkport', cls: 'NetworkPort' },
  storagepool: { rng: 'storagepool.rng', folder: 'storagepool', cls: 'StoragePool' },
  storagevol: { rng: 'storagevol.rng', folder: 'storagevol', cls: 'StorageVol' },
  storagepoolcaps: { rng: 'storagepoolcaps.rng', folder: 'storagepoolcaps', cls: 'StoragePoolCapabilities' },
  capabilities: { rng: 'capability.rng', folder: 'capabilities', cls: 'Capabilities' },
  domaincaps: { rng: 'domaincaps.rng', folder: 'domaincaps', cls: 'DomainCapabilities' },
  nodedev: { rng: 'nodedev.rng', folder: 'nodedev', cls: 'NodeDevice' },
  secret: { rng: 'secret.rng', folder: 'secret', cls: 'Secret' },
  snapshot: { rng: 'domainsnapshot.rng', folder: 'snapshot', cls: 'DomainSnapshot' },
  checkpoint: { rng: 'domaincheckpoint.rng', folder: 'checkpoint', cls: 'DomainCheckpoint' },
  backup: { rng: 'domainbackup.rng', folder: 'backup', cls: 'DomainBackup' },
  interface: { rng: 'interface.rng', folder: 'interface', cls: 'Interface' },
  nwfilter: { rng: 'nwfilter.rng', folder: 'nwfilter', cls: 'NetworkFilter' },
  nwfilterbinding: { rng: 'nwfilterbinding.rng', folder: 'nwfilterbinding', cls: 'NetworkFilterBinding' },
}

/**
 * Why a schema path may stay without a typed accessor. Every uncovered path must match one,
 * else the report lists it as unexplained (and `--check` fails).
 */
export const EXPLAINED: readonly { readonly pattern: RegExp; readonly reason: string }[] = [
  {
    pattern: /\/(qemu|lxc|bhyve|xen|vmware):/,
    reason:
      'Hypervisor-specific extension in its own XML namespace (qemu:commandline, qemu:capabilities, qemu:override, ' +
      'qemu:deprecation, lxc:namespace, bhyve:commandline, xen:commandline, vmware:datacenterpath). Untyped on purpose: ' +
      'its prefix is whatever the document binds to the namespace URI, so a name-based accessor could miss it. It survives ' +
      'every round trip and every edit byte for byte (tested), and is read and written through `get()`/`set()` with the ' +
      "prefixed path (`dom.get('qemu:commandline/qemu:arg/@value')`) or through the live `node`.",
  },
]

/** The reason `path` may stay uncovered, or undefined. */
export function reasonFor(path: string): string | undefined {
  return EXPLAINED.find((e) => e.pattern.test(path))?.reason
}

/** Coverage of one kind. */
export interface KindCoverage {
  readonly kind: string
  readonly total: number
  readonly covered: number
  readonly uncovered: string[]
  readonly open: string[]
  /** Declared paths the schema does not have (a typo, or a newer libvirt). */
  readonly unknown: string[]
  readonly error?: string
}

/** Measures one kind against the class `cls` (undefined when the kind has no class yet). */
export function measure(kind: string, schemaFile: string, cls: DeclaredClass | undefined): KindCoverage {
  const paths = schemaPaths(readSchema(schemaFile))
  const counted = paths.filter((p) => !p.open)
  const known = new Set(paths.map((p) => p.path))
  const docRoot = counted.find((p) => p.kind === 'element')?.path ?? '/'
  const declared = cls === undefined ? new Set<string>() : declaredPaths(cls, docRoot, known)
  const uncovered = counted.filter((p) => !declared.has(p.path)).map((p) => p.path)
  const unknown = [...declared].filter((p) => !known.has(p) && !known.has(p.replace(/\/[^/]+$/, '/*')))
  return {
    kind,
    total: counted.length,
    covered: counted.length - uncovered.length,
    uncovered,
    open: paths.filter((p) => p.open).map((p) => p.path),
    unknown,
  }
}

async function loadClass(folder: string, name: string): Promise<DeclaredClass | string> {
  try {
    const mod = (await import(pathToFileURL(join(root, 'gconfig', folder, 'index.ts')).href)) as Record<string, unknown>
    const cls = mod[name]
    return typeof cls === 'function' ? (cls as DeclaredClass) : `gconfig/${folder} exports no ${name}`
  } catch (e) {
    return `gconfig/${folder}: ${(e as Error).message.split('\n')[0]}`
  }
}

/** The Markdown report: the table, then each kind's uncovered paths grouped by reason. */
export function markdown(results: readonly KindCoverage[]): string {
  const pct = (covered: number, total: number): string => (total === 0 ? 100 : (100 * covered) / total).toFixed(1)
  const rows = results.map((c) => {
    const explained = c.uncovered.filter((p) => reasonFor(p) !== undefined).length
    return `| ${c.kind} | ${c.total} | ${c.covered} | ${pct(c.covered, c.total)} | ${explained} | ${c.uncovered.length - explained} |`
  })
  const total = results.reduce((n, c) => n + c.total, 0)
  const covered = results.reduce((n, c) => n + c.covered, 0)
  const out = [
    '# gconfig: RelaxNG coverage',
    '',
    'Generated by `npm run coverage` (scripts/coverage.ts) from libvirt 11.3.0\'s schemas: per document kind, the element and',
    'attribute paths of the schema, and how many a typed accessor of gvir/gconfig reaches. "Explained" paths are uncovered',
    'for a reason listed below; "unexplained" ones are gaps. Open content (`<metadata>` children, anyName) is not counted.',
    '',
    '| kind | paths | covered | % | uncovered, explained | uncovered, unexplained |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows,
    `| **all** | ${total} | ${covered} | ${pct(covered, total)} | | |`,
    '',
  ]
  for (const c of results) {
    if (c.uncovered.length === 0 && c.open.length === 0 && c.unknown.length === 0) continue
    out.push(`## ${c.kind}`, '')
    const byReason = new Map<string, string[]>()
    for (const p of c.uncovered) {
      const r = reasonFor(p) ?? 'UNEXPLAINED: no typed accessor yet.'
      byReason.set(r, [...(byReason.get(r) ?? []), p])
    }
    for (const [reason, paths] of byReason) out.push(`Uncovered (${paths.length}). ${reason}`, '', ...paths.map((p) => `- \`${p}\``), '')
    if (c.open.length > 0) {
      out.push(`Open content (${c.open.length}), not counted: any element may appear; it is kept verbatim and reached with \`get()\`/\`set()\`/\`node\`.`, '')
      out.push(...c.open.map((p) => `- \`${p}\``), '')
    }
    if (c.unknown.length > 0) {
      out.push(
        `Declared but not in the schema at this place (${c.unknown.length}): reached through a class shared by several places ` +
          'that the schema restricts differently (a disk source inside an NVRAM, a sysinfo entry…). Harmless: the accessor reads ' +
          'what is there; `validate()` reports it if a document uses it.',
        '',
      )
      out.push(...c.unknown.map((p) => `- \`${p}\``), '')
    }
  }
  return out.join('\n')
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const opt = (name: string): string | undefined => {
    const i = args.indexOf(name)
    return i < 0 ? undefined : args.splice(i, 2)[1]
  }
  const flagAt = args.indexOf('--check')
  const check = flagAt >= 0
  if (check) args.splice(flagAt, 1)
  const schemas = opt('--schemas') ?? schemaDir
  const outOption = opt('--out')
  // A run over some kinds must not overwrite the committed report of all of them.
  const out = outOption ?? join(root, ...(args.length > 0 ? ['dist', 'coverage', 'partial.md'] : ['docs', 'coverage.md']))
  const selected = args.length > 0 ? args : Object.keys(kinds)
  const results: KindCoverage[] = []
  console.log('kind               paths  covered       %  explained  unexplained')
  for (const kind of selected) {
    const k = kinds[kind]
    if (k === undefined) throw new Error(`unknown kind '${kind}'; kinds: ${Object.keys(kinds).join(', ')}`)
    const cls = await loadClass(k.folder, k.cls)
    const c = measure(kind, join(schemas, k.rng), typeof cls === 'string' ? undefined : cls)
    results.push(c)
    const explained = c.uncovered.filter((p) => reasonFor(p) !== undefined).length
    const pct = c.total === 0 ? 100 : (100 * c.covered) / c.total
    const note = typeof cls === 'string' ? `  (${cls})` : ''
    console.log(
      `${kind.padEnd(16)} ${String(c.total).padStart(7)} ${String(c.covered).padStart(8)} ${pct.toFixed(1).padStart(7)} ` +
        `${String(explained).padStart(10)} ${String(c.uncovered.length - explained).padStart(12)}${note}`,
    )
  }
  const total = results.reduce((n, c) => n + c.total, 0)
  const covered = results.reduce((n, c) => n + c.covered, 0)
  const gaps = results.reduce((n, c) => n + c.uncovered.filter((p) => reasonFor(p) === undefined).length, 0)
  console.log(`${'all'.padEnd(16)} ${String(total).padStart(7)} ${String(covered).padStart(8)} ${((100 * covered) / Math.max(total, 1)).toFixed(1).padStart(7)}`)
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, markdown(results))
  console.log(`uncovered paths and reasons: ${out}`)
  if (check && gaps > 0) {
    console.error(`${gaps} uncovered path(s) without a reason`)
    process.exitCode = 1
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main()
