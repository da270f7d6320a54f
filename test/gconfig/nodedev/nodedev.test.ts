import assert from 'node:assert/strict'
import { NodeDevice } from '../../../gconfig/nodedev/index.js'
import { corpus, corpusFiles } from '../support/shared.js'
import { assertRejectedUnchanged, assertValid } from '../support/kinds.js'

const dev = (f: string) => NodeDevice.fromXml(corpus('nodedev', `nodedevschemadata/${f}`))

describe('gconfig NodeDevice', () => {
  it('reads a PCI device: address, vendor/product ids, SR-IOV sub-capabilities, IOMMU group, PCIe links', () => {
    const d = dev('pci_0000_02_10_7_sriov_pf_vfs_all.xml')
    assert.equal(d.name, 'pci_0000_02_10_7')
    assert.equal(d.parent, 'pci_0000_00_04_0')
    const pci = d.capabilities.at(0)!
    assert.equal(pci.type, 'pci')
    assert.deepEqual([pci.domain, pci.bus, pci.slot, pci.function], [0, '2', 16, 7])
    assert.equal(pci.productId, 0x10ca)
    assert.equal(pci.product, '82576 Virtual Function')
    assert.equal(pci.vendorId, 0x8086)
    const vfs = pci.capabilities.at(1)!
    assert.equal(vfs.type, 'virt_functions')
    assert.equal(vfs.maxCount, 7)
    assert.deepEqual([...vfs.addresses].map((a) => a.function), [2, 3, 4, 5])
    assert.equal(pci.iommuGroup?.number, 31)
    assert.equal(pci.numaNode, 0)
    assert.deepEqual([...pci.pciExpress!.links].map((l) => [l.validity, l.width]), [['cap', 4], ['sta', 0]])
  })

  it('reads every capability type the corpus has', () => {
    const types = new Set(corpusFiles('nodedev').filter((f) => !f.includes('invalid') && f.startsWith('nodedevschemadata/'))
      .flatMap((f) => NodeDevice.fromXml(corpus('nodedev', f)).capabilities.toArray().map((c) => c.type)))
    for (const t of ['system', 'pci', 'usb_device', 'net', 'scsi_host', 'scsi_target', 'storage', 'drm', 'mdev', 'ccw', 'ccwgroup', 'css', 'ap_queue', 'ap_matrix']) assert.ok(types.has(t as never), t)
  })

  it('writes a valid device and refuses a bad capability type or hex value unchanged', () => {
    const d = dev('pci_0000_02_10_7_sriov_pf_vfs_all.xml')
    d.capabilities.at(0)!.numaNode = 1
    assertValid(d.toXml(), 'nodedev.rng')
    assertRejectedUnchanged(d, () => (d.capabilities.at(0)!.type = 'gpu' as never))
    assertRejectedUnchanged(d, () => (d.capabilities.at(0)!.iommuGroup!.number = 1.25))
  })
})
