// The loop glue as users meet it: plain scripts run as child processes, each with a
// deadline, so a script that hangs or exits early fails the test instead of the suite.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

// Compiled (dist/test/glib) or run from source (test/glib): the fixtures stay in the
// source tree, plain JS run as written, and import the package by its own name.
let root = dirname(fileURLToPath(import.meta.url))
while (!existsSync(join(root, 'package.json'))) root = dirname(root)
const fixtures = join(root, 'test', 'glib', 'loop-fixtures')

interface Run { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; ms: number }

function runScript(name: string, env: Record<string, string> = {}, deadlineMs = 20_000): Promise<Run> {
  return new Promise((resolve) => {
    const t0 = performance.now()
    const child = spawn(process.execPath, [join(fixtures, name)], { cwd: root, env: { ...process.env, ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString() })
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString() })
    const timer = setTimeout(() => child.kill('SIGKILL'), deadlineMs)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal, stdout, stderr, ms: performance.now() - t0 })
    })
  })
}

describe('glib loop glue', function () {
  this.timeout(60_000)

  for (const script of ['tour-esm.mjs', 'tour-cjs.cjs']) {
    it(`lets a plain ${script.endsWith('.cjs') ? 'CommonJS' : 'ESM'} script await calls, receive events and exit by itself`, async () => {
      const run = await runScript(script)
      assert.equal(run.signal, null, `killed at the deadline: ${run.stdout}${run.stderr}`)
      assert.equal(run.code, 0, run.stderr)
      assert.deepEqual(run.stdout.trim().split('\n'), [
        'event {"type":"stopped","detail":"destroyed"}',
        'event {"type":"started","detail":"booted"}',
        'state running',
      ])
    })
  }

  it('keeps the process alive while a subscription holds it', async () => {
    const run = await runScript('held.mjs', {}, 2_500)
    assert.equal(run.signal, 'SIGKILL', `exited on its own: ${run.stdout}${run.stderr}`)
    assert.match(run.stdout, /^subscribed/)
  })

  it('lets the process exit once the last subscription is released', async () => {
    const run = await runScript('held.mjs', { RELEASE_AFTER_MS: '300' })
    assert.equal(run.code, 0, run.stderr)
    const [, subscribed, exited] = /subscribed (\d+)\nexit (\d+)/.exec(run.stdout) ?? []
    assert.ok(subscribed && exited, run.stdout)
    assert.ok(Number(exited) - Number(subscribed) >= 300, 'exited before the release')
  })

  it('does not wake the process while a subscription is idle', async () => {
    const run = await runScript('hold-idle.mjs', { IDLE_MS: '2000' })
    assert.equal(run.code, 0, run.stderr)
    const { iterations, cpuPercent } = JSON.parse(run.stdout) as { iterations: number; cpuPercent: number }
    // One iteration is the measuring timer itself; a polling glue would show ~2,000.
    assert.ok(iterations <= 5, `${iterations} loop iterations in 2 s of idle`)
    // Generous: the real figure (~0.1 %) is for bench/loop; this only catches busy polling.
    assert.ok(cpuPercent < 5, `${cpuPercent} % CPU while idle`)
  })

  it('works inside an app that runs its own GLib main loop, and after it returns', async () => {
    const run = await runScript('app-loop.mjs')
    assert.equal(run.code, 0, run.stderr)
    assert.deepEqual(run.stdout.trim().split('\n'), [
      'inside {"type":"stopped","detail":"destroyed"}',
      'inside timer',
      'after {"type":"started","detail":"booted"}',
      'after fetch 1',
    ])
    // node-gtk runs awaited continuations inside GLib's prepare phase; gvir iterating GLib
    // from there printed "g_main_context_prepare() called recursively" per state change.
    assert.doesNotMatch(run.stderr, /GLib-(WARNING|CRITICAL)/)
  })

  it('keeps working after an app whose GLib main loop returned at once', async () => {
    const run = await runScript('app-early.mjs')
    assert.equal(run.signal, null, run.stderr)
    assert.equal(run.code, 0, run.stderr)
    assert.equal(run.stdout.trim(), 'after early app.run ok true')
  })
})
