// The tour `npm start` runs: one pass over each gvir layer against libvirt's in-process
// test hypervisor. Run it yourself with `node dist/examples/tour.js [URI]`.
import { Connection, VirError, gconfig, type DomainEvent } from '../lib/index.js'

const uri = process.argv[2] ?? 'test:///default'
const conn = await Connection.open(uri)
console.log(`connected to ${uri} (${await conn.getHypervisorName()})`)

await conn.fetchDomains()
for (const domain of conn.getDomains()) {
  const info = await domain.getInfo()
  console.log(`  ${domain.name.padEnd(12)} ${info.state.padEnd(10)} ${info.nrVirtCpu} vCPU, ${info.memory / 1024 ** 2} MiB`)
}

// The live list of domains a UI would bind to: it replays the latest list at once.
const listing = conn.domains$.subscribe((list) => console.log(`  domains$ → [${list.map((d) => d.name).join(', ')}]`))
const log = (name: string) => (e: DomainEvent) => console.log(`  event  ${name}: ${e.type}${e.detail ? ` (${e.detail})` : ''}`)

// A new domain, built with gconfig: a typed, lossless view of libvirt's XML.
const config = new gconfig.Domain()
config.type = 'test'
config.name = 'tour-vm'
config.memory = 256 * 1024 ** 2
config.vcpu = 2
config.os = new gconfig.DomainOs()
config.os.type = 'hvm'
console.log(`\ndefining tour-vm:\n${config.toXml()}`)

const vm = await conn.createDomain(config)
const watch = vm.events$.subscribe(log(vm.name))
await vm.start()
await vm.suspend()
await vm.resume()

const snapshot = await vm.createSnapshot()
console.log(`  snapshot ${snapshot.name} taken`)
await vm.stop()
await snapshot.revertTo()
console.log(`  reverted to ${snapshot.name}: ${(await vm.getInfo()).state}`)

const stored = await vm.getConfig()
console.log(`  stored config: ${stored.name}, ${stored.memory! / 1024 ** 2} MiB, ${stored.vcpu} vCPU`)

// Errors are typed: libvirt's code survives libvirt-glib's message-only GError.
try {
  await vm.resume()
} catch (err) {
  if (err instanceof VirError) console.log(`  resume refused: ${err.codeName} (${err.detail})`)
  else throw err
}

await vm.stop().catch(() => {})
await vm.fetchSnapshots()
for (const s of vm.getSnapshots()) await s.delete()
await vm.delete()
watch.unsubscribe()
listing.unsubscribe()
conn.close()
console.log('\ndone: the connection is closed, and the process exits by itself.')
