// GJS peer of bench/gobject (W1): raw LibvirtGObject from GJS; prints one JSON line.
// W4's GJS peer is bench/loop's (peer-gjs.js there).
const { GLib } = imports.gi
const LibvirtGLib = imports.gi.LibvirtGLib
const G = imports.gi.LibvirtGObject
const LibvirtGConfig = imports.gi.LibvirtGConfig
LibvirtGLib.init(null); G.init_object(null); LibvirtGLib.event_register()
const [n, w1Rounds] = ARGV.map(Number)
const xml = (name) => `<domain type='test'><name>${name}</name><memory unit='KiB'>65536</memory><vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os></domain>`
const conn = G.Connection.new('test:///default'); conn.open(null); conn.fetch_domains(null)
const w1s = []
for (let r = 0, k = 0; r < w1Rounds; r++) {
  const t = GLib.get_monotonic_time()
  for (let i = 0; i < n / w1Rounds; i++, k++) {
    const d = conn.create_domain(LibvirtGConfig.Domain.new_from_xml(xml(`gjs-w1-${k}`)))
    d.start(0); d.stop(0); d.delete(0)
  }
  w1s.push((n / w1Rounds) / ((GLib.get_monotonic_time() - t) / 1e6))
}
w1s.sort((a, b) => a - b)
const w1 = w1s[w1s.length >> 1]
print(JSON.stringify({ w1 }))
