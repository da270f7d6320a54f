import assert from 'node:assert/strict'
import { StoragePoolCapabilities } from '../../../gconfig/storagepoolcaps/index.js'
import { corpus } from '../support/shared.js'
import { assertRejectedUnchanged, assertValid } from '../support/kinds.js'

describe('gconfig StoragePoolCapabilities', () => {
  it('reads each pool type, whether it is supported, and its pool/volume format enums', () => {
    const caps = StoragePoolCapabilities.fromXml(corpus('storagepoolcaps', 'storagepoolcapsschemadata/poolcaps-fs.xml'))
    const dir = caps.pools.at(0)!
    assert.equal(dir.type, 'dir')
    assert.equal(dir.supported, false)
    assert.equal(dir.volOptions?.defaultFormatType, 'raw')
    const values = [...dir.volOptions!.enums.at(0)!.values].map((v) => v.value)
    assert.equal(dir.volOptions!.enums.at(0)!.name, 'targetFormatType')
    assert.deepEqual(values.slice(0, 3), ['none', 'raw', 'dir'])
    const fs = caps.pools.at(1)!
    assert.equal(fs.supported, true)
    assert.equal(fs.poolOptions?.defaultFormatType, 'auto')
  })

  it('writes valid capabilities and refuses a non-boolean supported flag unchanged', () => {
    const caps = StoragePoolCapabilities.fromXml(corpus('storagepoolcaps', 'storagepoolcapsschemadata/poolcaps-fs.xml'))
    caps.pools.at(0)!.supported = true
    assertValid(caps.toXml(), 'storagepoolcaps.rng')
    assertRejectedUnchanged(caps, () => (caps.pools.at(0)!.supported = 'maybe' as never))
  })
})
