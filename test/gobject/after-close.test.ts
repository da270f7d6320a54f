// After close(), every call through the connection or an object it handed out rejects with
// VIR_ERR_INVALID_CONN. libvirt-glib's objects keep a reference to libvirt's connection, so
// before, a closed connection's domains still started, stopped and answered.
import assert from 'node:assert/strict'
import { Connection } from '../../gobject/index.js'
import { VirErrorCode, isVirError } from '../../glib/index.js'
import { domainXml, uniqueName } from './helpers.js'

const invalidConn = (err: unknown) => isVirError(err) && err.code === VirErrorCode.VIR_ERR_INVALID_CONN && /Connection is not open/.test(err.message)

describe('gobject: calls after close()', () => {
  it('rejects every call of a closed connection and of its domains, pools and networks with VIR_ERR_INVALID_CONN', async () => {
    const conn = await Connection.open()
    await Promise.all([conn.fetchDomains(), conn.fetchStoragePools(), conn.fetchNetworks()])
    const name = uniqueName('after-close')
    const domain = await conn.createDomain(domainXml(name))
    const test = conn.findDomainByName('test')!
    const pool = conn.getStoragePools()[0]!
    const network = conn.getNetworks()[0]!
    conn.close()
    const calls: Array<[string, () => Promise<unknown>]> = [
      ['start', () => domain.start()],
      ['stop', () => test.stop()],
      ['suspend', () => test.suspend()],
      ['getInfo', () => test.getInfo()],
      ['getConfig', () => test.getConfig()],
      ['setConfig', () => domain.setConfig(domainXml(name))],
      ['delete', () => domain.delete()],
      ['createSnapshot', () => test.createSnapshot()],
      ['saveToFile', () => test.saveToFile('/nonexistent/never-written')],
      ['pool getInfo', () => pool.getInfo()],
      ['network getConfig', () => network.getConfig()],
      ['getVersion', () => conn.getVersion()],
      ['getHypervisorName', () => conn.getHypervisorName()],
      ['fetchDomains', () => conn.fetchDomains()],
      ['createDomain', () => conn.createDomain(domainXml(uniqueName()))],
    ]
    for (const [label, call] of calls) await assert.rejects(call(), invalidConn, label)
    // Nothing went through: the domain defined before close() is still shut off and defined.
    const again = await Connection.open()
    try {
      await again.fetchDomains()
      const same = again.findDomainByName(name)
      assert.ok(same, 'the domain is still defined')
      assert.equal((await same.getInfo()).state, 'shutoff')
      assert.equal((await again.findDomainByName('test')!.getInfo()).state, 'running')
      await same.delete()
    } finally {
      again.close()
    }
  })
})
