/**
 * The parts of the Boxes example that need no display: which buttons a state enables, what
 * the details pane lists for a config, how an edit changes it, and the command line.
 */
import assert from 'node:assert/strict'
import { Domain as DomainConfig } from '../../gconfig/index.js'
import { Connection } from '../../gobject/index.js'
import { parseArgs } from '../../examples/boxes/args.js'
import { applyEdit, diskLines, memoryMiB, nicLines } from '../../examples/boxes/config-summary.js'
import { enabledActions, stateLabel } from '../../examples/boxes/states.js'

const MiB = 1024 * 1024

describe('boxes: actions by state', () => {
  const cases = {
    shutoff: ['start'],
    running: ['pause', 'shutdown', 'forceOff'],
    blocked: ['pause', 'shutdown', 'forceOff'],
    paused: ['resume', 'forceOff'],
    shutdown: ['forceOff'],
    crashed: ['forceOff'],
    pmsuspended: ['forceOff'],
    none: [],
  } as const
  for (const [state, actions] of Object.entries(cases)) {
    it(`offers ${actions.join(', ') || 'nothing'} when the domain is ${state}`, () => {
      assert.deepEqual([...enabledActions(state as keyof typeof cases)].sort(), [...actions].sort())
    })
  }

  it('offers nothing while the state is unknown, and says it is loading', () => {
    assert.equal(enabledActions(undefined).size, 0)
    assert.equal(stateLabel(undefined), 'Loading…')
    assert.equal(stateLabel('shutoff'), 'Shut off')
  })
})

describe('boxes: the details of a config', () => {
  let xml: string
  before(async () => {
    const conn = await Connection.open('test:///default')
    try {
      await conn.fetchDomains()
      const test = conn.findDomainByName('test')
      assert.ok(test)
      xml = (await test.getConfig({ inactive: true })).toXml()
    } finally {
      conn.close()
    }
  })

  it('lists the disks and NICs of test:///default\'s domain', () => {
    const config = DomainConfig.fromXml(xml)
    assert.deepEqual(diskLines(config), ['vda · disk · /guest/diskimage1'])
    assert.deepEqual(nicLines(config), ['network default · aa:bb:cc:dd:ee:ff'])
    assert.equal(memoryMiB(config), 8192)
  })

  it('names each kind of disk source and says when a drive is empty', () => {
    const config = DomainConfig.fromXml(`<domain type='test'><name>d</name><memory>1024</memory><devices>
      <disk type='block' device='disk'><source dev='/dev/sdb'/><target dev='sda'/></disk>
      <disk type='volume' device='disk'><source pool='default' volume='v.img'/><target dev='vdb'/></disk>
      <disk type='file' device='cdrom'><target dev='hdc'/></disk>
      <interface type='bridge'><source bridge='br0'/><model type='e1000e'/></interface>
    </devices></domain>`)
    assert.deepEqual(diskLines(config), ['sda · disk · /dev/sdb', 'vdb · disk · default/v.img', 'hdc · cdrom · no media'])
    assert.deepEqual(nicLines(config), ['bridge br0 · e1000e'])
  })

  it('sets boot and current memory and the vCPU count, lowering a larger online count', () => {
    const config = DomainConfig.fromXml(`<domain type='test'><name>d</name><memory unit='MiB'>512</memory><currentMemory unit='MiB'>256</currentMemory><vcpu current='4'>8</vcpu><os><type>hvm</type></os></domain>`)
    applyEdit(config, { memoryMiB: 2048, vcpus: 2 })
    assert.equal(config.memory, 2048 * MiB)
    assert.equal(config.currentMemory, 2048 * MiB)
    assert.equal(config.vcpu, 2)
    assert.equal(config.vcpuCurrent, 2)
    assert.match(config.toXml(), /<os><type>hvm<\/type><\/os>/)
  })

  it('rejects a bad edit with a RangeError and leaves the config unchanged', () => {
    const config = DomainConfig.fromXml(xml)
    const before = config.toXml()
    assert.throws(() => applyEdit(config, { memoryMiB: 0, vcpus: 2 }), RangeError)
    assert.throws(() => applyEdit(config, { memoryMiB: 512, vcpus: 1.5 }), RangeError)
    assert.equal(config.toXml(), before)
  })
})

describe('boxes: the command line', () => {
  it('defaults to test:///default and takes --connect URI, -c URI or --connect=URI', () => {
    assert.deepEqual(parseArgs([]), { uri: 'test:///default' })
    assert.deepEqual(parseArgs(['--connect', 'qemu:///system']), { uri: 'qemu:///system' })
    assert.deepEqual(parseArgs(['-c', 'test:///default']), { uri: 'test:///default' })
    assert.deepEqual(parseArgs(['--connect=lxc:///']), { uri: 'lxc:///' })
  })

  it('refuses an unknown argument or a missing URI with a usage message', () => {
    assert.throws(() => parseArgs(['--bogus']), /usage: boxes \[--connect URI\]/)
    assert.throws(() => parseArgs(['--connect']), /needs a URI/)
  })
})
