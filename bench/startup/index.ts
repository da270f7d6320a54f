/**
 * bench/startup: what starting gvir costs (issue 11). Interleaved: each rotation runs every path
 * once, in turn, so a burst of load on the shared machine falls on all of them alike.
 *  - `gvir list --all` on test:///default beside `virsh -c test:///default list --all` (whole
 *    processes, wall time; goal ≤ 4×);
 *  - `import` of each entry point (`gvir`, `gvir/glib`, `gvir/gconfig`, `gvir/gobject`) inside
 *    a fresh Node, Node's own start-up left out (goal for `gvir`: < 120 ms).
 * Prints medians, and each ratio as the median of per-rotation ratios with the middle half.
 *   node dist/bench/startup/index.js [rotations]
 * @module
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
let root = here
while (!existsSync(join(root, 'package.json')) || root.endsWith('dist')) root = dirname(root)
const ROTATIONS = Number(process.argv[2] ?? 15)
const URI = 'test:///default'

/** CPU ms of this process's waited-for children so far (Linux: cutime + cstime, 100 Hz ticks). */
const childrenCpu = (): number => {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ')
  return (Number(fields[13]) + Number(fields[14])) * 10
}

/** One run of a whole process: wall ms, and its CPU ms (10 ms resolution). */
const wall = (cmd: string, args: string[]): Sample => {
  const t = process.hrtime.bigint()
  const c = childrenCpu()
  execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  return { wall: Number(process.hrtime.bigint() - t) / 1e6, cpu: childrenCpu() - c }
}

interface Sample { readonly wall: number, readonly cpu: number }
interface Path { readonly label: string, readonly run: () => Sample }
const entries: Record<string, string> = { gvir: 'lib', 'gvir/glib': 'glib', 'gvir/gconfig': 'gconfig', 'gvir/gobject': 'gobject' }
const paths: Path[] = [
  { label: 'virsh list --all', run: () => wall('virsh', ['-c', URI, 'list', '--all']) },
  { label: 'gvir list --all', run: () => wall(process.execPath, [join(root, 'dist/cli/main.js'), '--connect', URI, 'list', '--all']) },
  { label: 'node -e 0 (Node itself)', run: () => wall(process.execPath, ['-e', '0']) },
  ...Object.entries(entries).map(([name, dir]): Path => ({
    label: `import '${name}'`,
    run: () => {
      const { wallMs, cpuMs } = JSON.parse(execFileSync(process.execPath, [join(here, 'import-cost.js'), join(root, 'dist', dir, 'index.js')], { encoding: 'utf8' })) as { wallMs: number, cpuMs: number }
      return { wall: wallMs, cpu: cpuMs }
    },
  })),
]

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}
const quartiles = (xs: readonly number[]): [number, number] => {
  const s = [...xs].sort((a, b) => a - b)
  return [s[Math.floor((s.length - 1) / 4)]!, s[Math.ceil((3 * (s.length - 1)) / 4)]!]
}

// One untimed rotation: the page cache and the test driver's first load.
for (const p of paths) p.run()
const times = new Map<string, Sample[]>(paths.map((p) => [p.label, []]))
const t0 = Date.now()
for (let r = 0; r < ROTATIONS; r++) {
  // Rotate the order too, so no path always runs right after the same one.
  for (let i = 0; i < paths.length; i++) {
    const p = paths[(i + r) % paths.length]!
    times.get(p.label)!.push(p.run())
  }
}
console.log(`${ROTATIONS} rotations × ${paths.length} paths, interleaved, ${((Date.now() - t0) / 1000).toFixed(0)} s; median wall ms (middle half), median CPU ms:`)
for (const p of paths) {
  const xs = times.get(p.label)!.map((s) => s.wall)
  const [lo, hi] = quartiles(xs)
  console.log(`   ${p.label.padEnd(32)} ${median(xs).toFixed(1).padStart(8)} ms  (${lo.toFixed(1)}–${hi.toFixed(1)})   CPU ${median(times.get(p.label)!.map((s) => s.cpu)).toFixed(0).padStart(4)} ms`)
}
const ratio = (a: string, b: string, of: keyof Sample, goal: string): void => {
  const xs = times.get(a)!.map((x, i) => x[of] / Math.max(times.get(b)![i]![of], 1))
  const [lo, hi] = quartiles(xs)
  console.log(`   ${`${a} / ${b}, ${of}`.padEnd(44)} ${median(xs).toFixed(2).padStart(6)}×  (middle half of rotations ${lo.toFixed(2)}–${hi.toFixed(2)}; ${goal})`)
}
ratio('gvir list --all', 'virsh list --all', 'wall', 'goal ≤ 4')
ratio('gvir list --all', 'virsh list --all', 'cpu', 'CPU, 10 ms ticks')
console.log(`   import 'gvir': ${median(times.get("import 'gvir'")!.map((s) => s.wall)).toFixed(1)} ms wall (goal < 120 ms)`)
