# python-libvirt peer of bench/gobject (W1, W2), a long-lived child of run.ts: one command
# a line on stdin, one JSON line on stdout for each.
#   w1 K        one untimed define+create+destroy+undefine (warms the process back up after
#               it sat idle while the others ran), then K timed: {"ms": …}
#   populate M  defines M more domains, untimed, for W2: {"n": domains now}
#   w2          on a new connection (opened untimed), lists every domain with name, state
#               and uuid: {"ms": …, "n": rows}
#   quit
import os, sys, time, libvirt
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'support'))
from peer_protocol import serve

def xml(name):
    return f"<domain type='test'><name>{name}</name><memory unit='KiB'>65536</memory><vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os></domain>"

conn = libvirt.open('test:///default')
counter = {'w1': 0}

def w1_once():
    d = conn.defineXML(xml(f"py-w1-{counter['w1']}")); d.create(); d.destroy(); d.undefine()
    counter['w1'] += 1

def w1(k):
    w1_once()
    t = time.perf_counter()
    for _ in range(k):
        w1_once()
    return {'ms': (time.perf_counter() - t) * 1000}

def populate(m):
    for i in range(m):
        conn.defineXML(xml(f'py-w2-{i}'))
    return {'n': len(conn.listAllDomains())}

def w2():
    c2 = libvirt.open('test:///default')
    t = time.perf_counter()
    rows = [(d.name(), d.state()[0], d.UUIDString()) for d in c2.listAllDomains()]
    ms = (time.perf_counter() - t) * 1000
    c2.close()
    return {'ms': ms, 'n': len(rows)}

serve({
    'w1': lambda k: w1(int(k)),
    'populate': lambda m: populate(int(m)),
    'w2': w2,
}, errors=(libvirt.libvirtError,))
conn.close()
