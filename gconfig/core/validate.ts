/**
 * RelaxNG validation through xmllint-wasm (libxml2 in WebAssembly: no native code). Node-only
 * modules are imported lazily so that gconfig itself loads anywhere.
 * @module
 */
import { ConfigError } from './error.js'
import { parseXml, type XmlElement } from './xml/index.js'

/** Options of `validate()`. */
export interface ValidateOptions {
  /**
   * Directory of libvirt's `*.rng` files. Default: `$GVIR_SCHEMA_DIR`, else
   * `/usr/share/libvirt/schemas` (the host libvirt's, possibly older than the document).
   */
  schemaDir?: string
  /** The schema file to use instead of the class's own (`domain.rng`). */
  schema?: string
}

/** One schema violation. */
export interface ValidationError {
  /** xmllint's message (`Element disk failed to validate attributes`). */
  readonly message: string
  /** 1-based line in `toXml()`'s text, when xmllint gives it. */
  readonly line?: number
  /** Name of the element concerned, when known. */
  readonly element?: string
  /** Path of that element, `/domain/devices/disk[2]` (1-based among same-named siblings). */
  readonly path?: string
}

/** The outcome of `validate()`. */
export interface ValidationResult {
  /** True when the document matches the schema. */
  readonly valid: boolean
  /** Every error xmllint reported, with the element and path it concerns; empty when valid. */
  readonly errors: readonly ValidationError[]
}

/** The default schema directory. */
export const DEFAULT_SCHEMA_DIR = '/usr/share/libvirt/schemas'

interface SchemaFile {
  fileName: string
  contents: string
}

const schemaSets = new Map<string, Promise<SchemaFile[]>>()

async function loadSchemas(dir: string): Promise<SchemaFile[]> {
  const { readdir, readFile } = await import('node:fs/promises')
  let names: string[]
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.rng')).sort()
  } catch {
    throw new ConfigError(`no RelaxNG schema directory at ${dir}`)
  }
  return Promise.all(names.map(async (fileName) => ({ fileName, contents: await readFile(`${dir}/${fileName}`, 'utf8') })))
}

function elementPath(el: XmlElement): string {
  let path = ''
  for (let e: XmlElement = el; ; ) {
    const p = e.parent
    if (p === null || p.kind === 'document') return `/${e.name}${path}`
    let n = 0
    let of = 0
    for (const c of p.children) {
      if (c.kind !== 'element' || c.name !== e.name) continue
      of++
      if (c === e) n = of
    }
    path = of > 1 ? `/${e.name}[${n}]${path}` : `/${e.name}${path}`
    e = p
  }
}

/** The deepest element named `name` whose start tag begins on `line` (else any on that line). */
function elementAt(xml: string, root: XmlElement, line: number, name: string | undefined): XmlElement | undefined {
  const lineStarts = [0]
  for (let i = xml.indexOf('\n'); i >= 0; i = xml.indexOf('\n', i + 1)) lineStarts.push(i + 1)
  const from = lineStarts[line - 1] ?? Infinity
  const to = lineStarts[line] ?? xml.length
  let best: XmlElement | undefined
  const visit = (el: XmlElement): void => {
    if (el.start >= from && el.start < to && (name === undefined || el.name === name)) best ??= el
    for (const c of el.children) if (c.kind === 'element' && c.start < to && (c.end >= from || c.closeStart < 0)) visit(c)
  }
  visit(root)
  return best
}

/** Validates `xml` against `schema` in the schema directory. */
export async function validateXml(xml: string, schema: string, opts: ValidateOptions = {}): Promise<ValidationResult> {
  const dir = opts.schemaDir ?? process.env.GVIR_SCHEMA_DIR ?? DEFAULT_SCHEMA_DIR
  const main = opts.schema ?? schema
  if (main === '') throw new ConfigError('this kind has no RelaxNG schema; pass { schema }')
  let set = schemaSets.get(dir)
  if (set === undefined) {
    set = loadSchemas(dir)
    schemaSets.set(dir, set)
    set.catch(() => schemaSets.delete(dir))
  }
  const files = await set
  const mainFile = files.find((f) => f.fileName === main)
  if (mainFile === undefined) throw new ConfigError(`no ${main} in ${dir}`)
  const { validateXML } = await import('xmllint-wasm')
  const result = await validateXML({
    xml: [{ fileName: 'document.xml', contents: xml }],
    schema: [mainFile],
    preload: files.filter((f) => f !== mainFile),
    extension: 'relaxng',
  })
  if (result.valid) return { valid: true, errors: [] }
  const root = parseXml(xml).root
  const errors = result.errors.map((e): ValidationError => {
    const m = /element ([^\s:]+):/.exec(e.rawMessage) ?? /Element ([^\s:]+)/.exec(e.message)
    const name = m?.[1]
    const line = e.loc?.lineNumber
    const el = line === undefined ? undefined : elementAt(xml, root, line, name)
    return {
      message: e.message.replace(/^\s*element [^\s:]+:\s*/, '').trim(),
      ...(line !== undefined ? { line } : {}),
      ...(name !== undefined ? { element: name } : {}),
      ...(el !== undefined ? { path: elementPath(el) } : {}),
    }
  })
  return { valid: false, errors }
}
