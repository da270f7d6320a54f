// Save a running domain's screen to a file (PNG with QEMU; whatever the hypervisor sends).
// node dist/examples/screenshot.js URI DOMAIN FILE [MONITOR]
import { createWriteStream } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { Connection } from '../lib/index.js'

const [uri, name, file, monitor = '0'] = process.argv.slice(2)
if (!uri || !name || !file) {
  console.error('usage: screenshot URI DOMAIN FILE [MONITOR]')
  process.exit(2)
}

// Not read-only: libvirt refuses screenshots on a read-only connection.
const conn = await Connection.open(uri)
try {
  await conn.fetchDomains()
  const domain = conn.findDomainByName(name)
  if (!domain) throw new Error(`no domain named ${name}`)
  const { mime, data } = await domain.screenshot({ monitor: Number(monitor) })
  await pipeline(data, createWriteStream(file))
  console.log(`saved ${name}'s screen to ${file} (${mime})`)
} finally {
  conn.close()
}
