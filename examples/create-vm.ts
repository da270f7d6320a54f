// Build a domain with gconfig, define it, start it, and print what libvirt stored.
// node dist/examples/create-vm.js [URI]
import { Connection, gconfig } from '../lib/index.js'

const config = new gconfig.Domain()
config.type = 'test'
config.name = `example-${process.pid}`
config.memory = 512 * 1024 ** 2          // bytes; written as <memory unit='KiB'>
config.vcpu = 2
config.osType = 'hvm'
config.osArch = 'x86_64'

const disk = new gconfig.DomainDisk()
disk.type = 'file'
disk.device = 'disk'
disk.sourceFile = '/var/lib/libvirt/images/example.qcow2'
disk.targetDev = 'vda'
disk.targetBus = 'virtio'
config.devices.add(disk)

const conn = await Connection.open(process.argv[2] ?? 'test:///default')
const domain = await conn.createDomain(config)
await domain.start()
console.log(`${domain.name} is ${(await domain.getInfo()).state}; libvirt stored:`)
console.log((await domain.getConfig()).toXml())
await domain.stop()
await domain.delete()
conn.close()
