"""lxml peer of bench/gconfig: times its own loop and prints one JSON line of docs/s."""
import json
import sys
import time

from lxml import etree

xml = sys.stdin.buffer.read()
budget = float(sys.argv[1])


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


def rate(fn):
    for _ in range(200):
        fn()
    n = 0
    start = time.perf_counter()
    while True:
        for _ in range(100):
            fn()
        n += 100
        elapsed = time.perf_counter() - start
        if elapsed >= budget:
            return n / elapsed


print(json.dumps({'plain': rate(plain), 'workload': rate(workload)}))
