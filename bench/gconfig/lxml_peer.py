# lxml peer of bench/gconfig, a long-lived child of index.ts (bench/support/peer_protocol.py):
# the document comes as a path on the command line; then one command a line on stdin:
#   workload K   one untimed then K timed: parse, read 10, set 3, tostring: {"ms": …}
#   plain K      the same for parse + tostring
#   quit
import os
import sys
import time

from lxml import etree

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'support'))
from peer_protocol import serve

with open(sys.argv[1], 'rb') as f:
    xml = f.read()


def plain():
    etree.tostring(etree.fromstring(xml))


def workload():
    root = etree.fromstring(xml)
    reads = (
        root.findtext('name'), root.findtext('uuid'), root.findtext('memory'), root.find('memory').get('unit'),
        root.findtext('currentMemory'), root.findtext('vcpu'), root.find('os/type').get('arch'),
        root.find('os/type').get('machine'), root.find('devices/disk/target').get('dev'),
        root.find('devices/disk/target').get('bus'), root.find('devices/disk/driver').get('type'),
    )
    root.find('name').text = 'renamed'
    root.find('memory').text = '524288'
    root.find('vcpu').text = '4'
    etree.tostring(root)
    return reads


def block(fn, k):
    fn()
    start = time.perf_counter()
    for _ in range(int(k)):
        fn()
    return {'ms': (time.perf_counter() - start) * 1000}


serve({'workload': lambda k: block(workload, k), 'plain': lambda k: block(plain, k)})
