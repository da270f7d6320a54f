# python-libvirt with its default event loop (virEventRunDefaultImpl in a thread), the
# way python scripts receive libvirt events. Usage: python3 peer-python.py ROUNDS IDLE_MS
import json, sys, threading, time
import libvirt

rounds, idle_ms = int(sys.argv[1]), int(sys.argv[2])
libvirt.virEventRegisterDefaultImpl()
def run():
    while True:
        libvirt.virEventRunDefaultImpl()
threading.Thread(target=run, daemon=True).start()

conn = libvirt.open('test:///default')
dom = conn.listAllDomains()[0]
latencies = []
state = {'t0': 0.0, 'want': None}
got = threading.Event()
STOPPED, STARTED = libvirt.VIR_DOMAIN_EVENT_STOPPED, libvirt.VIR_DOMAIN_EVENT_STARTED

def on_event(c, d, event, detail, opaque):
    if event == state['want']:
        latencies.append((time.perf_counter() - state['t0']) * 1000)
        got.set()
conn.domainEventRegisterAny(dom, libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE, on_event, None)

for i in range(rounds * 2):
    got.clear()
    state['want'] = STOPPED if i % 2 == 0 else STARTED
    state['t0'] = time.perf_counter()
    if i % 2 == 0:
        dom.destroy()
    else:
        dom.create()
    got.wait(5)

c0, w0 = time.process_time(), time.perf_counter()
time.sleep(idle_ms / 1000)
cpu, wall = time.process_time() - c0, time.perf_counter() - w0
print(json.dumps({'latencies': latencies, 'idleCpuPercent': cpu / wall * 100}))
