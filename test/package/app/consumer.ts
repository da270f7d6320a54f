// A consumer of the installed package, compiled by test/package/package.test.ts with
// `tsc --strict` and `skipLibCheck: false` against the published .d.ts files, then run: it
// prints the RSS slopes issue 11 asks for as one JSON line. The same file runs against the
// repository's own build for the side-by-side figures.
import { Connection, VirError, type Domain } from 'gvir'
import { init, isAbortError } from 'gvir/glib'
import { Domain as DomainConfig } from 'gvir/gconfig'
import { Connection as GobjectConnection } from 'gvir/gobject'
import { runInNewContext } from 'node:vm'
import { setFlagsFromString } from 'node:v8'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void
const mib = (n: number): number => Math.round((n / 2 ** 20) * 100) / 100

async function rss(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    gc()
    await new Promise((resolve) => setImmediate(resolve))
  }
  return process.memoryUsage().rss
}

async function main(): Promise<void> {
  init()
  const n = Number(process.argv[2] ?? 60_000)
  const conn: GobjectConnection = await Connection.open('test:///default')
  await conn.fetchDomains()
  const domain: Domain | undefined = conn.getDomains().find((d) => d.name === 'test')
  if (!domain) throw new Error('no domain "test" on test:///default')
  const config: DomainConfig = await domain.getConfig()
  const name: string | undefined = config.name
  let at20k = 0
  for (let i = 1; i <= n; i++) {
    await domain.getConfig()
    if (i === n / 3) at20k = await rss()
  }
  const getConfigSlope = (await rss()) - at20k
  const subs = n / 3
  for (let i = 0; i < 2_000; i++) domain.events$.subscribe().unsubscribe()
  const beforeSubs = await rss()
  for (let i = 0; i < subs; i++) domain.events$.subscribe().unsubscribe()
  const subscribeGrowth = (await rss()) - beforeSubs
  let typedError = ''
  try {
    await conn.getDomains()[0]!.getConfig({ signal: AbortSignal.abort() })
  } catch (err) {
    typedError = isAbortError(err) ? 'AbortError' : err instanceof VirError ? 'VirError' : String(err)
  }
  conn.close()
  console.log(JSON.stringify({ name, getConfigSlopeMiB: mib(getConfigSlope), subscribeGrowthMiB: mib(subscribeGrowth), getConfigs: n, subscriptions: subs, typedError }))
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
