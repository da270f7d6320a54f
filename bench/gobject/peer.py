# python-libvirt peer of bench/gobject: prints one JSON line per workload.
import json, sys, time, libvirt

def xml(name):
    return f"<domain type='test'><name>{name}</name><memory unit='KiB'>65536</memory><vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os></domain>"

conn = libvirt.open('test:///default')
n = int(sys.argv[1]); m = int(sys.argv[2])
t = time.perf_counter()
for i in range(n):
    d = conn.defineXML(xml(f'py-w1-{i}')); d.create(); d.destroy(); d.undefine()
w1 = n / (time.perf_counter() - t)
for i in range(m):
    conn.defineXML(xml(f'py-w2-{i}'))
t = time.perf_counter()
rows = [(d.name(), d.state()[0], d.UUIDString()) for d in conn.listAllDomains()]
w2 = (time.perf_counter() - t) * 1000
print(json.dumps({'w1': w1, 'w2ms': w2, 'w2n': len(rows)}))
