import assert from 'node:assert/strict'
import { ConfigError, GenericDocument } from '../../../gconfig/core/index.js'
import { corpus, schemaDir } from '../support/shared.js'
import { TestDomain } from './fixtures.js'

describe('gconfig validate() against libvirt 11.3.0 RelaxNG schemas', function () {
  this.timeout(60_000)
  const text = corpus('domain', 'qemuxmlconfdata/disk-virtio.x86_64-latest.xml')

  it('accepts a valid corpus domain', async function () {
    const result = await TestDomain.fromXml(text).validate({ schemaDir })
    assert.deepEqual(result, { valid: true, errors: [] })
  })

  it('reports the element and its path when an edit breaks the schema', async function () {
    const d = TestDomain.fromXml(text)
    d.set('devices/disk/target/@bus', 'carrier-pigeon')
    const result = await d.validate({ schemaDir })
    assert.equal(result.valid, false)
    const hit = result.errors.find((e) => e.path !== undefined)
    assert.ok(hit, JSON.stringify(result.errors))
    assert.match(hit.path!, /^\/domain\/devices(\/disk(\[\d+\])?)?/)
    assert.ok(hit.line !== undefined && hit.element !== undefined)
  })

  it('validates with an explicitly named schema, and rejects with ConfigError when validation cannot run', async function () {
    const net = GenericDocument.fromXml(corpus('network', 'networkxml2xmlin/isolated-network.xml'))
    assert.equal((await net.validate({ schemaDir, schema: 'network.rng' })).valid, true)
    await assert.rejects(net.validate({ schemaDir }), ConfigError)
    await assert.rejects(TestDomain.fromXml(text).validate({ schemaDir: '/nonexistent' }), ConfigError)
  })
})
