#!/usr/bin/env node
/**
 * The `gvir` executable: a small virsh built only on gvir's public API.
 * @module
 */
import { runCli } from './run.js'

// A reader that goes away (`gvir dumpxml x | head -1`) is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw err
  })
}

const interrupt = new AbortController()
process.on('SIGINT', () => {
  // The first Ctrl-C ends a listening `events` cleanly; a second one ends the process.
  if (interrupt.signal.aborted) process.exit(130)
  interrupt.abort()
})

const status = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }, interrupt.signal)
// End explicitly once the output is flushed rather than letting Node tear the environment
// down: gvir's loop watcher (glib/native) can still be run by libuv during
// Environment::CleanupHandles and crash there (SIGSEGV in napi_open_handle_scope, ~1 run in 10).
const flushed = (stream: NodeJS.WriteStream): Promise<void> => new Promise((resolve) => stream.write('', () => resolve()))
await Promise.all([flushed(process.stdout), flushed(process.stderr)])
process.exit(status)
