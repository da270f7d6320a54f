// Start-up as an app sees it (issue 11): the check for a node-gtk without gvir's fixes speaks
// once and never throws, and no runtime module loads rxjs's whole index.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { patchSeriesDigest } from '../../glib/node-gtk-check.js'
import { repoRoot } from '../gconfig/support/shared.js'

const exec = promisify(execFile)
const root = repoRoot()

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n)
    return statSync(p).isDirectory() ? jsFiles(p) : n.endsWith('.js') ? [p] : []
  })
}

describe('start-up', function () {
  this.timeout(60_000)

  it('says once on stderr, with the fixing command, that a node-gtk lacks gvir\'s fixes, and goes on', async () => {
    const check = join(root, 'dist/glib/node-gtk-check.js')
    const script = `import { checkNodeGtkPatches } from ${JSON.stringify(check)}
      checkNodeGtkPatches({})
      checkNodeGtkPatches({ gvirPatches: 'another series' })
      checkNodeGtkPatches({})
      console.log('still running')`
    const { stdout, stderr } = await exec(process.execPath, ['--input-type=module', '-e', script])
    assert.equal(stdout, 'still running\n')
    assert.equal(stderr.match(/gvir: warning/g)?.length, 1, stderr)
    assert.match(stderr, /built without gvir's fixes/)
    assert.match(stderr, /transfer-full string/)
    assert.ok(stderr.includes(`node "${join(root, 'scripts/patch-node-gtk.mjs')}"`), stderr)
  })

  it('is silent for the node-gtk set-up patched, whose binary carries the series\' digest', async () => {
    const { stdout, stderr } = await exec(process.execPath, ['--input-type=module', '-e', `import { Connection } from ${JSON.stringify(join(root, 'dist/lib/index.js'))}
      const c = await Connection.open('test:///default'); await c.fetchDomains(); console.log(c.getDomains().map((d) => d.name).join()); c.close(); process.exit(0)`])
    assert.equal(stdout, 'test\n')
    assert.equal(stderr, '')
    const { stdout: stamp } = await exec(process.execPath, ['-p', "require('node-gtk/lib/native.js').gvirPatches"], { cwd: root })
    assert.equal(stamp.trim(), patchSeriesDigest(root))
  })

  it('imports rxjs by its pieces in every runtime module: its index alone loads 224 modules (~78 ms CPU)', () => {
    const offenders = ['lib', 'glib', 'gobject', 'gconfig', 'cli'].flatMap((d) => jsFiles(join(root, 'dist', d)))
      .filter((f) => /from 'rxjs'|require\('rxjs'\)/.test(readFileSync(f, 'utf8')))
    assert.deepEqual(offenders, [])
  })
})
