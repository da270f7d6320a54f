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

for (const file of readdirSync(outdir).filter((f) => f.endsWith('.d.ts'))) {
  const path = join(outdir, file)
  let text = readFileSync(path, 'utf8')
  for (const [pattern, replacement] of fixes) text = text.replace(pattern, replacement)
  // The shim names the output directory relative to the caller's cwd; keep it stable.
  text = text.replace(/"paths": \{ "node-gtk": \["[^"]*"\] \}/, '"paths": { "node-gtk": ["./typings/node-gtk.d.ts"] }')
  writeFileSync(path, text)
}
