// `npm run build`: TypeScript to dist/, the GI typings beside it (the .d.ts files of
// the public API import them), and the native loop addon when its sources changed.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' })

run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'])

mkdirSync(join(root, 'dist/typings'), { recursive: true })
for (const f of readdirSync(join(root, 'typings')).filter((f) => f.endsWith('.d.ts'))) {
  cpSync(join(root, 'typings', f), join(root, 'dist/typings', f))
}

const addon = join(root, 'build/Release/gvir_loop.node')
const sources = [join(root, 'binding.gyp'), ...readdirSync(join(root, 'glib/native')).map((f) => join(root, 'glib/native', f))]
const stale = !existsSync(addon) || sources.some((s) => statSync(s).mtimeMs > statSync(addon).mtimeMs)
if (stale) {
  // npm puts its bundled node-gyp on PATH for scripts; fall back to npx outside npm.
  const gyp = process.env.npm_config_node_gyp
  if (gyp) run(process.execPath, [gyp, 'rebuild'])
  else run('npx', ['--yes', 'node-gyp', 'rebuild'])
}
