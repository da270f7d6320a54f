// List every domain of a connection with its state, like `virsh list --all`.
// node dist/examples/list-vms.js [URI]
import { Connection } from '../lib/index.js'

const conn = await Connection.open(process.argv[2] ?? 'test:///default', { readOnly: true })
await conn.fetchDomains()
console.log(' Id   Name                 State')
console.log('-'.repeat(40))
for (const domain of conn.getDomains()) {
  const { state } = await domain.getInfo()
  const id = domain.id > 0 ? String(domain.id) : '-'
  console.log(` ${id.padEnd(4)} ${domain.name.padEnd(20)} ${state}`)
}
conn.close()
