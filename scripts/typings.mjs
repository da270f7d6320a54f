// Regenerates typings/ from the typelibs installed on this machine with node-gtk's
// own generator, then repairs what the generator gets wrong that gvir relies on.
// Never edit typings/ by hand: change this script and run `npm run typings`.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outdir = join(root, 'typings')
const namespaces = ['LibvirtGLib-1.0', 'LibvirtGConfig-1.0', 'LibvirtGObject-1.0']

execFileSync(process.execPath, [join(root, 'node_modules/node-gtk/bin/node-gtk.js'), 'generate-types', ...namespaces, '--no-docs', '--outdir', outdir], { stdio: 'inherit' })

const fixes = [
  // The generator prints a nullable callback as `(…) => void | null`, which TypeScript reads
  // as a callback returning `void | null`; node-gtk accepts null for the callback itself.
  [/: (\([^()]*(?:\([^()]*\)[^()]*)*\) => void) \| null/g, ': ($1) | null'],
]

/**
 * `Class.signal` names GObject flags G_SIGNAL_DETAILED, read from the namespace's GIR
 * (`detailed="1"`), plus GObject's own `notify`. Connecting to them takes `name::detail`.
 */
function detailedSignals(ns) {
  const out = new Set(['*.notify'])
  let gir
  try { gir = readFileSync(`/usr/share/gir-1.0/${ns}.gir`, 'utf8') } catch { return out }
  let cls = ''
  for (const m of gir.matchAll(/<(class|interface) name="([^"]+)"|<glib:signal name="([^"]+)"([^>]*)>/g)) {
    if (m[2]) cls = m[2]
    else if (/detailed="1"/.test(m[4])) out.add(`${cls}.${m[3]}`)
  }
  return out
}

/**
 * The generator types `on`/`once` per signal but leaves `connect` (which gvir uses: its ids
 * are what `disconnect` and `signalHandlerIsConnected` take) as `(signal: string, …any)`,
 * declared once on GObject.Object. After each class's generic `on(signal: string…)`, emit a
 * typed `connect` overload per typed `on`, with the same callback type (node-gtk passes the
 * signal's arguments without the instance, as for `on`), a `` `name::${string}` `` overload
 * for detailed signals, and (unless the class declares it already) the generic `connect`
 * last, so each class stays assignable to its parent.
 */
function typeConnect(text, detailed) {
  const out = []
  let cls = ''
  let typed = []
  let ownsGeneric = false
  const lines = text.split('\n')
  lines.forEach((line, i) => {
    const c = /^export (?:class|interface) (\w+)/.exec(line)
    if (c) {
      cls = c[1]
      typed = []
      const end = lines.findIndex((l, j) => j > i && /^}/.test(l))
      ownsGeneric = lines.slice(i, end).some((l) => /^\s+connect\(signal: string, /.test(l))
    }
    const on = /^(\s+)on\(signal: "([^"]+)", callback: (.*), after\?: boolean\): this$/.exec(line)
    if (on) typed.push(on)
    out.push(line)
    const generic = /^(\s+)on\(signal: string, /.exec(line)
    if (generic && typed.length) {
      for (const [, indent, name, cb] of typed) {
        out.push(`${indent}connect(signal: "${name}", callback: ${cb}, after?: boolean): number`)
        if (detailed.has(`${cls}.${name}`) || detailed.has(`*.${name}`)) {
          out.push(`${indent}connect(signal: \`${name}::\${string}\`, callback: ${cb}, after?: boolean): number`)
        }
      }
      if (!ownsGeneric) out.push(`${generic[1]}connect(signal: string, callback: (...args: any[]) => any, after?: boolean): number`)
      typed = []
    }
  })
  return out.join('\n')
}

for (const file of readdirSync(outdir).filter((f) => f.endsWith('.d.ts'))) {
  const path = join(outdir, file)
  let text = readFileSync(path, 'utf8')
  for (const [pattern, replacement] of fixes) text = text.replace(pattern, replacement)
  if (file !== 'node-gtk.d.ts') text = typeConnect(text, detailedSignals(file.replace(/\.d\.ts$/, '')))
  // The shim names the output directory relative to the caller's cwd; keep it stable.
  text = text.replace(/"paths": \{ "node-gtk": \["[^"]*"\] \}/, '"paths": { "node-gtk": ["./typings/node-gtk.d.ts"] }')
  writeFileSync(path, text)
}
