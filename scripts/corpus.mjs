// Set-up's corpus step: the libvirt XML documents and RelaxNG schemas test/gconfig reads.
// Beside the project's own checkout they are in ../shared and this does nothing. In any other
// clone it takes them from Debian's libvirt 11.3.0 source package (trixie's, the version
// ../shared holds; bookworm's 9.0 is older than the specs): `apt-get source --download-only`
// with a private deb-src list (apt checks the tarball against the signed Sources index), then
// the tarball's sha256 as the .dsc gives it, pinned below. The tarball and the extracted tree
// are cached; a cached run uses no network (~1 s to re-verify).
//   node scripts/corpus.mjs              -> prints the folder holding corpus/ and schemas/
//   node scripts/corpus.mjs --dest DIR   -> extracts into DIR (the spec's temporary folder)
import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
/** libvirt_11.3.0.orig.tar.xz as libvirt_11.3.0-3+deb13u3.dsc lists it (Checksums-Sha256). */
export const TARBALL = { name: 'libvirt_11.3.0.orig.tar.xz', sha256: '6bcb0c42c4580436fea262ced56f68a6afe20f7390b1bea2116718cc034a0283', size: 9801572, top: 'libvirt-11.3.0' }
/** sha256 over `path\0sha256(file)\n` of every corpus file and every schema, sorted: ../shared's. */
export const DIGESTS = { corpus: 'd52fef82e688f25e632ed5701ff61516d2f14590f77ce8aeaa25cc74654edabf', schemas: '687d2e71be62e67cb63ee15b6555b2659c8bb9438fa7772640703349516a3b81' }

const sha256 = (data) => createHash('sha256').update(data).digest('hex')

/** The corpus files, `<kind>/<libvirt test folder>/<file>`, from scripts/corpus-files.txt. */
export function corpusList() {
  const out = []
  let dir = ''
  for (const line of readFileSync(join(root, 'scripts/corpus-files.txt'), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue
    if (line.endsWith('/')) dir = line
    else out.push(dir + line)
  }
  return out
}

/** The digest of a tree as {@link DIGESTS} computes it. */
export function treeDigest(dir, files) {
  const h = createHash('sha256')
  for (const f of files) h.update(`${f}\0${sha256(readFileSync(join(dir, f)))}\n`)
  return h.digest('hex')
}

export function cacheDir() {
  return process.env.GVIR_CORPUS_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'gvir', TARBALL.top)
}

/** The verified tarball, downloaded into the cache when it is not there yet. */
function tarball() {
  const cache = cacheDir()
  const file = join(cache, TARBALL.name)
  const ok = () => existsSync(file) && sha256(readFileSync(file)) === TARBALL.sha256
  if (ok()) return file
  mkdirSync(cache, { recursive: true })
  const apt = join(cache, 'apt')
  rmSync(apt, { recursive: true, force: true })
  mkdirSync(join(apt, 'lists/partial'), { recursive: true })
  mkdirSync(join(apt, 'src'), { recursive: true })
  writeFileSync(join(apt, 'trixie.sources'), 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n')
  const opts = ['-q', '-o', `Dir::Etc::SourceList=${join(apt, 'trixie.sources')}`, '-o', 'Dir::Etc::SourceParts=/nonexistent', '-o', `Dir::State::Lists=${join(apt, 'lists')}`, '-o', `Dir::Cache=${join(apt, 'cache')}`, '-o', 'APT::Sandbox::User=root']
  console.error(`corpus: downloading libvirt ${TARBALL.top.slice(8)}'s source package from Debian (about 10 MB)`)
  execFileSync('apt-get', [...opts, 'update'], { stdio: ['ignore', 'ignore', 'inherit'] })
  try {
    execFileSync('apt-get', [...opts, 'source', '--download-only', 'libvirt'], { cwd: join(apt, 'src'), stdio: ['ignore', 'ignore', 'pipe'] })
  } catch (err) {
    // A mirror without one of the package's other files (seen: the .dsc answering 404) still
    // gave the tarball, which is all this needs, and its checksum is checked just below.
    if (!existsSync(join(apt, 'src', TARBALL.name))) throw new Error(`corpus: apt-get source libvirt failed: ${String(err.stderr ?? err)}`)
  }
  renameSync(join(apt, 'src', TARBALL.name), file)
  rmSync(apt, { recursive: true, force: true })
  if (!ok()) throw new Error(`corpus: ${TARBALL.name} does not have the sha256 its .dsc gives (${TARBALL.sha256})`)
  return file
}

/** Extracts corpus/ and schemas/ into `dest` (replaced), verified against {@link DIGESTS}; returns their counts. */
export function extract(dest) {
  const file = tarball()
  const work = join(tmpdir(), `gvir-corpus-${process.pid}`)
  rmSync(work, { recursive: true, force: true })
  mkdirSync(work, { recursive: true })
  try {
    execFileSync('tar', ['-xJf', file, '-C', work, '--wildcards', `${TARBALL.top}/tests/*.xml`, `${TARBALL.top}/src/conf/schemas/*.rng`])
    const files = corpusList()
    const staging = `${dest}.tmp-${process.pid}`
    rmSync(staging, { recursive: true, force: true })
    for (const f of files) {
      const to = join(staging, 'corpus', f)
      mkdirSync(dirname(to), { recursive: true })
      // Some test files are symlinks to another folder's: copy their content, as ../shared has it.
      copyFileSync(join(work, TARBALL.top, 'tests', f.slice(f.indexOf('/') + 1)), to)
    }
    const schemaSrc = join(work, TARBALL.top, 'src/conf/schemas')
    const schemas = readdirSync(schemaSrc).filter((f) => f.endsWith('.rng')).sort()
    mkdirSync(join(staging, 'schemas'), { recursive: true })
    for (const s of schemas) copyFileSync(join(schemaSrc, s), join(staging, 'schemas', s))
    const got = { corpus: treeDigest(join(staging, 'corpus'), files), schemas: treeDigest(join(staging, 'schemas'), schemas) }
    if (got.corpus !== DIGESTS.corpus || got.schemas !== DIGESTS.schemas) throw new Error(`corpus: extracted tree digests ${JSON.stringify(got)} differ from ${JSON.stringify(DIGESTS)}`)
    writeFileSync(join(staging, 'corpus/README.md'), `# libvirt XML corpus\n\nlibvirt 11.3.0's tests/ documents by root element (\`<kind>/<test folder>/<file>.xml\`), taken by\nscripts/corpus.mjs from Debian's ${TARBALL.name} (sha256 ${TARBALL.sha256}).\nlibvirt is LGPL-2.1-or-later; these are its test data files, unchanged.\n`)
    writeFileSync(join(staging, '.complete'), `${DIGESTS.corpus} ${DIGESTS.schemas}\n`)
    rmSync(dest, { recursive: true, force: true })
    mkdirSync(dirname(dest), { recursive: true })
    renameSync(staging, dest)
    return { corpus: files.length, schemas: schemas.length }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** The folder with corpus/ and schemas/: ../shared when it is there, else the cache (filled once). */
export function sharedFolder() {
  const beside = join(root, '..', 'shared')
  if (existsSync(join(beside, 'corpus')) && existsSync(join(beside, 'schemas'))) return beside
  const dest = join(cacheDir(), 'shared')
  const stamp = join(dest, '.complete')
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8').trim() !== `${DIGESTS.corpus} ${DIGESTS.schemas}`) extract(dest)
  return dest
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--dest')
  if (i > 0) console.log(JSON.stringify(extract(process.argv[i + 1])))
  else console.log(sharedFolder())
}
