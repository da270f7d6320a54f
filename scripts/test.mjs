// `npm test` after set-up: lints (`npm run lint`), runs every compiled mocha spec and ends
// with the plain "N passed, N failed" line that CI reads; a lint with any diagnostic counts as
// one failure there. Given spec filters (`node scripts/test.mjs test/docs`), it only runs those.
import Mocha from 'mocha'
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const filter = process.argv.slice(2)

function specs(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) return specs(p)
    return name.endsWith('.test.js') ? [p] : []
  })
}

// Biome's exit status counts errors only (warnings with --error-on-warnings, infos never):
// any "Found N …" line in its report is a failure here, so the lint is clean at zero of each.
let lintFailed = 0
if (filter.length === 0) {
  const lint = spawnSync('npm', ['run', '--silent', 'lint'], { cwd: root, encoding: 'utf8' })
  process.stdout.write(lint.stdout ?? '')
  process.stderr.write(lint.stderr ?? '')
  if (lint.status !== 0 || /^Found \d+ (?:error|warning|info)/m.test(`${lint.stdout}${lint.stderr}`)) {
    const why = lint.error?.message ?? (lint.status !== 0 ? `exit ${lint.status}` : 'it reported diagnostics')
    console.error(`test: npm run lint is not clean (${why}): fix what it says above`)
    lintFailed = 1
  }
}

const mocha = new Mocha({ timeout: 60_000, reporter: 'spec' })
for (const file of specs(join(root, 'dist/test')).sort()) {
  if (filter.length === 0 || filter.some((f) => file.includes(f))) mocha.addFile(file)
}
await mocha.loadFilesAsync()
const runner = mocha.run((failures) => {
  const { passes = 0, pending = 0 } = runner.stats ?? {}
  const failed = failures + lintFailed
  console.log(`\ntests: ${passes} passed, ${failed} failed, ${pending} skipped`)
  process.exitCode = failed > 0 || passes === 0 ? 1 : 0
  // A handle still open here is a test that forgot to close something; say so and end
  // rather than let CI hang. The timer is unref'd, so a clean run exits before it fires.
  setTimeout(() => {
    console.error('test: the process was still held open 10 s after the last test; exiting')
    process.exit(process.exitCode)
  }, 10_000).unref()
})
