/**
 * gconfig benchmark: parse a realistic 4 KB domain, read ten properties, set three, serialise,
 * side by side with LibvirtGConfig through node-gtk, fast-xml-parser and Python's lxml.
 *
 *   node dist/bench/gconfig/index.js [seconds-per-peer]
 * @module
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { XMLBuilder, XMLParser } from 'fast-xml-parser'
import { Domain, GenericDocument } from '../../gconfig/index.js'
import { gi } from '../../lib/gi.js'

const here = dirname(fileURLToPath(import.meta.url))
let root = here
while (!existsSync(join(root, 'package.json')) || root.endsWith('dist')) root = dirname(root)
const FILE = 'domain/qemuxmlconfdata/disk-network-iscsi.x86_64-latest.xml'
const xml = readFileSync(join(root, '..', 'shared', 'corpus', FILE), 'utf8')
const seconds = Number(process.argv[2] ?? 1.5)

/** Runs `fn` for about `seconds` after a warm-up and returns calls per second. */
function rate(fn: () => unknown): number {
  for (let i = 0; i < 200; i++) fn()
  let n = 0
  const start = process.hrtime.bigint()
  for (;;) {
    for (let i = 0; i < 50; i++) fn()
    n += 50
    const s = Number(process.hrtime.bigint() - start) / 1e9
    if (s >= seconds) return n / s
  }
}

let sink: unknown
const results: [string, number][] = []
const run = (name: string, fn: () => unknown): number => {
  const r = rate(fn)
  results.push([name, r])
  return r
}

const gvirFull = run('gvir gconfig: parse, read 10, set 3, toXml', () => {
  const d = Domain.fromXml(xml)
  const disk = d.disks.at(0)!
  sink = [d.name, d.uuid, d.memory, d.currentMemory, d.vcpu, d.os?.arch, d.os?.machine, disk.targetDev, disk.targetBus, disk.driverType]
  d.name = 'renamed'
  d.memory = 512 * 1024 ** 2
  d.vcpu = 4
  return d.toXml()
})
const gvirPlain = run('gvir gconfig: parse + toXml (unmodified)', () => GenericDocument.fromXml(xml).toXml())

let gconfigFull = 0
try {
  const { LibvirtGConfig: G } = gi()
  gconfigFull = run('LibvirtGConfig via node-gtk: same workload', () => {
    const d = G.Domain.newFromXml(xml)
    const os = d.getOs()
    const disk = d.getDevices().find((x) => x instanceof G.DomainDisk) as InstanceType<typeof G.DomainDisk>
    sink = [d.getName(), d.getUuid(), d.getMemory(), d.getCurrentMemory(), d.getVcpus(), os.getArch(), os.getMachine(), disk.getTargetDev(), disk.getTargetBus(), disk.getDriverType()]
    d.setName('renamed')
    d.setMemory(524288)
    d.setVcpus(4)
    return d.toXml()
  })
} catch (e) {
  console.error(`LibvirtGConfig peer unavailable: ${(e as Error).message}`)
}

const fxpParser = new XMLParser({ ignoreAttributes: false, preserveOrder: true, commentPropName: '#comment' })
const fxpBuilder = new XMLBuilder({ ignoreAttributes: false, preserveOrder: true, commentPropName: '#comment' })
const fxp = run('fast-xml-parser: parse + build (no reads)', () => fxpBuilder.build(fxpParser.parse(xml)))

let lxml: { plain: number; workload: number } | undefined
try {
  const out = execFileSync('/usr/bin/python3', [join(root, 'bench', 'gconfig', 'lxml_peer.py'), String(seconds)], { input: xml, encoding: 'utf8' })
  lxml = JSON.parse(out) as { plain: number; workload: number }
  results.push(['lxml (python3): parse, read 10, set 3, tostring', lxml.workload], ['lxml (python3): parse + tostring', lxml.plain])
} catch (e) {
  console.error(`lxml peer unavailable: ${(e as Error).message}`)
}
void sink

console.log(`gconfig benchmark on ${FILE} (${xml.length} bytes), ~${seconds}s per peer\n`)
for (const [name, r] of results) console.log(`${name.padEnd(52)} ${Math.round(r).toString().padStart(9)} docs/s`)
console.log('')
const ratio = (a: number, b: number, what: string): void => {
  if (b > 0) console.log(`${what.padEnd(52)} ${(a / b).toFixed(1).padStart(9)}×`)
}
ratio(gvirFull, gconfigFull, 'gvir vs LibvirtGConfig, same workload (goal ≥ 5×)')
ratio(gvirFull, fxp, 'gvir workload vs fast-xml-parser parse+build')
if (lxml) {
  ratio(gvirFull, lxml.workload, 'gvir vs lxml, same workload (goal ≥ 1×)')
  ratio(gvirPlain, lxml.plain, 'gvir vs lxml, parse + serialise')
}
