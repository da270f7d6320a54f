# bench/scale's storm: starts and destroys K domains of one daemon, in order, from outside
# both peers, printing one JSON line per command with the epoch ms it returned.
import json, sys, time
import libvirt

uri, index, k = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
c = libvirt.open(uri)
doms = [d for d in c.listAllDomains() if d.name().startswith('scale-')][:k]
out = []
for d in doms:
    d.create()
    out.append((time.time() * 1000, index, d.name(), 'started'))
    d.destroy()
    out.append((time.time() * 1000, index, d.name(), 'stopped'))
print(json.dumps(out))
