// Applies gvir's patches (patches/node-gtk/*.patch) to the node-gtk that Node resolves for gvir
// and rebuilds its binary, once: a marker file holding the patches' hash makes later runs a
// no-op (a few ms), and a fresh install (which replaces node-gtk, marker included) gets them
// applied again. It is gvir's `postinstall`, so it runs for an app that installs gvir (on the
// app's hoisted node_modules/node-gtk, the copy the app's own `import 'node-gtk'` gets) as for
// `npm ci` in this repository. The rebuild is incremental: node-gtk's install has just built
// it from source in its build/ folder, so only the patched files are compiled again.
// Why each patch exists is written in its header comment and in gobject/call.ts.
//   node scripts/patch-node-gtk.mjs
import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const patchDir = join(root, 'patches/node-gtk')
let nodeGtk
try {
  nodeGtk = dirname(createRequire(join(root, 'package.json')).resolve('node-gtk/package.json'))
} catch {
  console.error('patch-node-gtk: node-gtk is not installed beside gvir; run npm install first')
  process.exit(1)
}
const marker = join(nodeGtk, '.gvir-patches')
// The binary records the series it was built with (patch 0005 exports it as gvirPatches);
// glib/node-gtk-check.ts compares it with this same digest at start-up.
const stamp = join(nodeGtk, 'src/gvir_patches.h')

const patches = readdirSync(patchDir).filter((f) => f.endsWith('.patch')).sort()
const hash = createHash('sha256')
for (const p of patches) hash.update(p).update(readFileSync(join(patchDir, p)))
const digest = hash.digest('hex')

// A binary newer than the marker was rebuilt since (`npm rebuild`, possibly from a downloaded
// prebuilt): patch and build again.
const binary = join(nodeGtk, 'lib/binding', `node-v${process.versions.modules}-${process.platform}-${process.arch}`, 'node_gtk.node')
const done = () => existsSync(marker) && readFileSync(marker, 'utf8').trim() === digest &&
  (statSync(binary, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) <= statSync(marker).mtimeMs
buildOwnAddon()
if (done()) process.exit(0)

// One patcher at a time: two rebuilds in the same build/ directory fail each other (seen when
// set-up ran while a new patch was being applied). A lock older than 10 minutes is stale.
const lock = join(nodeGtk, '.gvir-patches.lock')
for (;;) {
  try {
    mkdirSync(lock)
    break
  } catch (err) {
    if (err.code !== 'EEXIST') throw err
    if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 10 * 60_000) { rmSync(lock, { recursive: true, force: true }); continue }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000)
  }
}
process.on('exit', () => rmSync(lock, { recursive: true, force: true }))
if (done()) process.exit(0)

const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { cwd: nodeGtk, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', ...opts })
const applied = (file) => {
  try {
    run('patch', ['-p1', '-R', '--dry-run', '-s', '-f', '-i', file])
    return true
  } catch { return false }
}
const unapply = (file) => run('patch', ['-p1', '-R', '-s', '-f', '--no-backup-if-mismatch', '-i', file])
// Sources patched by an earlier series (a patch added or edited since, or a rebuild
// interrupted after patching): take the applied patches off, last first, since a later one may
// sit in an earlier one's context; then the whole series applies to pristine sources. The
// series as applied is kept beside the sources (an edited patch no longer reverses its old
// text); a tree patched before that was kept is unwound with the current files.
const appliedDir = join(nodeGtk, '.gvir-applied')
if (existsSync(appliedDir)) {
  for (const p of readdirSync(appliedDir).sort().reverse()) unapply(join(appliedDir, p))
  rmSync(appliedDir, { recursive: true, force: true })
} else {
  for (const p of [...patches].reverse()) if (applied(join(patchDir, p))) unapply(join(patchDir, p))
}
mkdirSync(appliedDir)
for (const p of patches) {
  run('patch', ['-p1', '-N', '-s', '--no-backup-if-mismatch', '-i', join(patchDir, p)])
  copyFileSync(join(patchDir, p), join(appliedDir, p))
  console.log(`patch-node-gtk: applied ${p}`)
}
writeFileSync(stamp, `#define GVIR_PATCHES "${digest}"\n`)

// Rebuild where node-gtk's loader looks (lib/native.js): lib/binding/node-v<abi>-<platform>-<arch>.
// gyp's copy step links the new binary in place of the old one, so running processes keep theirs.
const modulePath = join(nodeGtk, 'lib/binding', `node-v${process.versions.modules}-${process.platform}-${process.arch}`)
// A build/ that node-gtk's install configured for this Node is rebuilt incrementally: in an app
// that costs ~10 s (the patched files) instead of ~60 s (all of node-gtk), measured on 2 cores.
// Its config must name this very folder: a node_modules copied or moved from elsewhere keeps a
// Makefile whose copy step would write the binary into the other tree.
const gypi = join(nodeGtk, 'build/config.gypi')
const config = existsSync(join(nodeGtk, 'build/Makefile')) && existsSync(gypi) ? readFileSync(gypi, 'utf8') : ''
const configured = config.includes(`"node_module_version": ${process.versions.modules}`) && config.includes(`"module_path": ${JSON.stringify(modulePath)}`)
const args = configured ? ['build', '--silent', '--jobs=max'] : ['rebuild', '--silent', '--jobs=max', '--module_name=node_gtk', `--module_path=${modulePath}`]
if (!configured && existsSync('/usr/include/node/node_version.h') && process.execPath.startsWith('/usr/')) args.push('--nodedir=/usr')
console.log(`patch-node-gtk: ${configured ? 'building the patched files of' : 'rebuilding'} node-gtk`)
const t = Date.now()
try {
  // node-gtk's sources print pages of compiler warnings; show them only if the build fails.
  gyp(args, nodeGtk)
} catch (err) {
  console.error(String(err.stderr ?? '').split('\n').slice(-40).join('\n'))
  console.error('patch-node-gtk: rebuilding node-gtk failed; its sources are patched, run this script again after fixing the cause')
  process.exit(1)
}
writeFileSync(marker, `${digest}\n`)
console.log(`patch-node-gtk: rebuilt in ${((Date.now() - t) / 1000).toFixed(0)} s`)

/** Runs node-gyp: the repository's devDependency, npm's own (npm gives its path to scripts), or npx's. */
function gyp(args, cwd) {
  const local = join(root, 'node_modules/.bin/node-gyp')
  const opts = { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 256 * 2 ** 20 }
  if (existsSync(local)) return execFileSync(local, args, opts)
  if (process.env.npm_config_node_gyp) return execFileSync(process.execPath, [process.env.npm_config_node_gyp, ...args], opts)
  return execFileSync('npx', ['--yes', 'node-gyp', ...args], opts)
}

/**
 * gvir's own addon: npm builds it by its implicit `install: node-gyp rebuild` (binding.gyp);
 * after `npm install --ignore-scripts` this script, the one command gvir's start-up check
 * names, builds it too.
 */
function buildOwnAddon() {
  const release = join(root, 'build/Release')
  if (existsSync(release) && readdirSync(release).some((f) => f.endsWith('.node'))) return
  const args = ['rebuild', '--silent', '--jobs=max']
  if (existsSync('/usr/include/node/node_version.h') && process.execPath.startsWith('/usr/')) args.push('--nodedir=/usr')
  console.log('patch-node-gtk: building gvir\'s native addon')
  gyp(args, root)
}
