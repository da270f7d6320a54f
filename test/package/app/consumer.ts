// A consumer of the installed package, compiled by test/package/package.test.ts with
// `tsc --strict` and `skipLibCheck: false` against the published .d.ts files, then run: it
// prints the RSS slopes issue 11 asks for as one JSON line. The same file runs against the
// repository's own build for the side-by-side figures.
import { Connection, VirError, type Domain } from 'gvir'
import { init, isAbortError } from 'gvir/glib'
import type { Domain as DomainConfig } from 'gvir/gconfig'
import type { Connection as GobjectConnection } from 'gvir/gobject'
import { runInNewContext } from 'node:vm'
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void
const mib = (n: number): number => Math.round((n / 2 ** 20) * 100) / 100

/**
 * RSS after full collections, without V8's young generation: its grown capacity stays
 * resident for ~5 s after a collection and would read as growth (as test/gobject/ownership).
 */
async function rss(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    gc()
    await new Promise((resolve) => setImmediate(resolve))
  }
  const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.physical_space_size ?? 0
  return process.memoryUsage().rss - young
}

/** Least-squares slope of `[x, y]` points. */
function slope(points: readonly (readonly [number, number])[]): number {
  const mx = points.reduce((a, [x]) => a + x, 0) / points.length
  const my = points.reduce((a, [, y]) => a + y, 0) / points.length
  const sxy = points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0)
  const sxx = points.reduce((a, [x]) => a + (x - mx) ** 2, 0)
  return sxx === 0 ? 0 : sxy / sxx
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
  const subs = n / 3
  for (let i = 0; i < 5_000; i++) domain.events$.subscribe().unsubscribe()
  // Subscriptions first, on a quiet heap; the median of three samples at each end.
  const before: number[] = []
  const after: number[] = []
  for (let i = 0; i < 3; i++) before.push(await rss())
  for (let i = 1; i <= subs; i++) domain.events$.subscribe().unsubscribe()
  for (let i = 0; i < 3; i++) after.push(await rss())
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[1]!
  const subscribeGrowth = median(after) - median(before)
  // Growth is the least-squares slope over samples every 1/10 of each window, times the
  // window: one sample's noise (±1.5 MiB here, malloc's and V8's own) weighs far less than in
  // a difference of two samples.
  const getConfigSamples: [number, number][] = []
  for (let i = 1; i <= n; i++) {
    await domain.getConfig()
    if (i >= n / 3 && i % (n / 15) === 0) getConfigSamples.push([i, await rss()])
  }
  const getConfigSlope = slope(getConfigSamples) * (n - n / 3)
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
