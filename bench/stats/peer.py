# python-libvirt's side of bench/stats: polls the same domains the same way gvir's stats$
# does (one virDomainListGetStats per interval for all of them, the same groups, a CPU %
# per domain from cpu.time deltas), answering run.ts's `poll MS INTERVAL` with its CPU
# time, RSS, bulk calls and samples.
import os, resource, sys, time
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', 'support'))
import libvirt
from peer_protocol import serve

conn = libvirt.open(sys.argv[1])
domains = conn.listAllDomains(0)
GROUPS = (libvirt.VIR_DOMAIN_STATS_STATE | libvirt.VIR_DOMAIN_STATS_CPU_TOTAL | libvirt.VIR_DOMAIN_STATS_BALLOON |
          libvirt.VIR_DOMAIN_STATS_VCPU | libvirt.VIR_DOMAIN_STATS_INTERFACE | libvirt.VIR_DOMAIN_STATS_BLOCK)

def rss_mib():
    with open('/proc/self/statm') as f:
        return int(f.read().split()[1]) * os.sysconf('SC_PAGE_SIZE') / 2 ** 20

def cpu_s():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime

def poll(ms, interval):
    ms, interval = float(ms) / 1000, float(interval) / 1000
    start, cpu0 = time.monotonic(), cpu_s()
    prev, calls, samples = {}, 0, 0
    while time.monotonic() - start < ms:
        t = time.monotonic()
        records = conn.domainListGetStats(domains, GROUPS, 0)
        calls += 1
        for dom, stats in records:
            key = dom.UUIDString()
            before = prev.get(key)
            _cpu = None if before is None or 'cpu.time' not in stats else (stats['cpu.time'] - before[1]['cpu.time']) / ((t - before[0]) * 1e7)
            prev[key] = (t, stats)
            samples += 1
        rest = interval - (time.monotonic() - t)
        if rest > 0:
            time.sleep(min(rest, max(0, ms - (time.monotonic() - start))))
    return {'cpuMs': (cpu_s() - cpu0) * 1000, 'rssMiB': rss_mib(), 'calls': calls, 'samples': samples, 'domains': len(domains)}

serve({'poll': poll}, (libvirt.libvirtError,))
