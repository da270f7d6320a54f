// GJS peer of bench/gobject (W1, W2): LibvirtGObject called directly from GJS, a
// long-lived child of run.ts taking the same commands as peer.py (`w1 K`, `populate M`,
// `w2`, `quit`; one JSON line answers each). Its stdin is read with blocking reads: the
// work is synchronous calls, and the GLib events they queue are delivered after each W1
// block, untimed, as run.ts does for its own paths. W4's GJS peer is bench/loop's.
const { GLib, Gio } = imports.gi
const LibvirtGLib = imports.gi.LibvirtGLib
const G = imports.gi.LibvirtGObject
const LibvirtGConfig = imports.gi.LibvirtGConfig
LibvirtGLib.init(null); G.init_object(null); LibvirtGLib.event_register()
const xml = (name) => `<domain type='test'><name>${name}</name><memory unit='KiB'>65536</memory><vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os></domain>`
const conn = G.Connection.new('test:///default'); conn.open(null); conn.fetch_domains(null)
const ctx = GLib.MainContext.default()
const now = () => GLib.get_monotonic_time() / 1000
let k = 0

function w1Once() {
  const d = conn.create_domain(LibvirtGConfig.Domain.new_from_xml(xml(`gjs-w1-${k++}`)))
  d.start(0); d.stop(0); d.delete(0)
}

function w1(n) {
  w1Once() // untimed: warms the process back up after it sat idle while the others ran
  const t = now()
  for (let i = 0; i < n; i++) w1Once()
  const ms = now() - t
  while (ctx.iteration(false));
  return { ms }
}

function populate(m) {
  for (let i = 0; i < m; i++) conn.create_domain(LibvirtGConfig.Domain.new_from_xml(xml(`gjs-w2-${i}`)))
  while (ctx.iteration(false));
  conn.fetch_domains(null)
  return { n: conn.get_domains().length }
}

function w2() {
  const c2 = G.Connection.new('test:///default'); c2.open(null)
  const t = now()
  c2.fetch_domains(null)
  const rows = c2.get_domains().map((d) => [d.get_name(), d.get_info().state, d.get_uuid()])
  const ms = now() - t
  c2.close()
  return { ms, n: rows.length }
}

const input = Gio.DataInputStream.new(Gio.UnixInputStream.new(0, false))
const reply = (answer) => print(JSON.stringify(answer))
reply({ ready: true })
for (;;) {
  const [line] = input.read_line_utf8(null)
  if (line === null) break // end of stdin: the parent is gone
  const [cmd, arg] = line.trim().split(/\s+/)
  if (cmd === 'quit') break
  try {
    if (cmd === 'w1') reply(w1(Number(arg)))
    else if (cmd === 'populate') reply(populate(Number(arg)))
    else if (cmd === 'w2') reply(w2())
    else reply({ error: `unknown command: ${line}` })
  } catch (e) {
    reply({ error: String(e.message ?? e) })
  }
}
conn.close()
