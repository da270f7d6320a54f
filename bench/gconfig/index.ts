/**
 * gconfig benchmark: parse a realistic 4 KB domain, read ten properties, set three, serialise,
 * side by side with LibvirtGConfig through node-gtk, fast-xml-parser and Python's lxml.
 *
 *   node dist/bench/gconfig/index.js [rotations]
 *
 * Method (bench/loop's and bench/gobject's): on a shared 2-core machine a second of load
 * shifts one peer's rate by 2×, and peers timed one after the other for ~1.5 s each gave
 * gvir/LibvirtGConfig 4.0×, 5.4× and 5.8× in three runs of the same build. So every path
 * takes turns in blocks of BLOCK documents (one untimed, then BLOCK timed), in an order that
 * rotates each rotation; lxml runs as a long-lived python peer taking commands on stdin. A
 * ratio is the median over rotations of per-block ratios, printed with its middle half; a
 * path's rate comes from its median block.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { XMLBuilder, XMLParser } from 'fast-xml-parser'
import { Domain, GenericDocument } from '../../gconfig/index.js'
import { gi } from '../../lib/gi.js'
import { PeerProcess } from '../support/peer-process.js'
import { sharedDir } from '../../test/gconfig/support/shared.js'

const here = dirname(fileURLToPath(import.meta.url))
let root = here
while (!existsSync(join(root, 'package.json')) || root.endsWith('dist')) root = dirname(root)
const FILE = 'domain/qemuxmlconfdata/disk-network-iscsi.x86_64-latest.xml'
const path = join(sharedDir, 'corpus', FILE)
const xml = readFileSync(path, 'utf8')
const ROTATIONS = Number(process.argv[2] ?? 150)
const WARMUP = 5
const BLOCK = 40

let sink: unknown
const now = () => performance.now()
/** One untimed `fn()` then BLOCK timed: the block's milliseconds. */
const block = (fn: () => unknown) => async (): Promise<number> => {
  sink = fn()
  const t = now()
  for (let i = 0; i < BLOCK; i++) sink = fn()
  return now() - t
}

interface Path { label: string; block: () => Promise<number> }

const gvirFull: Path = { label: 'gvir gconfig: parse, read 10, set 3, toXml', block: block(() => {
  const d = Domain.fromXml(xml)
  const disk = d.disks.at(0)!
  sink = [d.name, d.uuid, d.memory, d.currentMemory, d.vcpu, d.os?.arch, d.os?.machine, disk.targetDev, disk.targetBus, disk.driverType]
  d.name = 'renamed'
  d.memory = 512 * 1024 ** 2
  d.vcpu = 4
  return d.toXml()
}) }
const gvirPlain: Path = { label: 'gvir gconfig: parse + toXml (unmodified)', block: block(() => GenericDocument.fromXml(xml).toXml()) }
const { LibvirtGConfig: G } = gi()
const gconfigFull: Path = { label: 'LibvirtGConfig via node-gtk: same workload', block: block(() => {
  const d = G.Domain.newFromXml(xml)
  const os = d.getOs()
  const disk = d.getDevices().find((x) => x instanceof G.DomainDisk) as InstanceType<typeof G.DomainDisk>
  sink = [d.getName(), d.getUuid(), d.getMemory(), d.getCurrentMemory(), d.getVcpus(), os.getArch(), os.getMachine(), disk.getTargetDev(), disk.getTargetBus(), disk.getDriverType()]
  d.setName('renamed')
  d.setMemory(524288)
  d.setVcpus(4)
  return d.toXml()
}) }
const fxpParser = new XMLParser({ ignoreAttributes: false, preserveOrder: true, commentPropName: '#comment' })
const fxpBuilder = new XMLBuilder({ ignoreAttributes: false, preserveOrder: true, commentPropName: '#comment' })
const fxp: Path = { label: 'fast-xml-parser: parse + build (no reads)', block: block(() => fxpBuilder.build(fxpParser.parse(xml))) }
const lxml = new PeerProcess('lxml', '/usr/bin/python3', [join(root, 'bench', 'gconfig', 'lxml_peer.py'), path])
const lxmlPath = (label: string, command: string): Path => ({ label, block: async () => {
  const answer = await lxml.ask(`${command} ${BLOCK}`)
  if (typeof answer.ms !== 'number') throw new Error(`lxml: no ms in ${JSON.stringify(answer)}`)
  return answer.ms
} })
const lxmlFull = lxmlPath('lxml (python3): parse, read 10, set 3, tostring', 'workload')
const lxmlPlain = lxmlPath('lxml (python3): parse + tostring', 'plain')

const paths = [gvirFull, gvirPlain, gconfigFull, fxp, lxmlFull, lxmlPlain]
const times = new Map<Path, number[]>(paths.map((p) => [p, []]))
try {
  await lxml.ask()
  for (let r = 0; r < WARMUP + ROTATIONS; r++) {
    for (let k = 0; k < paths.length; k++) {
      const p = paths[(r + k) % paths.length]!
      const ms = await p.block()
      if (r >= WARMUP) times.get(p)!.push(ms)
    }
  }
} finally {
  await lxml.quit()
}
void sink

const quantile = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))] ?? NaN
console.log(`gconfig benchmark on ${FILE} (${xml.length} bytes): ${ROTATIONS} rotations × ${paths.length} paths × blocks of ${BLOCK} documents, interleaved\n`)
for (const p of paths) console.log(`${p.label.padEnd(52)} ${Math.round(BLOCK * 1000 / quantile(times.get(p)!, 0.5)).toString().padStart(9)} docs/s`)
console.log('')
/** docs/s of `a` over `b`: the median over rotations of b's block time over a's. */
const ratio = (a: Path, b: Path, what: string): void => {
  const bs = times.get(b)!
  const xs = times.get(a)!.map((t, r) => bs[r]! / t)
  const f = (x: number) => x.toFixed(1)
  console.log(`${what.padEnd(52)} ${f(quantile(xs, 0.5)).padStart(9)}×  (middle half of rotations ${f(quantile(xs, 0.25))}–${f(quantile(xs, 0.75))})`)
}
ratio(gvirFull, gconfigFull, 'gvir vs LibvirtGConfig, same workload (goal ≥ 5×)')
ratio(gvirFull, fxp, 'gvir workload vs fast-xml-parser parse+build')
ratio(gvirFull, lxmlFull, 'gvir vs lxml, same workload (goal ≥ 1×)')
ratio(gvirPlain, lxmlPlain, 'gvir vs lxml, parse + serialise')
