// `npm run bench [name…]`: builds, then runs each benchmark in bench/<name>/ (its
// index.js, or run.js) one after the other. Every benchmark runs its peers in the
// same run and prints ratios; absolute times on shared machines are noise.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const wanted = process.argv.slice(2)
execFileSync('bash', [join(root, 'scripts/setup.sh')], { stdio: 'inherit', cwd: root })
for (const name of readdirSync(join(root, 'bench')).sort()) {
  if (wanted.length && !wanted.includes(name)) continue
  const entry = ['index.js', 'run.js'].map((f) => join(root, 'dist/bench', name, f)).find(existsSync)
  if (!entry) continue
  console.log(`\n=== bench/${name}`)
  execFileSync(process.execPath, ['--expose-gc', entry], { stdio: 'inherit', cwd: root })
}
