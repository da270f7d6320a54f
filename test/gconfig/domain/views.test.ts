/**
 * Child objects are live views into one tree, and the device list adds, removes and reorders
 * without touching the devices in between.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'mocha'
import {
  Domain, DomainController, DomainDevice, DomainDisk, DomainDiskBackingStore, DomainDiskSource, DomainEmulator, DomainInterface, DomainRng, DomainSerial, DomainWatchdog,
  deviceClasses,
} from '../../../gconfig/domain/index.js'
import { corpusDomain, corpusText } from './fixtures.js'

const FILE = 'qemuxmlconfdata/net-virtio-network-portgroup.x86_64-latest.xml'
const MANY = 'qemuxmlconfdata/q35-virt-manager-basic.xml'

/** Each device's own text, in document order. */
function deviceTexts(d: Domain): string[] {
  return d.devices.toArray().map((x) => x.toXml())
}

describe('gconfig/domain views and device lists', () => {
  it('shows an edit made through a nested child view in the document', () => {
    const d = corpusDomain(FILE)
    d.devices.ofType(DomainDisk)[0]!.source!.dev = '/dev/vg0/new'
    d.cpu?.remove()
    d.os!.machine = 'pc-q35-9.0'
    const text = d.toXml()
    assert.match(text, /<source dev='\/dev\/vg0\/new'\/>/)
    assert.match(text, /machine='pc-q35-9.0'/)
    assert.equal(Domain.fromXml(text).disks.at(0)!.source!.dev, '/dev/vg0/new')
    assert.equal(Domain.fromXml(text).cpu, undefined)
  })

  it('gives the same view object for the same element', () => {
    const d = corpusDomain(FILE)
    assert.equal(d.os, d.os)
    assert.equal(d.disks.at(0), d.devices.ofType(DomainDisk)[0])
  })

  it('changes only the edited attribute of an unmodified document', () => {
    const text = corpusText(FILE)
    const d = Domain.fromXml(text)
    d.interfaces.at(0)!.macAddress = '52:54:00:00:00:99'
    const before = text.split('\n')
    const after = d.toXml().split('\n')
    const changed = after.filter((l, i) => l !== before[i])
    assert.equal(after.length, before.length)
    assert.deepEqual(changed.map((l) => l.trim()), ["<mac address='52:54:00:00:00:99'/>"])
  })

  it('types every child of <devices> by its tag, and keeps unknown ones as DomainDevice', () => {
    const d = corpusDomain(MANY)
    for (const dev of d.devices) {
      const cls = deviceClasses[dev.node.name]
      assert.ok(cls !== undefined && dev instanceof cls, dev.node.name)
    }
    assert.ok(d.devices.at(0) instanceof DomainEmulator)
    const text = corpusText(FILE).replace('</devices>', "  <futuredev mode='x'><alias name='ua-f'/><address type='pci' domain='0x0000' bus='0x00' slot='0x0a' function='0x0'/></futuredev>\n  </devices>")
    const u = Domain.fromXml(text)
    const unknown = u.devices.at(-1)!
    assert.ok(unknown instanceof DomainDevice)
    assert.equal((unknown as DomainDevice).alias, 'ua-f')
    assert.equal((unknown as DomainDevice).address?.slot, 10)
    u.name = 'renamed'
    assert.match(u.toXml(), /<futuredev mode='x'><alias name='ua-f'\/>/)
  })

  it('adds a device at an index without touching the others', () => {
    const d = corpusDomain(MANY)
    const before = deviceTexts(d)
    const rng = new DomainRng()
    rng.model = 'virtio'
    rng.backendModel = 'random'
    rng.backendDevice = '/dev/urandom'
    d.devices.add(rng, 3)
    const after = deviceTexts(d)
    assert.equal(after.length, before.length + 1)
    assert.ok(d.devices.at(3) === rng)
    assert.deepEqual([...after.slice(0, 3), ...after.slice(4)], before)
  })

  it('removes a device and leaves the document as it was after putting it back', () => {
    const text = corpusText(MANY)
    const d = Domain.fromXml(text)
    const before = deviceTexts(d)
    const i = d.devices.toArray().findIndex((x) => x instanceof DomainController)
    const removed = d.devices.remove(i)
    assert.ok(removed instanceof DomainController)
    assert.deepEqual(deviceTexts(d), [...before.slice(0, i), ...before.slice(i + 1)])
    d.devices.add(removed, i)
    assert.equal(d.toXml(), text)
  })

  it('moves a device and back, leaving every other device and finally the text unchanged', () => {
    const text = corpusText(MANY)
    const d = Domain.fromXml(text)
    const before = deviceTexts(d)
    const n = before.length
    d.devices.move(1, n - 1)
    const moved = deviceTexts(d)
    assert.equal(moved[n - 1], before[1])
    assert.deepEqual(moved.slice(0, n - 1), [before[0], ...before.slice(2)])
    d.devices.move(n - 1, 1)
    assert.equal(d.toXml(), text)
  })

  it('sees devices added through the generic list in the typed lists and the reverse', () => {
    const d = corpusDomain(FILE)
    const serials = d.serials.length
    const s = new DomainSerial()
    s.type = 'pty'
    d.devices.add(s)
    assert.equal(d.serials.length, serials + 1)
    const w = new DomainWatchdog()
    w.model = 'i6300esb'
    d.watchdogs.add(w)
    assert.ok(d.devices.ofType(DomainWatchdog).includes(w))
    while (d.interfaces.length > 0) d.interfaces.remove(0)
    assert.equal(d.devices.ofType(DomainInterface).length, 0)
    assert.equal(d.devices.ofType(DomainController).length, d.controllers.length)
  })

  it('keeps metadata and namespaced elements through edits', () => {
    const d = corpusDomain('bhyvexml2argvdata/bhyvexml2argv-metadata.xml')
    const meta = d.metadata!.toXml()
    d.name = 'other'
    d.memory = 512 * 1024 ** 2
    assert.equal(Domain.fromXml(d.toXml()).metadata!.toXml(), meta)
    const q = Domain.fromXml(corpusText('qemuxmlconfdata/qemu-ns.xml'))
    q.vcpu = 2
    assert.match(q.toXml(), /<qemu:commandline>[\s\S]*<qemu:arg value=/)
  })

  it('clones a device into another domain, leaving the source unchanged', () => {
    const a = corpusDomain(MANY)
    const b = corpusDomain(FILE)
    const src = a.toXml()
    const copy = a.disks.at(0)!.clone()
    b.devices.add(copy)
    assert.equal(a.toXml(), src)
    assert.equal(b.disks.at(-1)!.toXml(), a.disks.at(0)!.toXml())
  })

  it('builds a backing chain of several layers through the recursive backingStore view', () => {
    const d = corpusDomain(FILE)
    const disk = d.disks.at(0)!
    const layers = ['/img/base.qcow2', '/img/mid.qcow2'].map((file) => {
      const layer = new DomainDiskBackingStore()
      layer.type = 'file'
      layer.format = 'qcow2'
      const src = new DomainDiskSource()
      src.file = file
      layer.source = src
      return layer
    })
    disk.backingStore = layers[1]
    disk.backingStore!.backingStore = layers[0]
    const back = Domain.fromXml(d.toXml()).disks.at(0)!
    assert.equal(back.backingStore!.source!.file, '/img/mid.qcow2')
    assert.equal(back.backingStore!.backingStore!.source!.file, '/img/base.qcow2')
    assert.equal(back.backingStore!.backingStore!.backingStore, undefined)
  })
})
