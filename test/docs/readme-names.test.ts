// A new user follows the README to the letter: every script, file, example, CLI command and
// API name it gives must exist, and the CLI's own command list must all be in it.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as gvir from '../../lib/index.js'

let root = dirname(fileURLToPath(import.meta.url))
while (!existsSync(join(root, 'package.json'))) root = dirname(root)

const readme = readFileSync(join(root, 'README.md'), 'utf8')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string>; bin: Record<string, string> }

/** The text of the `## title` section, up to the next `## `. */
function section(title: string): string {
  const start = readme.indexOf(`\n## ${title}\n`)
  assert.ok(start >= 0, `README has no "## ${title}" section`)
  const end = readme.indexOf('\n## ', start + 1)
  return readme.slice(start, end < 0 ? undefined : end)
}

/** The cells of a Markdown table's rows (header and rule left out), from its header line on. */
function tableRows(text: string, header: string): string[][] {
  const at = text.indexOf(header)
  assert.ok(at >= 0, `no table headed ${header}`)
  const rows: string[][] = []
  for (const line of text.slice(at).split('\n').slice(2)) {
    if (!line.startsWith('|')) break
    rows.push(line.slice(1, -1).split(' | ').map((c) => c.trim()))
  }
  return rows
}

const codeSpans = (text: string): string[] => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!)

describe('README: what it names exists', function () {
  this.timeout(30_000)

  it('names only npm scripts package.json defines, and the two commands as it defines them', () => {
    const named = [...readme.matchAll(/\bnpm (?:run (\w+)|(start|test)\b)/g)].map((m) => m[1] ?? m[2]!)
    assert.ok(named.length > 0)
    for (const name of new Set(named)) assert.ok(name in pkg.scripts, `npm ${name}: no such script`)
    const twoCommands = section('Two commands')
    for (const name of ['start', 'test']) {
      // The section quotes what each command runs after set-up; it must be what package.json says.
      const [setup, then] = pkg.scripts[name]!.split(' && ')
      assert.equal(setup, 'bash scripts/setup.sh', `npm ${name} no longer starts with set-up`)
      assert.ok(twoCommands.includes(then!), `the README does not say that npm ${name} runs ${then}`)
    }
  })

  it('links and names only files that exist', () => {
    const links = [...readme.matchAll(/\]\(([^)#\s]+)\)/g)].map((m) => m[1]!).filter((l) => !/^[a-z]+:/.test(l))
    const paths = codeSpans(readme).filter((s) => /^(?:examples|scripts|docs|bench|test|patches|glib|gconfig|gobject|lib|cli|typings)\/[\w./-]*$/.test(s))
    assert.ok(links.length > 0)
    for (const path of [...links, ...paths]) assert.ok(existsSync(join(root, path)), `${path} does not exist`)
  })

  it('lists every script in examples/', () => {
    const examples = section('Examples')
    for (const name of readdirSync(join(root, 'examples'))) {
      // A script is linked as itself, a folder (examples/boxes) by a file in it.
      const entry = `examples/${name}`
      assert.ok(examples.includes(name.endsWith('.ts') ? `](${entry})` : `](${entry}/`), `${entry} is not listed in the README's Examples`)
    }
  })

  it('describes exactly the commands gvir --help lists', () => {
    assert.equal(pkg.bin.gvir, 'dist/cli/main.js')
    const help = spawnSync(process.execPath, [join(root, pkg.bin.gvir), '--help'], { encoding: 'utf8' })
    assert.equal(help.status, 0, help.stderr)
    // gvir --help lists them under virsh's group titles, four spaces in.
    const commands = [...help.stdout.matchAll(/^ {4}(\S+)/gm)].map((m) => m[1]!)
    const documented = tableRows(section('The `gvir` command line'), '| group (`virsh help` keyword) | commands |')
      .flatMap((cells) => codeSpans(cells[cells.length - 1]!))
      .map((span) => span.split(/\s+/)[0]!)
      .filter((word) => /^[a-z][a-z-]*$/.test(word))
    assert.deepEqual([...new Set(documented)].sort(), [...commands].sort())
  })

  it('maps libvirt-glib onto names gvir really exports', async () => {
    const conn = await gvir.Connection.open('test:///default')
    try {
      await conn.fetchDomains()
      const domain = conn.findDomainByName('test')!
      // What the table's lower-case receivers stand for; `X`/`x` stand for any gconfig class,
      // `config` for a gconfig Domain.
      const receivers: Record<string, object> = {
        conn, connection: conn, domain, vol: gvir.StorageVol.prototype,
        X: gvir.gconfig.Domain, x: gvir.gconfig.Domain.prototype, config: gvir.gconfig.Domain.prototype,
      }
      const rows = tableRows(section('How gvir maps libvirt-glib'), '| libvirt-glib | gvir |')
      assert.ok(rows.length >= 10)
      for (const [, cell] of rows) {
        // Arguments and option keys are placeholders (`uri`, `{ readOnly, signal }`, `stream`): only what calls them is checked.
        for (const span of codeSpans(cell!).map((s) => s.replace(/\([^()]*\)/g, '()'))) {
          for (const [, head, member] of span.matchAll(/(?<![\w.$])([A-Za-z]\w*\$?)((?:\.\w+\$?)*)(?![\w$.])(?!\s*:)/g)) {
            if (head === 'await') continue
            const path = member!.split('.').filter(Boolean)
            let target: unknown
            if (head! in receivers) target = receivers[head!]
            else if (head! in gvir) target = (gvir as Record<string, unknown>)[head!]
            else if (/^[a-z]\w*\$$/.test(head!)) { assert.ok(head! in domain || head! in conn, `${span}: no ${head}`); continue }
            else if (['code', 'codeName', 'operation', 'detail', 'info', 'cause'].includes(head!)) { assert.ok(head! in new gvir.VirError('x', { cause: 1 }), `VirError has no ${head}`); continue }
            else if (head === 'AbortError' || head === 'AbortSignal') continue
            else assert.fail(`${span}: gvir exports no ${head}`)
            for (const name of path) {
              assert.ok(target !== null && (typeof target === 'object' || typeof target === 'function') && name in target, `${span}: no ${name} on ${head}`)
              target = (target as Record<string, unknown>)[name]
            }
          }
        }
      }
      assert.ok('gobject' in domain && 'gobject' in conn, '.gobject on every gvir object')
    } finally {
      conn.close()
    }
  })
})
