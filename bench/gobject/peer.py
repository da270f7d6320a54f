# python-libvirt peer of bench/gobject: prints one JSON line (medians over rounds).
import json, sys, time, libvirt

def xml(name):
    return f"<domain type='test'><name>{name}</name><memory unit='KiB'>65536</memory><vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os></domain>"

def median(xs):
    return sorted(xs)[len(xs) // 2]

conn = libvirt.open('test:///default')
n, m, rounds = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
w1 = []
k = 0
for r in range(rounds):
    t = time.perf_counter()
    for i in range(n // rounds):
        d = conn.defineXML(xml(f'py-w1-{k}')); d.create(); d.destroy(); d.undefine()
        k += 1
    w1.append((n // rounds) / (time.perf_counter() - t))
for i in range(m):
    conn.defineXML(xml(f'py-w2-{i}'))
w2 = []
for r in range(rounds):
    c2 = libvirt.open('test:///default')
    t = time.perf_counter()
    rows = [(d.name(), d.state()[0], d.UUIDString()) for d in c2.listAllDomains()]
    w2.append((time.perf_counter() - t) * 1000)
    c2.close()
print(json.dumps({'w1': median(w1), 'w2ms': median(w2), 'w2n': len(rows)}))
