/**
 * The start-up check for a node-gtk without gvir's fixes.
 *
 * gvir's `postinstall` (scripts/patch-node-gtk.mjs) patches the node-gtk Node resolves for gvir
 * and rebuilds it; its patch 0005 makes the binary export the digest of the series it was built
 * with (`gvirPatches`). An app installed with `npm install --ignore-scripts`, with pnpm (which
 * runs no dependency scripts by default), or whose node-gtk was rebuilt from pristine sources
 * since, gets a node-gtk without them: gvir still works, but leaks. This check says so once, on
 * stderr, with the one command that fixes it, and never throws: it costs one hash of five small
 * files (~0.2 ms) the first time node-gtk is loaded.
 * @module
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

let checked = false

/** The folder holding gvir's package.json and patches/, from the sources or from dist/. @internal */
export function gvirRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'patches', 'node-gtk'))) {
    const up = dirname(dir)
    if (up === dir) return ''
    dir = up
  }
  return dir
}

/** The digest scripts/patch-node-gtk.mjs stamps into node-gtk: sha256 over each patch's name and text. @internal */
export function patchSeriesDigest(root: string): string {
  const dir = join(root, 'patches', 'node-gtk')
  const hash = createHash('sha256')
  for (const p of readdirSync(dir).filter((f) => f.endsWith('.patch')).sort()) hash.update(p).update(readFileSync(join(dir, p)))
  return hash.digest('hex')
}

/**
 * Compares the loaded node-gtk binary's `gvirPatches` with gvir's patch series and, the first
 * time it differs, writes what leaks and the command that fixes it to stderr.
 * `GVIR_NO_NODE_GTK_CHECK=1` silences it (an app that knowingly runs a stock node-gtk).
 * @param native node-gtk's native module (`node-gtk/lib/native.js`).
 * @internal
 */
export function checkNodeGtkPatches(native: { gvirPatches?: unknown }): void {
  if (checked) return
  checked = true
  if (process.env.GVIR_NO_NODE_GTK_CHECK === '1') return
  try {
    const root = gvirRoot()
    if (!root) return
    const want = patchSeriesDigest(root)
    if (native.gvirPatches === want) return
    const why = typeof native.gvirPatches === 'string' && native.gvirPatches !== ''
      ? 'was patched by another gvir version'
      : 'was built without gvir\'s fixes (npm --ignore-scripts, pnpm, or a rebuild since)'
    process.stderr.write(
      `gvir: warning: the node-gtk in use ${why}. It leaks: every transfer-full string ` +
      'returned (getConfig(), toXml(): +1 KiB per KiB of XML), the GObjects of every returned ' +
      'list (getDomains()), every signal handler ever connected (events$ subscribe/unsubscribe ' +
      '~1.5 KiB each), and each GIO callback costs a new V8 context (~0.3 ms). Fix it with:\n' +
      `  node ${JSON.stringify(join(root, 'scripts', 'patch-node-gtk.mjs'))}\n`,
    )
  } catch {
    // A check must never be the reason an app fails to start.
  }
}

/**
 * The error to throw when node-gtk itself fails to load: its binary was never built
 * (`npm install --ignore-scripts` skips node-gtk's build too). Names the same one command,
 * which builds node-gtk patched, and gvir's own addon.
 * @internal
 */
export function nodeGtkLoadError(cause: unknown): Error {
  const root = gvirRoot()
  const fix = root ? ` Build it with:\n  node ${JSON.stringify(join(root, 'scripts', 'patch-node-gtk.mjs'))}` : ''
  return new Error(`gvir: node-gtk does not load (was it installed with --ignore-scripts?): ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}.${fix}`, { cause })
}
