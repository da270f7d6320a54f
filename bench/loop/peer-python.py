# python-libvirt with its default event loop (virEventRunDefaultImpl in a thread), the
# way python scripts receive libvirt events. A long-lived child of bench/loop/index.ts:
# one command a line on stdin (`run N`, `idle MS`, `quit`), read on the main thread,
# one JSON line on stdout for each.
import os, sys, threading, time
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'support'))
from peer_protocol import serve
import libvirt

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

def measure(rounds):
    latencies.clear()
    for i in range(rounds * 2):
        got.clear()
        state['want'] = STOPPED if i % 2 == 0 else STARTED
        state['t0'] = time.perf_counter()
        if i % 2 == 0:
            dom.destroy()
        else:
            dom.create()
        got.wait(5)
    state['want'] = None
    return list(latencies)

def idle_cpu_percent(idle_ms):
    c0, w0 = time.process_time(), time.perf_counter()
    time.sleep(idle_ms / 1000)
    cpu, wall = time.process_time() - c0, time.perf_counter() - w0
    return cpu / wall * 100

serve({
    'run': lambda n: {'latencies': measure(int(n))},
    'idle': lambda ms: {'idleCpuPercent': idle_cpu_percent(int(ms))},
})
conn.close()
