// GJS calling LibvirtGObject directly: the reference for event latency and idle CPU.
// A long-lived child of bench/loop/index.ts: one command a line on stdin (`run N`,
// `idle MS`, `quit`), one JSON line on stdout for each. stdin is read asynchronously
// through Gio, so the GLib.MainLoop keeps running (and delivering events) meanwhile.
imports.gi.versions.LibvirtGObject = '1.0'
const { GLib, Gio, LibvirtGObject } = imports.gi

LibvirtGObject.init_object(null)
const conn = LibvirtGObject.Connection.new('test:///default')
conn.open(null)
conn.fetch_domains(null)
const domain = conn.get_domains()[0]
const loop = new GLib.MainLoop(null, false)
const input = Gio.DataInputStream.new(Gio.UnixInputStream.new(0, false))
let rounds = 0
let latencies = []
let t0 = 0
let pending = null

const reply = (answer) => print(JSON.stringify(answer))

function cpuSeconds() {
  const [, bytes] = GLib.file_get_contents('/proc/self/stat')
  const fields = new TextDecoder().decode(bytes).split(') ')[1].split(' ')
  return (Number(fields[11]) + Number(fields[12])) / 100
}

function step(i) {
  if (i === rounds * 2) { reply({ latencies }); nextCommand(); return }
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

function idle(idleMs) {
  const c0 = cpuSeconds()
  const w0 = GLib.get_monotonic_time()
  GLib.timeout_add(GLib.PRIORITY_DEFAULT, idleMs, () => {
    const cpu = cpuSeconds() - c0
    const wall = (GLib.get_monotonic_time() - w0) / 1e6
    reply({ idleCpuPercent: (cpu / wall) * 100 })
    nextCommand()
    return GLib.SOURCE_REMOVE
  })
}

function command(line) {
  const [cmd, arg] = line.trim().split(/\s+/)
  if (cmd === 'run') {
    rounds = Number(arg)
    latencies = []
    GLib.idle_add(GLib.PRIORITY_DEFAULT, () => { step(0); return GLib.SOURCE_REMOVE })
  } else if (cmd === 'idle') idle(Number(arg))
  else if (cmd === 'quit') loop.quit()
  else { reply({ error: `unknown command: ${line}` }); nextCommand() }
}

function nextCommand() {
  input.read_line_async(GLib.PRIORITY_DEFAULT, null, (stream, result) => {
    let line = null
    try { [line] = stream.read_line_finish_utf8(result) } catch (e) { logError(e) }
    if (line === null) loop.quit() // end of stdin: the parent is gone
    else command(line)
  })
}

reply({ ready: true })
nextCommand()
loop.run()
conn.close()
