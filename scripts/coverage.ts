// `npm run coverage`: per document kind, the share of the element and attribute paths of
// libvirt's RelaxNG schema that a typed accessor of gvir's gconfig classes reaches.
//   tsx scripts/coverage.ts [--schemas DIR] [--out FILE] [kind…]
// Open content (anyName, e.g. <metadata> children) is listed but not counted: no typed accessor
// can name it, and the generic get/set and the live node cover it.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { readSchema, schemaPaths } from './coverage/rng.js'
import { declaredPaths, type DeclaredClass } from './coverage/declared.js'

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

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const opt = (name: string): string | undefined => {
    const i = args.indexOf(name)
    return i < 0 ? undefined : args.splice(i, 2)[1]
  }
  const schemas = opt('--schemas') ?? join(root, '..', 'shared', 'schemas')
  const out = opt('--out') ?? join(root, 'dist', 'coverage', 'uncovered.txt')
  const selected = args.length > 0 ? args : Object.keys(kinds)
  const report: string[] = []
  let total = 0
  let covered = 0
  console.log('kind              covered / paths      %')
  for (const kind of selected) {
    const k = kinds[kind]
    if (k === undefined) throw new Error(`unknown kind '${kind}'; kinds: ${Object.keys(kinds).join(', ')}`)
    const cls = await loadClass(k.folder, k.cls)
    const c = measure(kind, join(schemas, k.rng), typeof cls === 'string' ? undefined : cls)
    total += c.total
    covered += c.covered
    const pct = c.total === 0 ? 100 : (100 * c.covered) / c.total
    const note = typeof cls === 'string' ? `  (${cls})` : ''
    console.log(`${kind.padEnd(16)} ${String(c.covered).padStart(7)} / ${String(c.total).padEnd(7)} ${pct.toFixed(1).padStart(6)}${note}`)
    report.push(`## ${kind}: ${c.covered}/${c.total} (${pct.toFixed(1)} %)`)
    report.push(...c.uncovered.map((p) => `uncovered ${p}`))
    report.push(...c.open.map((p) => `open      ${p}`))
    report.push(...c.unknown.map((p) => `unknown   ${p}`))
  }
  console.log(`${'all'.padEnd(16)} ${String(covered).padStart(7)} / ${String(total).padEnd(7)} ${((100 * covered) / Math.max(total, 1)).toFixed(1).padStart(6)}`)
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, `${report.join('\n')}\n`)
  console.log(`uncovered paths: ${out}`)
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main()
