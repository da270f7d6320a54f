# bench/scale's python-libvirt peer: one connection per daemon, libvirt's default event
# loop in a thread, and stdin commands answered with one JSON line each (peer-process.ts).
import json, resource, sys, threading, time
import libvirt

libvirt.virEventRegisterDefaultImpl()
threading.Thread(target=lambda: [libvirt.virEventRunDefaultImpl() for _ in iter(int, 1)], daemon=True).start()

conns = []
received = []          # (epoch ms, uri index, name, type)
closed = {}            # uri index -> epoch ms
callbacks = []
lock = threading.Lock()
TYPES = {2: 'started', 5: 'stopped'}

def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return (r.ru_utime + r.ru_stime) * 1000.0

def rss_kib():
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith('VmRSS:'):
                return int(line.split()[1])
    return 0

def answer(obj):
    sys.stdout.write(json.dumps(obj) + '\n')
    sys.stdout.flush()

answer({'ready': True})
for line in sys.stdin:
    cmd = line.split()
    if not cmd:
        continue
    try:
        if cmd[0] == 'open':
            for i, uri in enumerate(cmd[1:]):
                c = libvirt.open(uri)
                c.registerCloseCallback(lambda conn, reason, i: closed.setdefault(i, time.time() * 1000), i)
                conns.append(c)
            answer({'ok': True})
        elif cmd[0] == 'inventory':
            t = time.perf_counter()
            n = 0
            for c in conns:
                for d in c.listAllDomains():
                    d.info()
                    n += 1
            answer({'ms': (time.perf_counter() - t) * 1000, 'domains': n})
        elif cmd[0] == 'subscribe':
            rss0 = rss_kib()
            t = time.perf_counter()
            n = 0
            for i, c in enumerate(conns):
                def cb(conn, dom, event, detail, i):
                    if event in TYPES:
                        with lock:
                            received.append((time.time() * 1000, i, dom.name(), TYPES[event]))
                callbacks.append((c, c.domainEventRegisterAny(None, libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE, cb, i)))
                n += len(c.listAllDomains())
            answer({'ms': (time.perf_counter() - t) * 1000, 'domains': n, 'rssKiB': rss_kib() - rss0, 'registrations': len(callbacks)})
        elif cmd[0] == 'mark':
            with lock:
                received.clear()
            answer({'cpuMs': cpu()})
        elif cmd[0] == 'collect':
            with lock:
                out = list(received)
            answer({'cpuMs': cpu(), 'events': out})
        elif cmd[0] == 'closed':
            answer({'closed': closed})
        elif cmd[0] == 'quit':
            answer({'ok': True})
            break
        else:
            answer({'error': 'unknown command ' + cmd[0]})
    except Exception as e:
        answer({'error': str(e)})
