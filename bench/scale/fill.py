# bench/scale: defines M test-driver domains (scale-0 … scale-M-1) on one daemon.
import sys
import libvirt

uri, m = sys.argv[1], int(sys.argv[2])
c = libvirt.open(uri)
for i in range(m):
    c.defineXML("<domain type='test'><name>scale-%d</name><memory unit='KiB'>65536</memory><vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os></domain>" % i)
