// Applies gvir's patches (patches/node-gtk/*.patch) to node_modules/node-gtk and rebuilds its
// binary, once: a marker file holding the patches' hash makes later runs a no-op (a few ms),
// and a fresh `npm ci` (which replaces node-gtk, marker included) gets them applied again.
// Why each patch exists is written in its header comment and in gobject/call.ts.
//   node scripts/patch-node-gtk.mjs
import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const nodeGtk = join(root, 'node_modules/node-gtk')
const patchDir = join(root, 'patches/node-gtk')
const marker = join(nodeGtk, '.gvir-patches')

const patches = readdirSync(patchDir).filter((f) => f.endsWith('.patch')).sort()
const hash = createHash('sha256')
for (const p of patches) hash.update(p).update(readFileSync(join(patchDir, p)))
const digest = hash.digest('hex')

if (!existsSync(nodeGtk)) {
  console.error('patch-node-gtk: node_modules/node-gtk is missing; run npm ci first')
  process.exit(1)
}
const done = () => existsSync(marker) && readFileSync(marker, 'utf8').trim() === digest
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

// Rebuild where node-gtk's loader looks (lib/native.js): lib/binding/node-v<abi>-<platform>-<arch>.
// gyp's copy step links the new binary in place of the old one, so running processes keep theirs.
const modulePath = join(nodeGtk, 'lib/binding', `node-v${process.versions.modules}-${process.platform}-${process.arch}`)
const gyp = join(root, 'node_modules/.bin/node-gyp')
const args = ['rebuild', '--silent', '--jobs=max', '--module_name=node_gtk', `--module_path=${modulePath}`]
// Debian's nodejs ships its headers; without them node-gyp would try to download them.
if (existsSync('/usr/include/node/node_version.h') && process.execPath.startsWith('/usr/')) args.push('--nodedir=/usr')
console.log('patch-node-gtk: rebuilding node-gtk (about a minute)')
const t = Date.now()
try {
  // node-gtk's sources print pages of compiler warnings; show them only if the build fails.
  run(existsSync(gyp) ? gyp : 'node-gyp', args, { maxBuffer: 256 * 2 ** 20 })
} catch (err) {
  console.error(String(err.stderr ?? '').split('\n').slice(-40).join('\n'))
  console.error('patch-node-gtk: rebuilding node-gtk failed; its sources are patched, run this script again after fixing the cause')
  process.exit(1)
}
writeFileSync(marker, `${digest}\n`)
console.log(`patch-node-gtk: rebuilt in ${((Date.now() - t) / 1000).toFixed(0)} s`)
