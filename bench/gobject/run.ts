// bench/gobject: gvir vs raw node-gtk vs GJS vs python-libvirt, side by side, one run.
//   npx tsx bench/gobject/run.ts   (or node dist/bench/gobject/run.js after a build)
// W1 define+start+stop+delete ×500 (ops/s), W2 list 1,001 domains with name/state/uuid,
// W4 start→'started' latency (median), W5 RSS growth over 20,000 getConfig().
import { execFileSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { setImmediate as tick } from 'node:timers/promises'
import { firstValueFrom } from 'rxjs'
import { Connection } from '../../gobject/index.js'
import { gi } from '../../lib/gi.js'
import { init } from '../../glib/index.js'

const here = dirname(fileURLToPath(import.meta.url))
const src = here.includes('/dist/') ? here.replace('/dist/', '/') : here
const N = Number(process.env.W1_N ?? 500)
const M = 1000 // + the test driver's own 'test' domain = 1,001
const W4_ROUNDS = 200
const W5_N = Number(process.env.W5_N ?? 20000)
const xml = (name: string) => `<domain type='test'><name>${name}</name><memory unit='KiB'>65536</memory><vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os></domain>`
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void
const now = () => performance.now()

async function gvir() {
  const conn = await Connection.open()
  await conn.fetchDomains()
  let t = now()
  for (let i = 0; i < N; i++) {
    const d = await conn.createDomain(xml(`gvir-w1-${i}`))
    await d.start(); await d.stop(); await d.delete()
  }
  const w1 = N / ((now() - t) / 1000)
  for (let i = 0; i < M; i++) await conn.createDomain(xml(`gvir-w2-${i}`))
  const conn2 = await Connection.open()
  t = now()
  await conn2.fetchDomains()
  const rows = await Promise.all(conn2.getDomains().map(async (d) => [d.name, (await d.getInfo()).state, d.uuid]))
  const w2ms = now() - t
  conn2.close()
  const dom = await conn.createDomain(xml('gvir-w4'))
  const lat: number[] = []
  for (let i = 0; i < W4_ROUNDS; i++) {
    const started = firstValueFrom(dom.started$)
    const t0 = now()
    void dom.start()
    await started
    lat.push(now() - t0)
    await dom.stop()
  }
  lat.sort((a, b) => a - b)
  const test = conn.findDomainByName('test')!
  const ctx = gi().GLib.MainContext.default()
  const rss = async () => { for (let i = 0; i < 3; i++) { gc(); await tick(); while (ctx.iteration(false)); } return process.memoryUsage().rss / 2 ** 20 }
  for (let i = 0; i < 1500; i++) await test.getConfig()
  const r0 = await rss()
  for (let i = 0; i < W5_N; i++) await test.getConfig()
  const w5 = (await rss()) - r0
  conn.close()
  return { w1, w2ms, w2n: rows.length, w4ms: lat[lat.length >> 1], w5 }
}

function raw() {
  init()
  const { LibvirtGObject: G, LibvirtGConfig: C } = gi()
  const conn = G.Connection.new('test:///default'); conn.open(null); conn.fetchDomains(null)
  let t = now()
  for (let i = 0; i < N; i++) {
    const d = conn.createDomain(C.Domain.newFromXml(xml(`raw-w1-${i}`)))
    d.start(0); d.stop(0); d.delete(0)
  }
  const w1 = N / ((now() - t) / 1000)
  const c2 = G.Connection.new('test:///default'); c2.open(null)
  for (let i = 0; i < M; i++) c2.createDomain(C.Domain.newFromXml(xml(`raw-w2-${i}`)))
  t = now()
  c2.fetchDomains(null)
  const rows = c2.getDomains().map((d) => [d.getName(), d.getInfo().state, d.getUuid()])
  const w2ms = now() - t
  conn.close(); c2.close()
  return { w1, w2ms, w2n: rows.length }
}

const g = await gvir()
const r = raw()
const py = JSON.parse(execFileSync('/usr/bin/python3', [join(src, 'peer.py'), String(N), String(M)], { encoding: 'utf8' }))
const gj = JSON.parse(execFileSync('gjs', [join(src, 'peer-gjs.js'), String(N), String(W4_ROUNDS)], { encoding: 'utf8' }).trim().split('\n').at(-1)!)
const f = (x: number) => x.toFixed(2)
console.log(`W1 define+start+stop+delete ×${N} (ops/s): gvir ${f(g.w1)}  raw node-gtk ${f(r.w1)}  GJS ${f(gj.w1)}  python ${f(py.w1)}`)
console.log(`   gvir/raw ${f(g.w1 / r.w1)} (goal ≥ 1)   gvir/python ${f(g.w1 / py.w1)} (goal ≥ 0.9)`)
console.log(`W2 list ${g.w2n} domains with name, state, uuid (ms): gvir ${f(g.w2ms)}  raw ${f(r.w2ms)} (${r.w2n})  python ${f(py.w2ms)} (${py.w2n})`)
console.log(`   gvir/python time ${f(g.w2ms / py.w2ms)} (goal ≤ 1.2)`)
console.log(`W4 start→started median latency (ms): gvir ${f(g.w4ms)}  GJS ${f(gj.w4ms)}   gvir/GJS ${f(g.w4ms / gj.w4ms)} (goal ≤ 1.1)`)
console.log(`W5 RSS growth over ${W5_N} getConfig(): gvir ${f(g.w5)} MiB (goal < 2)`)
