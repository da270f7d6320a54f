// List every domain of a connection with its state, like `virsh list --all`.
// node dist/examples/list-vms.js [URI]
import { Connection } from '../lib/index.js'

const conn = await Connection.open(process.argv[2] ?? 'test:///default', { readOnly: true })
console.log(' Id   Name                 State')
console.log('-'.repeat(40))
// One listing straight from libvirt: no Domain object per row (take one with
// `conn.getDomain(uuid)` after `fetchDomains()` to act on it).
for (const { id, name, state } of await conn.listAllDomains()) {
  console.log(` ${(id > 0 ? String(id) : '-').padEnd(4)} ${name.padEnd(20)} ${state}`)
}
conn.close()
