// GJS calling LibvirtGObject directly: the reference for event latency and idle CPU.
// Usage: gjs peer-gjs.js ROUNDS IDLE_MS → one JSON line.
imports.gi.versions.LibvirtGObject = '1.0'
const { GLib, LibvirtGObject } = imports.gi
const [rounds, idleMs] = ARGV.map(Number)

LibvirtGObject.init_object(null)
const conn = LibvirtGObject.Connection.new('test:///default')
conn.open(null)
conn.fetch_domains(null)
const domain = conn.get_domains()[0]
const loop = new GLib.MainLoop(null, false)
const latencies = []
let t0 = 0
let pending = null

function cpuSeconds() {
  const [, bytes] = GLib.file_get_contents('/proc/self/stat')
  const fields = new TextDecoder().decode(bytes).split(') ')[1].split(' ')
  return (Number(fields[11]) + Number(fields[12])) / 100
}

function step(i) {
  if (i === rounds * 2) { idle(); return }
  pending = i % 2 === 0 ? 'stopped' : 'started'
  t0 = GLib.get_monotonic_time()
  if (pending === 'stopped') domain.stop(0)
  else domain.start(0)
}

for (const name of ['stopped', 'started']) {
  let i = 0
  domain.connect(name, () => {
    if (name !== pending) return
    latencies.push((GLib.get_monotonic_time() - t0) / 1000)
    pending = null
    i = latencies.length
    GLib.idle_add(GLib.PRIORITY_DEFAULT, () => { step(i); return GLib.SOURCE_REMOVE })
  })
}

function idle() {
  const c0 = cpuSeconds()
  const w0 = GLib.get_monotonic_time()
  GLib.timeout_add(GLib.PRIORITY_DEFAULT, idleMs, () => {
    const cpu = cpuSeconds() - c0
    const wall = (GLib.get_monotonic_time() - w0) / 1e6
    print(JSON.stringify({ latencies, idleCpuPercent: (cpu / wall) * 100 }))
    loop.quit()
    return GLib.SOURCE_REMOVE
  })
}

GLib.idle_add(GLib.PRIORITY_DEFAULT, () => { step(0); return GLib.SOURCE_REMOVE })
loop.run()
