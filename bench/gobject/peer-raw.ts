// Raw node-gtk peer of bench/gobject: LibvirtGObject's sync calls straight through node-gtk,
// in a process of its own (test:///default's state is shared by every connection of one
// process, so in gvir's process it would also list gvir's domains). Prints one JSON line.
import { gi } from '../../lib/gi.js'
import { init } from '../../glib/index.js'

const [n, m, rounds] = process.argv.slice(2).map(Number)
const xml = (name: string) => `<domain type='test'><name>${name}</name><memory unit='KiB'>65536</memory><vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os></domain>`
const now = () => performance.now()
const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]
init()
const { LibvirtGObject: G, LibvirtGConfig: C } = gi()
const conn = G.Connection.new('test:///default'); conn.open(null); conn.fetchDomains(null)
const w1: number[] = []
for (let r = 0, k = 0; r < rounds; r++) {
  const t = now()
  for (let i = 0; i < n / rounds; i++, k++) {
    const d = conn.createDomain(C.Domain.newFromXml(xml(`raw-w1-${k}`)))
    d.start(0); d.stop(0); d.delete(0)
  }
  w1.push((n / rounds) / ((now() - t) / 1000))
}
for (let i = 0; i < m; i++) conn.createDomain(C.Domain.newFromXml(xml(`raw-w2-${i}`)))
const w2: number[] = []
let w2n = 0
for (let r = 0; r < rounds; r++) {
  const c2 = G.Connection.new('test:///default'); c2.open(null)
  const t = now()
  c2.fetchDomains(null)
  const rows = c2.getDomains().map((d) => [d.getName(), d.getInfo().state, d.getUuid()])
  w2.push(now() - t)
  w2n = rows.length
  c2.close()
}
conn.close()
console.log(JSON.stringify({ w1: median(w1), w2ms: median(w2), w2n }))
