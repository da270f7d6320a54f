/**
 * Small classes declared against the core alone, so the core's tests do not depend on the
 * document kinds' declarations.
 * @module
 */
import { child, children, codec, defineDocument, defineElement, flag, GenericElement, polyChildren, prop, size } from '../../../gconfig/core/index.js'

export class TestHost extends defineElement('host', {
  name: prop('@name', codec.string),
  port: prop('@port', codec.uint),
}) {}

export class TestSource extends defineElement(
  'source',
  {
    file: prop('@file', codec.string),
    protocol: prop('@protocol', codec.enum('nbd', 'iscsi', 'rbd')),
    hosts: children('host', TestHost),
    secretUuid: prop('auth/secret/@uuid', codec.uuid),
  },
  { order: ['host', 'snapshot', 'auth', 'encryption'] },
) {}

export class TestDisk extends defineElement(
  'disk',
  {
    type: prop('@type', codec.enum('file', 'block', 'network')),
    device: prop('@device', codec.enum('disk', 'cdrom')),
    driverName: prop('driver/@name', codec.string),
    driverType: prop('driver/@type', codec.string),
    source: child('source', TestSource),
    targetDev: prop('target/@dev', codec.string),
    targetBus: prop('target/@bus', codec.string),
    bootOrder: prop('boot/@order', codec.uint),
    readonly: flag('readonly'),
    serial: prop('serial', codec.string),
    pciBus: prop('address/@bus', codec.hexPad(2)),
  },
  { order: ['driver', 'source', 'target', 'boot', 'readonly', 'serial', 'address'] },
) {}

export class TestInterface extends defineElement('interface', {
  type: prop('@type', codec.string),
  mac: prop('mac/@address', codec.mac),
}) {}

export class TestDomain extends defineDocument(
  'domain',
  {
    type: prop('@type', codec.enum('kvm', 'qemu', 'test')),
    name: prop('name', codec.string),
    uuid: prop('uuid', codec.uuid),
    title: prop('title', codec.string),
    description: prop('description', codec.string),
    memory: size('memory', { defaultUnit: 'KiB' }),
    currentMemory: size('currentMemory', { defaultUnit: 'KiB' }),
    vcpu: prop('vcpu', codec.uint),
    vcpuPlacement: prop('vcpu/@placement', codec.enum('static', 'auto')),
    arch: prop('os/type/@arch', codec.string),
    osType: prop('os/type', codec.string),
    loader: prop('os/loader', codec.string),
    loaderReadonly: prop('os/loader/@readonly', codec.yesNo),
    acpi: flag('features/acpi'),
    apic: flag('features/apic'),
    pae: flag('features/pae'),
    clockOffset: prop('clock/@offset', codec.string),
    onReboot: prop('on_reboot', codec.string),
    disks: children('devices/disk', TestDisk),
    devices: polyChildren('devices', { disk: TestDisk, interface: TestInterface }, GenericElement),
  },
  {
    schema: 'domain.rng',
    order: ['name', 'uuid', 'title', 'description', 'metadata', 'memory', 'currentMemory', 'vcpu', 'os', 'features', 'clock', 'on_poweroff', 'on_reboot', 'on_crash', 'devices'],
    childOrder: { os: ['type', 'loader', 'nvram', 'boot'], features: ['acpi', 'apic', 'pae'] },
  },
) {}

/** A domain as libvirt writes it. */
export const DOMAIN_XML = `<domain type='kvm'>
  <name>vm1</name>
  <memory unit='KiB'>1048576</memory>
  <vcpu placement='static'>2</vcpu>
  <!-- keep me -->
  <os>
    <type arch='x86_64' machine='pc'>hvm</type>
  </os>
  <devices>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2'/>
      <source file='/var/lib/a.qcow2'/>
      <target dev='vda' bus='virtio'/>
    </disk>
    <interface type='network'>
      <mac address='52:54:00:aa:bb:cc'/>
      <source network='default'/>
    </interface>
    <disk type='file' device='cdrom'>
      <target dev='sda' bus='sata'/>
      <readonly/>
    </disk>
    <console type='pty'/>
  </devices>
  <qemu:commandline xmlns:qemu='http://libvirt.org/schemas/domain/qemu/1.0'>
    <qemu:arg value='-s'/>
  </qemu:commandline>
</domain>
`
