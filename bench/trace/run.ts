// bench/trace: what rpc$ costs. Three long-lived gvir processes (peer.ts, bench/support's
// PeerProcess) on one private libvirtd's test driver: rpc$ never subscribed (no trace code
// ever runs: the baseline), subscribed once and left (libvirt's logging set back), and
// subscribed (libvirt's probe lines captured, parsed, emitted), and loop$ subscribed. A block is K
// domain.getInfo() round trips (one RPC call each); a rotation runs one block of each peer,
// one at a time, in an order that rotates every rotation, so load bursts on the shared
// 2-core machine fall on every peer alike (bench/gobject's method). A ratio is the median
// over rotations of the two peers' blocks' ratio, with its middle half (quartiles); the first
// WARMUP rotations are dropped. Run: `npm run bench trace` (env TRACE_ROTATIONS, TRACE_K).
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Libvirtd } from '../../test/support/libvirtd.js'
import { PeerProcess } from '../support/peer-process.js'

const K = Number(process.env.TRACE_K ?? 50)
const ROTATIONS = Number(process.env.TRACE_ROTATIONS ?? 60)
const WARMUP = 5
const quantile = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))] ?? NaN

const daemon = await Libvirtd.start()
const peerScript = join(dirname(fileURLToPath(import.meta.url)), 'peer.js')
const modes = ['never', 'left', 'on', 'loop'] as const
const peers = modes.map((m) => new PeerProcess(`peer ${m}`, process.execPath, [peerScript, m, daemon.testUri]))
try {
  await Promise.all(peers.map((p) => p.ask()))
  const blocks: number[][] = modes.map(() => [])
  for (let r = 0; r < ROTATIONS + WARMUP; r++) {
    const ms: number[] = []
    for (let j = 0; j < peers.length; j++) {
      const i = (j + r) % peers.length
      ms[i] = Number((await (peers[i] as PeerProcess).ask(`block ${K}`)).ms)
    }
    if (r >= WARMUP) ms.forEach((m, i) => { blocks[i]?.push(m) })
  }
  const base = blocks[0] as number[]
  console.log(`domain.getInfo() over a private libvirtd's test driver, blocks of ${K}, ${ROTATIONS} rotations; ratio to "never subscribed" (median of per-rotation ratios [quartiles])`)
  const labels = { never: 'rpc$ never subscribed (no trace code)', left: 'rpc$ subscribed once, then left', on: 'rpc$ subscribed, recording', loop: 'loop$ subscribed, recording' }
  modes.forEach((m, i) => {
    const xs = blocks[i] as number[]
    const ratios = xs.map((x, n) => x / (base[n] as number))
    console.log(`  ${labels[m].padEnd(40)} ${(quantile(xs, 0.5) / K * 1000).toFixed(1).padStart(7)} µs/call  ×${quantile(ratios, 0.5).toFixed(3)} [${quantile(ratios, 0.25).toFixed(3)}–${quantile(ratios, 0.75).toFixed(3)}]`)
  })
} finally {
  for (const p of peers) await p.quit()
  await daemon.stop()
}
process.exit(0)
