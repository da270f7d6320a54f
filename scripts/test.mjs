// `npm test` after set-up: runs every compiled mocha spec and ends with the plain
// "N passed, N failed" line that CI reads.
import Mocha from 'mocha'
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

const mocha = new Mocha({ timeout: 60_000, reporter: 'spec' })
for (const file of specs(join(root, 'dist/test')).sort()) {
  if (filter.length === 0 || filter.some((f) => file.includes(f))) mocha.addFile(file)
}
await mocha.loadFilesAsync()
const runner = mocha.run((failures) => {
  const { passes = 0, pending = 0 } = runner.stats ?? {}
  console.log(`\ntests: ${passes} passed, ${failures} failed, ${pending} skipped`)
  process.exitCode = failures > 0 || passes === 0 ? 1 : 0
  // A handle still open here is a test that forgot to close something; say so and end
  // rather than let CI hang. The timer is unref'd, so a clean run exits before it fires.
  setTimeout(() => {
    console.error('test: the process was still held open 10 s after the last test; exiting')
    process.exit(process.exitCode)
  }, 10_000).unref()
})
