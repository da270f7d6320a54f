/**
 * One child of bench/startup: imports the module given as argv[2] (`gvir`, `gvir/glib`, …,
 * resolved from this checkout) and prints the milliseconds the import took, wall and CPU,
 * leaving Node's own start-up out.
 * @module
 */
const t = process.hrtime.bigint()
const cpu = process.cpuUsage()
await import(process.argv[2]!)
const used = process.cpuUsage(cpu)
console.log(JSON.stringify({ wallMs: Number(process.hrtime.bigint() - t) / 1e6, cpuMs: (used.user + used.system) / 1000 }))
// Loading gvir loads nothing that holds the process; end at once like a script's last line.
process.exit(0)
