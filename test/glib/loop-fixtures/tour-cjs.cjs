// The same as tour-esm.mjs, from CommonJS.
const { Connection } = require('gvir')
const { firstValueFrom } = require('rxjs')

async function main() {
  const conn = await Connection.open('test:///default')
  await conn.fetchDomains()
  const [domain] = conn.getDomains()
  const stopped = firstValueFrom(domain.events$)
  await domain.stop()
  console.log('event', JSON.stringify(await stopped))
  const started = firstValueFrom(domain.events$)
  await domain.start()
  console.log('event', JSON.stringify(await started))
  console.log('state', (await domain.getInfo()).state)
  conn.close()
}
main().catch((err) => { console.error(err); process.exitCode = 1 })
