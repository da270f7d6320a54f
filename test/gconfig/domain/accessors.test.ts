/**
 * Typed accessors read the real values of libvirt's own test documents, for every class.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'mocha'
import { corpusDomain } from './fixtures.js'

describe('gconfig/domain typed accessors on the libvirt corpus', () => {
  it('DomainDiskIotune reads totalBytesSec of blkdeviotune-group-num.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/blkdeviotune-group-num.x86_64-latest.xml')
    assert.deepEqual(d.disks.at(0)!.iotune!.totalBytesSec, 5000)
  })

  it('DomainDiskIotune reads groupName of blkdeviotune-group-num.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/blkdeviotune-group-num.x86_64-latest.xml')
    assert.deepEqual(d.disks.at(0)!.iotune!.groupName, 'libvirt_iotune_group1')
  })

  it('DomainDiskSourceHost reads disk-backing-chains-index-active.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlactive2xmldata/disk-backing-chains-index-active.x86_64-latest.xml')
    assert.deepEqual(d.disks.toArray().find(x => x.source?.protocol === 'rbd')!.source!.hosts.toArray().map(h => [h.name, h.port]), [['mon1.example.org', 6321], ['mon2.example.org', 6322], ['mon3.example.org', 6322]])
  })

  it('DomainDiskSource reads disk-backing-chains-index-active.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlactive2xmldata/disk-backing-chains-index-active.x86_64-latest.xml')
    assert.deepEqual(d.disks.toArray().find(x => x.source?.protocol === 'rbd')!.source!.name, 'pool/image')
  })

  it('DomainDiskBackingStore reads the format of disk-backing-chains-index-active.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlactive2xmldata/disk-backing-chains-index-active.x86_64-latest.xml')
    assert.deepEqual(d.disks.at(0)!.backingStore!.format, 'qcow2')
  })

  it('DomainDiskBackingStore reads a nested chain of disk-backing-chains-index-active.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlactive2xmldata/disk-backing-chains-index-active.x86_64-latest.xml')
    assert.deepEqual([d.disks.at(1)!.backingStore!.type, d.disks.at(1)!.backingStore!.index, d.disks.at(1)!.backingStore!.backingStore!.source!.file, d.disks.at(1)!.backingStore!.backingStore!.backingStore!.index], ['block', 8, '/tmp/image2', 6])
  })

  it('DomainDiskMirror reads disk-active-commit-active.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlactive2xmldata/disk-active-commit-active.x86_64-latest.xml')
    assert.deepEqual([d.disks.at(0)!.mirror!.type, d.disks.at(0)!.mirror!.job, d.disks.at(0)!.mirror!.format, d.disks.at(0)!.mirror!.source?.dev], ['block', 'active-commit', 'raw', '/dev/HostVG/QEMUGuest1'])
  })

  it('DomainDiskEncryption reads domain-qemu-interface-filterref.xml', () => {
    const d = corpusDomain('domainschemadata/domain-qemu-interface-filterref.xml')
    assert.deepEqual(d.disks.toArray().map(x => x.encryption?.format ?? x.source?.encryption?.format), [undefined, undefined, 'qcow', undefined])
  })

  it('DomainDiskSource reads disk-vhostuser.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/disk-vhostuser.x86_64-latest.xml')
    assert.deepEqual(`${d.disks.at(0)!.type} ${d.disks.at(0)!.source!.type} ${d.disks.at(0)!.source!.path}`, 'vhostuser unix /tmp/vhost1.sock')
  })

  it('DomainDiskSourceSlice reads disk-slices.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/disk-slices.x86_64-latest.xml')
    assert.deepEqual(d.disks.at(0)!.source!.slices.toArray().map(s => [s.type, s.offset, s.size]), [['storage', 0, 321]])
  })

  it('DomainDiskSourceCookie reads disk-network-http.xml', () => {
    const d = corpusDomain('genericxml2xmlindata/disk-network-http.xml')
    assert.deepEqual(d.disks.toArray().flatMap(x => x.source?.cookies.toArray() ?? []).map(c => [c.name, c.value]), [['test', 'testcookievalue'], ['test2', 'blurb'], ['test', 'testcookievalue'], ['test2', 'blurb']])
  })

  it('DomainDisk reads disk-transient.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/disk-transient.xml')
    assert.deepEqual(d.disks.at(0)!.transient, true)
  })

  it('DomainDisk reads disk-blockio.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/disk-blockio.x86_64-latest.xml')
    assert.deepEqual(d.disks.toArray().map(x => [x.blockioLogicalBlockSize, x.blockioPhysicalBlockSize]), [[undefined, undefined], [512, 512]])
  })

  it('DomainDisk reads disk-geometry.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/disk-geometry.xml')
    assert.deepEqual([d.disks.at(0)!.geometryCyls, d.disks.at(0)!.geometryHeads, d.disks.at(0)!.geometrySecs, d.disks.at(0)!.geometryTrans], [16383, 16, 63, 'lba'])
  })

  it('DomainDiskSource reads qemumemlock-pc-hostdev-nvme.xml', () => {
    const d = corpusDomain('qemumemlockdata/qemumemlock-pc-hostdev-nvme.xml')
    assert.deepEqual([d.disks.at(0)!.source!.type, d.disks.at(0)!.source!.namespace, d.disks.at(0)!.source!.address?.bus, d.disks.at(0)!.source!.address?.slot], ['pci', 1, 2, 0])
  })

  it('DomainInterface reads domain-qemu-interface-filterref.xml', () => {
    const d = corpusDomain('domainschemadata/domain-qemu-interface-filterref.xml')
    assert.deepEqual(d.interfaces.toArray().map(i => [i.type, i.macAddress, i.modelType, i.filterrefFilter, i.bandwidthInboundAverage]), [['network', '52:54:00:d6:c0:0b', 'virtio', undefined, 100], ['bridge', '52:54:00:35:82:59', 'rtl8139', 'myfilter', undefined], ['server', '52:54:00:22:c9:42', 'rtl8139', undefined, 1234], ['client', '52:54:00:8c:b1:f8', 'rtl8139', undefined, undefined]])
  })

  it('DomainInterfaceFilterParameter reads domain-qemu-interface-filterref.xml', () => {
    const d = corpusDomain('domainschemadata/domain-qemu-interface-filterref.xml')
    assert.deepEqual(d.interfaces.toArray().flatMap(i => i.filterrefParameters.toArray()).map(p => [p.name, p.value]), [['CTRL_IP_LEARNING', 'none'], ['DHCPSERVER', '104.156.226.10'], ['IP', '104.207.129.11'], ['IP6_ADDR', '2001:19f0:300:2102::'], ['IP6_MASK', '64']])
  })

  it('DomainInterfaceVlanTag reads net-hostdev-multidomain.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/net-hostdev-multidomain.x86_64-latest.xml')
    assert.deepEqual(d.interfaces.toArray().flatMap(i => i.vlanTags.toArray()).map(t => t.id), [42])
  })

  it('DomainInterfacePortForward reads net-user-passt.x86_64-7.2.0.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/net-user-passt.x86_64-7.2.0.xml')
    assert.deepEqual(d.interfaces.at(0)!.portForwards.toArray().map(p => [p.proto, p.address, p.ranges.toArray().map(r => [r.start, r.end, r.to, r.exclude])]), [['tcp', '2001:db8:ac10:fd01::1:10', [[22, undefined, 2022, undefined], [1000, 1050, undefined, undefined], [1020, undefined, undefined, true], [1030, 1040, undefined, true]]], ['udp', '1.2.3.4', [[5000, 5020, 6000, undefined], [5010, 5015, undefined, true]]], ['tcp', undefined, [[80, undefined, undefined, undefined]]], ['tcp', undefined, [[443, undefined, 344, undefined]]]])
  })

  it('DomainInterfaceIp reads net-user-passt.x86_64-7.2.0.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/net-user-passt.x86_64-7.2.0.xml')
    assert.deepEqual(d.interfaces.at(0)!.ips.toArray().map(p => [p.family, p.address, p.prefix]), [['ipv4', '172.17.2.0', 24], ['ipv6', '2001:db8:ac10:fd01::feed', undefined]])
  })

  it('DomainGraphicsListen reads bhyveargv2xml-vnc-listen.xml', () => {
    const d = corpusDomain('bhyveargv2xmldata/bhyveargv2xml-vnc-listen.xml')
    assert.deepEqual(d.graphics.toArray().map(g => [g.type, g.port, g.listens.at(0)?.type, g.listens.at(0)?.address]), [['vnc', 5900, 'address', '1.2.3.4']])
  })

  it('DomainGraphics reads qemuhotplug-graphics-spice-listen-network+graphics-spice-listen-network-password.xml', () => {
    const d = corpusDomain('qemuhotplugtestdomains/qemuhotplug-graphics-spice-listen-network+graphics-spice-listen-network-password.xml')
    assert.deepEqual(d.graphics.toArray().map(g => [g.type, g.autoport, g.passwd, g.listens.at(0)?.type, g.listens.at(0)?.network]), [['spice', true, 'password2', 'network', 'vdsm-rhevm']])
  })

  it('DomainVideo reads qemuhotplug-graphics-spice-listen-network+graphics-spice-listen-network-password.xml', () => {
    const d = corpusDomain('qemuhotplugtestdomains/qemuhotplug-graphics-spice-listen-network+graphics-spice-listen-network-password.xml')
    assert.deepEqual(d.videos.toArray().map(v => [v.modelType, v.modelRam, v.modelVram, v.modelHeads]), [['qxl', 65536, 32768, 1], ['qxl', 65536, 32768, 1]])
  })

  it('DomainController reads aarch64-cpu-passthrough.aarch64-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/aarch64-cpu-passthrough.aarch64-latest.xml')
    assert.deepEqual(d.controllers.toArray().map(c => [c.type, c.index, c.model, c.targetChassis, c.targetPort]).slice(0, 3), [['pci', 0, 'pcie-root', undefined, undefined], ['pci', 1, 'pcie-root-port', 1, 8], ['pci', 2, 'pcie-root-port', 2, 9]])
  })

  it('DomainDeviceAddress reads aarch64-cpu-passthrough.aarch64-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/aarch64-cpu-passthrough.aarch64-latest.xml')
    assert.deepEqual(d.controllers.toArray().map(c => c.address && [c.address.type, c.address.domain, c.address.bus, c.address.slot, c.address.function, c.address.multifunction]).slice(0, 3), [undefined, ['pci', 0, 0, 1, 0, true], ['pci', 0, 0, 1, 1, undefined]])
  })

  it('DomainHostdev reads hostdev-scsi-vhost-scsi-ccw.s390x-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/hostdev-scsi-vhost-scsi-ccw.s390x-latest.xml')
    assert.deepEqual(d.hostdevs.toArray().map(h => [h.type, h.source?.protocol, h.source?.wwpn, h.address?.type, h.address?.cssid, h.address?.ssid, h.address?.devno]), [['scsi_host', 'vhost', 'naa.5123456789abcde0', 'ccw', 254, 0, 2]])
  })

  it('DomainHostdevSource reads hostdev-mdev-display-ramfb-multiple.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/hostdev-mdev-display-ramfb-multiple.xml')
    assert.deepEqual(d.hostdevs.toArray().map(h => [h.type, h.model, h.display, h.ramfb, h.source?.mdevUuid]), [['mdev', 'vfio-pci', true, true, '53764d0e-85a0-42b4-af5c-2046b460b1dc'], ['mdev', 'vfio-pci', true, true, '53764d0e-85a0-42b4-af5c-2046b460b1dd']])
  })

  it('DomainHub reads controller-order.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/controller-order.xml')
    assert.deepEqual([d.hubs.at(0)?.type, d.hostdevs.at(0)?.source?.vendorId, d.hostdevs.at(0)?.source?.productId], ['usb', undefined, undefined])
  })

  it('DomainFilesys reads vhost-user-fs-ccw.s390x-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/vhost-user-fs-ccw.s390x-latest.xml')
    assert.deepEqual(d.filesystems.toArray().map(f => [f.type, f.driverType, f.driverQueue, f.binaryPath, f.binaryCacheMode, f.sourceDir, f.targetDir]), [['mount', 'virtiofs', undefined, '/usr/libexec/virtiofsd', undefined, '/tmp', 'mount_tag']])
  })

  it('DomainFilesys reads bhyvexml2xmlout-fs-9p.xml', () => {
    const d = corpusDomain('bhyvexml2xmloutdata/bhyvexml2xmlout-fs-9p.xml')
    assert.deepEqual(d.filesystems.toArray().map(f => [f.type, f.accessmode, f.sourceDir, f.targetDir, f.readonly]), [['mount', 'passthrough', '/shared/dir', 'shared_dir', false]])
  })

  it('DomainSound reads q35-virt-manager-basic.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/q35-virt-manager-basic.xml')
    assert.deepEqual(d.sounds.toArray().map(s => [s.model, s.address?.bus]), [['ich9', undefined]])
  })

  it('DomainAudio reads bhyvexml2argv-sound.xml', () => {
    const d = corpusDomain('bhyvexml2argvdata/bhyvexml2argv-sound.xml')
    assert.deepEqual(d.audios.toArray().map(a => [a.id, a.type, a.input?.dev, a.output?.dev]), [[1, 'oss', '/dev/dsp0', '/dev/dsp0']])
  })

  it('DomainRedirfilterUsbdev reads usb-redir-filter-version.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/usb-redir-filter-version.x86_64-latest.xml')
    assert.deepEqual(d.redirfilters.at(0)!.usbdevs.toArray().map(u => [u.allow, u.class, u.vendor, u.product, u.version]), [[true, '0x08', '0x15E1', '0x2007', '1.09'], [true, '0x08', '0x15E1', '0x2007', '9.40'], [false, undefined, undefined, undefined, undefined]])
  })

  it('DomainRedirdev reads usb-redir-filter-version.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/usb-redir-filter-version.x86_64-latest.xml')
    assert.deepEqual(d.redirdevs.toArray().map(r => [r.bus, r.type]), [['usb', 'spicevmc'], ['usb', 'spicevmc']])
  })

  it('DomainSmartcard reads name-escape.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/name-escape.x86_64-latest.xml')
    assert.deepEqual(d.smartcards.toArray().map(s => [s.mode, s.certificates.toArray().map(c => c.name), s.database]), [['host-certificates', ['cert1,foo', 'cert2', 'cert3'], '/etc/pki/nssdb,foo']])
  })

  it('DomainRng reads bhyveargv2xml-virtio-rnd.xml', () => {
    const d = corpusDomain('bhyveargv2xmldata/bhyveargv2xml-virtio-rnd.xml')
    assert.deepEqual(d.rngs.toArray().map(r => [r.model, r.backendModel, r.backendDevice]), [['virtio', 'random', '/dev/random']])
  })

  it('DomainTpm reads aarch64-virt-default-models.aarch64-latest.abi-update.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/aarch64-virt-default-models.aarch64-latest.abi-update.xml')
    assert.deepEqual(d.tpms.toArray().map(t => [t.model, t.backendType, t.backendVersion]), [['tpm-tis', 'emulator', '2.0']])
  })

  it('DomainWatchdog reads qemuhotplug-base-live+watchdog+watchdog-reset.xml', () => {
    const d = corpusDomain('qemuhotplugtestdomains/qemuhotplug-base-live+watchdog+watchdog-reset.xml')
    assert.deepEqual(d.watchdogs.toArray().map(w => [w.model, w.action, w.alias]), [['i6300esb', 'poweroff', 'watchdog0']])
  })

  it('DomainMemballoon reads balloon-device-period.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/balloon-device-period.x86_64-latest.xml')
    assert.deepEqual(d.memballoons.toArray().map(m => [m.model, m.statsPeriod]), [['virtio', 10]])
  })

  it('DomainPanic reads ppc64-modern-bulk-result-conf.xml', () => {
    const d = corpusDomain('qemuhotplugtestcpus/ppc64-modern-bulk-result-conf.xml')
    assert.deepEqual(d.panics.toArray().map(p => [p.model, p.address?.type, p.address?.iobase]), [['pseries', undefined, undefined]])
  })

  it('DomainShmem reads qemuhotplug-base-live+ivshmem-doorbell.xml', () => {
    const d = corpusDomain('qemuhotplugtestdomains/qemuhotplug-base-live+ivshmem-doorbell.xml')
    assert.deepEqual(d.shmems.toArray().map(s => [s.name, s.modelType, s.size, s.serverPath, s.msiVectors, s.msiIoeventfd]), [['shmem0', 'ivshmem-plain', 4194304, undefined, undefined, undefined], ['shmem1', 'ivshmem-doorbell', undefined, '/var/lib/libvirt/shmem-shmem1-sock', undefined, true]])
  })

  it('DomainMemory reads hugepages-nvdimm.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/hugepages-nvdimm.x86_64-latest.xml')
    assert.deepEqual(d.memoryDevices.toArray().map(m => [m.model, m.access, m.sourcePath, m.targetSize, m.targetNode, m.targetLabelSize]), [['nvdimm', undefined, '/tmp/nvdimm', 535822336, 0, undefined]])
  })

  it('DomainMemory reads memory-hotplug-multiple.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/memory-hotplug-multiple.x86_64-latest.xml')
    assert.deepEqual(d.memoryDevices.toArray().map(m => [m.model, m.targetSize, m.targetBlock, m.targetRequested]), [['dimm', 535822336, undefined, undefined], ['virtio-mem', 1073741824, 2097152, 536870912], ['virtio-mem', 2147483648, 2097152, 1073741824], ['nvdimm', 535822336, undefined, undefined]])
  })

  it('DomainIommu reads intel-iommu-aw-bits.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/intel-iommu-aw-bits.x86_64-latest.xml')
    assert.deepEqual(d.iommus.toArray().map(i => [i.model, i.driverAwBits, i.driverIntremap]), [['intel', 48, true]])
  })

  it('DomainVsock reads vhost-vsock-auto.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/vhost-vsock-auto.x86_64-latest.xml')
    assert.deepEqual(d.vsocks.toArray().map(v => [v.model, v.cidAuto, v.cidAddress]), [['virtio', true, undefined]])
  })

  it('DomainLease reads lease.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/lease.x86_64-latest.xml')
    assert.deepEqual(d.leases.toArray().map(l => [l.lockspace, l.key, l.targetPath, l.targetOffset]), [['somearea', 'thequickbrownfoxjumpedoverthelazydog', '/some/lease/path', 1024]])
  })

  it('DomainCrypto reads crypto-builtin.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/crypto-builtin.x86_64-latest.xml')
    assert.deepEqual(d.cryptos.toArray().map(c => [c.model, c.type, c.backendModel, c.backendQueues]), [['virtio', 'qemu', 'builtin', 1]])
  })

  it('DomainPstore reads pstore-acpi-erst.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/pstore-acpi-erst.xml')
    assert.deepEqual(d.pstores.toArray().map(p => [p.backend, p.path, p.size]), [['acpi-erst', '/tmp/guest_acpi_esrt', 8192]])
  })

  it('DomainCputuneCachetune reads cachetune-cdp.xml', () => {
    const d = corpusDomain('genericxml2xmlindata/cachetune-cdp.xml')
    assert.deepEqual(d.cputune!.cachetunes.toArray().map(c => [c.vcpus, c.caches.toArray().map(x => [x.id, x.level, x.type, x.size])]), [['0-1', [[0, 3, 'code', 7864320], [1, 3, 'data', 3932160]]], ['2', [[1, 3, 'code', 6291456]]], ['3', [[1, 3, 'data', 7077888]]]])
  })

  it('DomainCputuneMemorytune reads memorytune-colliding-allocs.xml', () => {
    const d = corpusDomain('genericxml2xmlindata/memorytune-colliding-allocs.xml')
    assert.deepEqual(d.cputune!.memorytunes.toArray().map(c => [c.vcpus, c.nodes.toArray().map(x => [x.id, x.bandwidth])]), [['0', [[0, 50], [0, 50]]]])
  })

  it('DomainMemtune reads domain-openvz-simple.xml', () => {
    const d = corpusDomain('domainschemadata/domain-openvz-simple.xml')
    assert.deepEqual([d.memtune!.hardLimit, d.memtune!.softLimit, d.memtune!.minGuarantee, d.memtune!.swapHardLimit], [285212672, 268435456, 138412032, undefined])
  })

  it('DomainBlkiotune reads lxcconf2xml-blkiotune.xml', () => {
    const d = corpusDomain('lxcconf2xmldata/lxcconf2xml-blkiotune.xml')
    assert.deepEqual([d.blkiotune!.weight, d.blkiotune!.devices.toArray().map(x => [x.path, x.weight, x.readBytesSec, x.writeIopsSec])], [500, [['/dev/block/8:16', 1000, 1234, 8765], ['/dev/block/8:0', 300, undefined, undefined]]])
  })

  it('DomainNumatune reads lxcconf2xml-cpusettune.xml', () => {
    const d = corpusDomain('lxcconf2xmldata/lxcconf2xml-cpusettune.xml')
    assert.deepEqual([d.numatune!.memoryMode, d.numatune!.memoryNodeset, d.vcpuCpuset], ['strict', '1-4', '1-2,5-7'])
  })

  it('DomainNumatuneMemnode reads hugepages-memaccess.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/hugepages-memaccess.x86_64-latest.xml')
    assert.deepEqual(d.numatune!.memnodes.toArray().map(m => [m.cellid, m.mode, m.nodeset]), [[3, 'strict', '3']])
  })

  it('DomainMemoryBackingPage reads hugepages-memaccess.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/hugepages-memaccess.x86_64-latest.xml')
    assert.deepEqual(d.memoryBacking!.hugepagesPages.toArray().map(p => [p.size, p.nodeset]), [[2097152, '1'], [1073741824, '0,2-3']])
  })

  it('DomainCpuNumaCell reads hugepages-memaccess.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/hugepages-memaccess.x86_64-latest.xml')
    assert.deepEqual(d.cpu!.numaCells.toArray().map(c => [c.id, c.cpus, c.memory, c.memAccess]), [[0, '0', 1073741824, undefined], [1, '1', 1073741824, 'shared'], [2, '2', 1073741824, 'private'], [3, '3', 1073741824, undefined]])
  })

  it('DomainIothread reads iothreads-ids-partial.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/iothreads-ids-partial.xml')
    assert.deepEqual([d.iothreads, d.iothreadids.toArray().map(i => i.id)], [4, [5, 6]])
  })

  it('DomainDefaultIothread reads iothreads-ids-pool-sizes.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/iothreads-ids-pool-sizes.x86_64-latest.xml')
    assert.deepEqual([d.defaultiothread?.threadPoolMin, d.defaultiothread?.threadPoolMax, d.iothreadids.toArray().map(i => [i.id, i.threadPoolMin, i.threadPoolMax])], [8, 16, [[2, 0, 60], [4, 1, 1], [1, undefined, undefined], [3, undefined, undefined], [5, undefined, undefined]]])
  })

  it('DomainThrottleGroup reads throttlefilter.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/throttlefilter.x86_64-latest.xml')
    assert.deepEqual(d.throttlegroups.toArray().map(t => [t.groupName, t.totalBytesSec, t.readIopsSec]), [['limit0', 4000, undefined], ['limit1', undefined, undefined], ['limit2', undefined, undefined], ['limit12', undefined, undefined], ['limit3', undefined, undefined]])
  })

  it('DomainDiskThrottleFilter reads throttlefilter.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/throttlefilter.x86_64-latest.xml')
    assert.deepEqual(d.disks.toArray().map(x => x.throttleFilters.toArray().map(f => f.group)), [['limit0'], ['limit1', 'limit12'], ['limit2', 'limit12'], []])
  })

  it('DomainSysinfo reads smbios-multiple-type2.xml', () => {
    const d = corpusDomain('genericxml2xmlindata/smbios-multiple-type2.xml')
    assert.deepEqual(d.sysinfos.toArray().map(s => [s.type, s.baseBoards.length, s.baseBoards.at(0)?.entries.toArray().map(e => [e.name, e.value])]), [['smbios', 2, [['manufacturer', 'Hewlett-Packard'], ['product', '0B4Ch'], ['version', 'D'], ['serial', 'CZC1065993'], ['asset', 'CZC1065993'], ['location', 'Upside down']]]])
  })

  it('DomainSysinfoEntry reads smbios-type-fwcfg.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/smbios-type-fwcfg.x86_64-latest.xml')
    assert.deepEqual(d.sysinfos.toArray().map(s => [s.type, s.entries.toArray().map(e => [e.name, e.value, e.file])]), [['smbios', []], ['fwcfg', [['opt/com.example/name', 'example value', undefined], ['opt/com.coreos/config', '', '/tmp/provision.ign']]]])
  })

  it('DomainOsFirmwareFeature reads aarch64-virt-graphics.aarch64-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/aarch64-virt-graphics.aarch64-latest.xml')
    assert.deepEqual([d.os!.firmware, d.os!.firmwareFeatures.toArray().map(f => [f.name, f.enabled]), d.os!.loader?.type, d.os!.loader?.path], ['efi', [['enrolled-keys', false], ['secure-boot', false]], 'pflash', '/usr/share/edk2/aarch64/QEMU_EFI-silent-pflash.raw'])
  })

  it('DomainOsNvram reads domain-bios-nvram-empty.xml', () => {
    const d = corpusDomain('domainschemadata/domain-bios-nvram-empty.xml')
    assert.deepEqual([d.os!.nvram?.path, d.os!.bootmenuEnable, d.os!.bootmenuTimeout, d.os!.boots.toArray().map(b => b.dev)], ['', true, undefined, ['hd']])
  })

  it('DomainFeatureHyperv reads viridian-hvm.xml', () => {
    const d = corpusDomain('libxlxml2domconfigdata/viridian-hvm.xml')
    assert.deepEqual([d.features?.viridian, d.features?.hyperv?.mode], [false, 'custom'])
  })

  it('DomainFeatureKvm reads kvm-features-off.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/kvm-features-off.x86_64-latest.xml')
    assert.deepEqual([d.features!.kvm!.hiddenState, d.features!.kvm!.hintDedicatedState, d.features!.kvm!.pollControlState, d.features!.kvm!.pvIpiState, d.features!.kvm!.dirtyRingState], [false, false, false, false, false])
  })

  it('DomainFeatureXen reads test-fullvirt-hypervisor-features.xml', () => {
    const d = corpusDomain('xlconfigdata/test-fullvirt-hypervisor-features.xml')
    assert.deepEqual([d.features!.xen?.e820HostState, d.features!.xen?.passthroughState, d.features!.xen?.passthroughMode], [undefined, true, 'share_pt'])
  })

  it('DomainFeatureCapabilities reads domain-caps-features.xml', () => {
    const d = corpusDomain('domainschemadata/domain-caps-features.xml')
    assert.deepEqual([d.features!.capabilities!.policy, d.features!.capabilities!.mknod, d.features!.capabilities!.sysChroot, d.resourcePartition], ['deny', true, undefined, '/virtualmachines'])
  })

  it('DomainFeatures reads aarch64-cpu-passthrough.aarch64-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/aarch64-cpu-passthrough.aarch64-latest.xml')
    assert.deepEqual([d.features!.gicVersion, d.features!.acpi, d.cpu!.mode, d.os!.machine, d.os!.arch], ['3', false, 'host-passthrough', 'virt', 'aarch64'])
  })

  it('DomainCpu reads bhyvexml2argv-cputopology-nvcpu-mismatch.xml', () => {
    const d = corpusDomain('bhyvexml2argvdata/bhyvexml2argv-cputopology-nvcpu-mismatch.xml')
    assert.deepEqual([d.cpu!.topologySockets, d.cpu!.topologyCores, d.cpu!.topologyThreads], [1, 2, 1])
  })

  it('DomainCpuNumaLatency reads numatune-hmat-none.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/numatune-hmat-none.x86_64-latest.xml')
    assert.deepEqual([d.cpu!.numaLatencies.toArray().map(l => [l.initiator, l.target, l.type, l.value]).slice(0, 2), d.cpu!.numaBandwidths.toArray().map(l => [l.initiator, l.target, l.type, l.value, l.unit]).slice(0, 2), d.cpu!.numaCells.at(0)!.siblings.toArray().map(s => [s.id, s.value])], [[[0, 0, 'access', 5], [0, 0, 'access', 10]], [[0, 0, 'access', 204800, 'KiB'], [0, 0, 'access', 208896, 'KiB']], []])
  })

  it('DomainCpu reads cpu-phys-bits-emulate.xml', () => {
    const d = corpusDomain('genericxml2xmlindata/cpu-phys-bits-emulate.xml')
    assert.deepEqual([d.cpu!.maxphysaddrMode, d.cpu!.maxphysaddrBits], ['emulate', 42])
  })

  it('DomainTimer reads moredevs-hvm.xml', () => {
    const d = corpusDomain('libxlxml2domconfigdata/moredevs-hvm.xml')
    assert.deepEqual([d.clock!.offset, d.clock!.timers.toArray().map(t => [t.name, t.mode, t.present])], ['variable', [['tsc', 'native', true], ['hpet', undefined, true]]])
  })

  it('DomainPm reads domain-qemu-interface-filterref.xml', () => {
    const d = corpusDomain('domainschemadata/domain-qemu-interface-filterref.xml')
    assert.deepEqual([d.pm!.suspendToMem, d.pm!.suspendToDisk], [true, true])
  })

  it('DomainSeclabel reads qemuhotplug-console-compat-2-live+console-virtio.xml', () => {
    const d = corpusDomain('qemuhotplugtestdomains/qemuhotplug-console-compat-2-live+console-virtio.xml')
    assert.deepEqual(d.seclabels.toArray().map(s => [s.type, s.model, s.relabel, s.label]), [['static', 'dac', false, 'root:root']])
  })

  it('DomainKeywrapCipher reads machine-aeskeywrap-off-cap.s390x-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/machine-aeskeywrap-off-cap.s390x-latest.xml')
    assert.deepEqual(d.keywrap!.ciphers.toArray().map(c => [c.name, c.state]), [['aes', false]])
  })

  it('DomainLaunchSecurity reads launch-security-sev-snp.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/launch-security-sev-snp.x86_64-latest.xml')
    assert.deepEqual([d.launchSecurity!.type, d.launchSecurity!.cbitpos, d.launchSecurity!.reducedPhysBits, d.launchSecurity!.policy, d.launchSecurity!.vcek], ['sev-snp', 47, 1, 196608, false])
  })

  it('DomainIdmap reads lxcconf2xml-idmap.xml', () => {
    const d = corpusDomain('lxcconf2xmldata/lxcconf2xml-idmap.xml')
    assert.deepEqual([d.idmap!.uids.toArray().map(u => [u.start, u.target, u.count]), d.idmap!.gids.toArray().map(u => [u.start, u.target, u.count])], [[[0, 10000, 2000]], [[0, 10000, 1000]]])
  })

  it('DomainVcpu reads vcpus-individual.xml', () => {
    const d = corpusDomain('genericxml2xmlindata/vcpus-individual.xml')
    assert.deepEqual(d.vcpus.toArray().map(v => [v.id, v.enabled, v.hotpluggable, v.order]), [[0, false, true, 1], [1, true, false, undefined], [2, false, true, 2], [3, true, false, undefined]])
  })

  it('DomainOsInitEnv reads lxc-initenv.xml', () => {
    const d = corpusDomain('lxcxml2xmldata/lxc-initenv.xml')
    assert.deepEqual([d.os!.init, d.os!.initenvs.toArray().map(e => [e.name, e.value])], ['/sbin/sh', [['FOO', 'bar']]])
  })

  it('Domain reads genid-active.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlactive2xmldata/genid-active.x86_64-latest.xml')
    assert.deepEqual([d.name, d.uuid, d.genid, d.memory, d.currentMemory, d.vcpu, d.onCrash, d.emulator], ['QEMUGuest1', 'c7a5fdbd-edaf-9455-926a-d65c16db1809', 'e9392370-2917-565e-692b-d057f46512d6', 224395264, 224395264, 1, 'destroy', '/usr/bin/qemu-system-x86_64'])
  })

  it('DomainInterface reads devices-acpi-index.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/devices-acpi-index.x86_64-latest.xml')
    assert.deepEqual(d.interfaces.toArray().map(i => i.acpiIndex), [100, 200, 300])
  })

  it('DomainDeviceAddress reads qemuhotplug-base-ccw-live+ccw-virtio.xml', () => {
    const d = corpusDomain('qemuhotplugtestdomains/qemuhotplug-base-ccw-live+ccw-virtio.xml')
    assert.deepEqual(d.disks.toArray().map(x => x.address && [x.address.type, x.address.cssid, x.address.ssid, x.address.devno]), [['ccw', 254, 0, 0]])
  })

  it('DomainDeviceAddress reads disk-scsi.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/disk-scsi.x86_64-latest.xml')
    assert.deepEqual(d.disks.toArray().map(x => x.address && [x.address.type, x.address.controller, x.address.bus, x.address.target, x.address.unit]).slice(0, 3), [['drive', 0, 0, 0, 0], ['drive', 0, 0, 0, 0], ['drive', 1, 0, 0, 0]])
  })

  it('DomainInput reads qemuhotplug-base-live+input-evdev.xml', () => {
    const d = corpusDomain('qemuhotplugtestdomains/qemuhotplug-base-live+input-evdev.xml')
    assert.deepEqual(d.inputs.toArray().map(i => [i.type, i.bus, i.sourceDev, i.sourceGrab, i.sourceRepeat, i.sourceGrabToggle]), [['mouse', 'ps2', undefined, undefined, undefined, undefined], ['keyboard', 'ps2', undefined, undefined, undefined, undefined], ['evdev', undefined, '/dev/input/event1234', 'all', true, 'ctrl-ctrl']])
  })

  it('DomainChannel reads domain-qemu-interface-filterref.xml', () => {
    const d = corpusDomain('domainschemadata/domain-qemu-interface-filterref.xml')
    assert.deepEqual(d.channels.toArray().map(c => [c.type, c.sources.at(0)?.mode, c.sources.at(0)?.path, c.targetType, c.targetName]), [['unix', 'bind', '/var/lib/libvirt/qemu/channel/target/gentoo.org.qemu.guest_agent.0', 'virtio', 'org.qemu.guest_agent.0']])
  })

  it('DomainSerial reads multiple-serial.xml', () => {
    const d = corpusDomain('libxlxml2domconfigdata/multiple-serial.xml')
    assert.deepEqual(d.serials.toArray().map(s => [s.type, s.sources.at(0)?.host, s.sources.at(0)?.service, s.protocolType, s.targetPort]), [['null', undefined, undefined, undefined, undefined], ['stdio', undefined, undefined, undefined, undefined], ['vc', undefined, undefined, undefined, undefined], ['pty', undefined, undefined, undefined, undefined], ['pipe', undefined, undefined, undefined, undefined], ['file', undefined, undefined, undefined, undefined], ['dev', undefined, undefined, undefined, undefined], ['udp', undefined, '9999', undefined, undefined], ['tcp', '127.0.0.1', '9999', 'raw', undefined], ['unix', undefined, undefined, undefined, undefined]])
  })

  it('DomainParallel reads chardev-backends-json.x86_64-9.1.0.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/chardev-backends-json.x86_64-9.1.0.xml')
    assert.deepEqual(d.parallels.toArray().map(s => [s.type, s.sources.at(0)?.path, s.targetPort]), [['dev', '/dev/parport0', 0]])
  })

  it('DomainConsole reads basic.xml', () => {
    const d = corpusDomain('chxml2xmlin/basic.xml')
    assert.deepEqual(d.consoles.toArray().map(s => [s.type, s.targetType, s.targetPort]), [['pty', 'serial', 0]])
  })

  it('DomainMemoryBacking reads domain-qemu-interface-filterref.xml', () => {
    const d = corpusDomain('domainschemadata/domain-qemu-interface-filterref.xml')
    assert.deepEqual([d.memoryBacking?.hugepages, d.controllers.toArray().map(c => [c.type, c.ports, c.vectors])], [true, [['usb', undefined, undefined], ['pci', undefined, undefined], ['ide', undefined, undefined], ['virtio-serial', undefined, undefined], ['fdc', undefined, undefined]]])
  })

  it('DomainMetadata reads bhyvexml2argv-metadata.xml', () => {
    const d = corpusDomain('bhyvexml2argvdata/bhyvexml2argv-metadata.xml')
    assert.deepEqual(d.metadata!.toXml(), '<metadata>\n      <app1:foo xmlns:app1="http://foo.org/">fooish</app1:foo>\n  <app2:bar xmlns:app2="http://bar.com/" maman="baz">barish</app2:bar>\n  </metadata>')
  })

  it('DomainDiskSource reads a qcow2 data file of every source type in disk-qcow2-datafile-store.x86_64-latest.xml', () => {
    const d = corpusDomain('qemuxmlconfdata/disk-qcow2-datafile-store.x86_64-latest.xml')
    const stores = d.disks.toArray().slice(0, 3).map((x) => x.source!)
    assert.deepEqual(stores.map((s) => [s.dataStoreType, s.dataStoreFormat, s.dataStoreFile, s.dataStoreDev]), [
      ['file', 'raw', '/tmp/data-file-store', undefined],
      ['block', 'raw', undefined, '/dev/HostVG/QEMUGuest1'],
      ['network', 'raw', undefined, undefined],
    ])
    const net = stores[2]!.dataStoreSource!
    assert.deepEqual([net.protocol, net.name, net.hosts.at(0)?.transport, net.hosts.at(0)?.socket], ['nbd', 'Volume2/ImageDataFile', 'unix', '/path/to/sock/datafile'])
    assert.equal(d.disks.at(3)!.backingStore!.source!.dataStoreFile, '/tmp/data-file-store-2')
  })
})
