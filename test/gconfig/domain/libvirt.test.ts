/**
 * A Domain built from scratch is accepted by real libvirt: LibvirtGConfig parses it and the
 * test driver defines it. Only this test loads node-gtk; gconfig never does.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'mocha'
import { gi } from '../../../lib/gi.js'
import { Domain, DomainDisk, DomainInterface } from '../../../gconfig/domain/index.js'
import { buildDomain } from './build.js'

describe('gconfig/domain accepted by libvirt', () => {
  it('parses a from-scratch Domain with LibvirtGConfig.Domain.newFromXml', () => {
    const { LibvirtGConfig } = gi()
    const conf = LibvirtGConfig.Domain.newFromXml(buildDomain('gvir-gconfig-parse').toXml())
    assert.equal(conf.getName(), 'gvir-gconfig-parse')
    assert.equal(Number(conf.getMemory()), 2 * 1024 * 1024)
    assert.equal(Number(conf.getVcpus()), 4)
  })

  it('defines a from-scratch Domain on test:///default and reads back what was set', () => {
    const { LibvirtGConfig, LibvirtGObject } = gi()
    LibvirtGObject.initObjectCheck(null)
    const built = buildDomain('gvir-gconfig-define')
    const conn = LibvirtGObject.Connection.new('test:///default')
    conn.open(null)
    try {
      const dom = conn.createDomain(LibvirtGConfig.Domain.newFromXml(built.toXml()))
      try {
        const back = Domain.fromXml(dom.getConfig(0).toXml())
        assert.equal(back.name, 'gvir-gconfig-define')
        assert.equal(back.uuid, built.uuid)
        assert.equal(back.memory, built.memory)
        assert.equal(back.currentMemory, built.currentMemory)
        assert.equal(back.vcpu, 4)
        assert.equal(back.os?.boots.toArray().map((b) => b.dev).join(','), 'hd,cdrom')
        assert.equal(back.cpu?.topologyThreads, 2)
        assert.equal(back.onCrash, 'coredump-destroy')
        const disk = back.devices.ofType(DomainDisk).find((d) => d.targetDev === 'vda')
        assert.equal(disk?.source?.file, '/var/lib/libvirt/images/built.qcow2')
        assert.equal(disk?.iotune?.totalBytesSec, 10_000_000)
        assert.equal(back.devices.ofType(DomainInterface)[0]?.macAddress?.toLowerCase(), '52:54:00:ab:cd:ef')
        assert.equal(back.graphics.at(0)?.listens.at(0)?.address, '127.0.0.1')
      } finally {
        dom.delete(0)
      }
    } finally {
      conn.close()
    }
  })
})
