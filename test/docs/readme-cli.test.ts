// The README's CLI section shows real sessions: each ```sh gvir-example block holds
// `$ command` lines, each followed by what it prints (stdout and stderr, as a terminal shows
// them). Every command runs here, as written but with `npx gvir` pointed at this build, and
// must print exactly that, times, durations and UUIDs aside.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

let root = dirname(fileURLToPath(import.meta.url))
while (!existsSync(join(root, 'package.json'))) root = dirname(root)

const readme = readFileSync(join(root, 'README.md'), 'utf8')

/** One `$ command` of a gvir-example block and the lines shown after it. */
interface Session {
  readonly command: string
  readonly output: string
}

function sessions(markdown: string): Session[] {
  const found: Session[] = []
  for (const [, body] of markdown.matchAll(/^```sh gvir-example\n([\s\S]*?)^```$/gm)) {
    for (const chunk of body!.split(/^(?=\$ )/m)) {
      const [first, ...rest] = chunk.split('\n')
      assert.ok(first!.startsWith('$ '), `a gvir-example block must start with a "$ " line: ${first}`)
      found.push({ command: first!.slice(2), output: rest.join('\n') })
    }
  }
  return found
}

/** Times, durations, UUIDs and clock-derived counters (the test driver's CPU time) vary from run to run. */
function normalise(text: string): string {
  return text
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z/g, '<time>')
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>')
    .replace(/\b\d+(?:\.\d+)?ms\b/g, '<ms>')
    .replace(/\d{10,}(?:\.\d+)?/g, '<n>')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim()
}

const cli = join(root, 'dist/cli/main.js')

function run(command: string) {
  assert.match(command, /^npx gvir /, 'README examples call the CLI as `npx gvir …`')
  const local = command.replaceAll('npx gvir ', `'${process.execPath}' '${cli}' `)
  return spawnSync('bash', ['-c', `{ ${local}\n} 2>&1`], { cwd: root, encoding: 'utf8', timeout: 30_000 })
}

describe('README: the gvir command line', function () {
  this.timeout(40_000)
  const shown = sessions(readme)

  it('shows real gvir sessions', () => {
    assert.ok(shown.length >= 4, `found ${shown.length} commands in gvir-example blocks`)
  })

  for (const { command, output } of shown) {
    it(`prints what the README shows for \`${command}\``, () => {
      const result = run(command)
      assert.equal(result.signal, null, `killed after 30 s:\n${result.stdout}`)
      const failed = /^error: /m.test(output)
      assert.equal(result.status, failed ? 1 : 0, result.stdout)
      assert.equal(normalise(result.stdout), normalise(output))
    })
  }
})
