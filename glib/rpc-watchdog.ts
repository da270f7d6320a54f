/**
 * @internal The watchdog of a daemon-side trace (glib/rpc-daemon.ts), run as its own detached
 * process: `node rpc-watchdog.js ADMIN_URI FILTERS OUTPUTS DIR`. When its stdin closes without
 * the word "done" (the tracing process died), it sets the daemon's logging filters and outputs
 * back with `virt-admin`, as they were before the trace, and removes the trace's folder.
 * @module
 */
import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'

const [adminUri = '', filters = '', outputs = '', dir = ''] = process.argv.slice(2)
let said = ''
process.stdin.setEncoding('utf8')
process.stdin.on('data', (d: string) => { said += d })
process.stdin.on('error', () => undefined)
process.stdin.on('close', () => {
  if (!said.includes('done')) {
    spawnSync('virt-admin', ['-c', adminUri, 'daemon-log-filters', '--filters', filters], { stdio: 'ignore', timeout: 10_000 })
    spawnSync('virt-admin', ['-c', adminUri, 'daemon-log-outputs', '--outputs', outputs], { stdio: 'ignore', timeout: 10_000 })
    if (dir.includes('gvir-trace-')) rmSync(dir, { recursive: true, force: true })
  }
  process.exit(0)
})
