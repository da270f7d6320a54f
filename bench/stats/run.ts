// bench/stats: Domain.stats$ over 1,000 domains against python-libvirt polling the same.
//
// A private libvirtd serves its test driver (test+unix://, so every call is a daemon
// round trip) with 1,000 running domains. Two long-lived peers, run in the same run:
// gvir subscribing `stats$` for all 1,000 (one bulk virDomainListGetStats per interval,
// samples with rates computed per domain), and python-libvirt doing the same bulk call and
// the same CPU % arithmetic per interval. Each block polls for BLOCK_MS at INTERVAL_MS;
// blocks are interleaved in rotations whose order alternates, and each ratio is the median
// over rotations of gvir's block / python's block, printed with its middle half. The
// figures: CPU time of the whole process (every thread) per block, RSS after the block,
// and the bulk calls made (gvir must make one per interval however many domains subscribe).
// The test driver reports only the state group: this measures the polling and its
// marshalling, not a hypervisor.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Connection } from '../../lib/index.js'
import { Libvirtd } from '../../test/support/libvirtd.js'
import { PeerProcess } from '../support/peer-process.js'

const here = dirname(fileURLToPath(import.meta.url))
const src = here.includes('/dist/') ? here.replace('/dist/', '/') : here
const N = Number(process.env.STATS_DOMAINS ?? 1000)
const ROTATIONS = Number(process.env.STATS_ROTATIONS ?? 6)
const BLOCK_MS = Number(process.env.STATS_BLOCK_MS ?? 3000)
const INTERVAL_MS = Number(process.env.STATS_INTERVAL_MS ?? 250)
const quantile = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))] ?? NaN
const f = (x: number) => x.toFixed(2)

const daemon = await Libvirtd.start()
try {
  const conn = await Connection.open(daemon.testUri)
  for (let i = 0; i < N - 1; i++) {
    await conn.startDomain(`<domain type='test'><name>s${i}</name><memory unit='KiB'>65536</memory><vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os></domain>`)
  }
  conn.close()
  const peers = [
    new PeerProcess('gvir', process.execPath, [join(here, 'peer-gvir.js'), daemon.testUri]),
    new PeerProcess('python', '/usr/bin/python3', [join(src, 'peer.py'), daemon.testUri]),
  ]
  await Promise.all(peers.map((p) => p.ask()))
  type Block = { cpuMs: number, rssMiB: number, calls: number, samples: number, domains: number }
  const kept: Block[][] = [[], []]
  for (let r = 0; r < 1 + ROTATIONS; r++) {
    for (let k = 0; k < 2; k++) {
      const i = (r + k) % 2
      const b = await peers[i]!.ask(`poll ${BLOCK_MS} ${INTERVAL_MS}`) as unknown as Block
      if (r > 0) kept[i]!.push(b)
    }
  }
  const [g, p] = kept as [Block[], Block[]]
  const ratios = (key: keyof Block) => g.map((b, r) => b[key] / p[r]![key])
  const line = (label: string, xs: number[]) => `   ${label.padEnd(34)} ${f(quantile(xs, 0.5))}×  (middle half of rotations ${f(quantile(xs, 0.25))}–${f(quantile(xs, 0.75))})`
  const med = (bs: Block[], key: keyof Block) => quantile(bs.map((b) => b[key]), 0.5)
  console.log(`stats$ over ${g[0]!.domains} domains through a daemon's test driver, ${BLOCK_MS} ms blocks at ${INTERVAL_MS} ms, ${ROTATIONS} rotations`)
  console.log(`   gvir:   CPU ${f(med(g, 'cpuMs'))} ms/block, RSS ${f(med(g, 'rssMiB'))} MiB, ${med(g, 'calls')} bulk calls/block, ${med(g, 'samples')} samples/block`)
  console.log(`   python: CPU ${f(med(p, 'cpuMs'))} ms/block, RSS ${f(med(p, 'rssMiB'))} MiB, ${med(p, 'calls')} bulk calls/block, ${med(p, 'samples')} samples/block`)
  console.log(line('CPU per block, gvir / python', ratios('cpuMs')))
  console.log(line('RSS after block, gvir / python', ratios('rssMiB')))
  console.log(line('bulk calls, gvir / python', ratios('calls')))
  for (const peer of peers) console.log(`   ${await peer.quit()}`)
} finally {
  await daemon.stop()
}
