import assert from 'node:assert/strict'
import { gi } from '../../lib/gi.js'
import { callAsync, init } from '../../glib/index.js'

describe('glib init', () => {
  it('initialises libvirt-glib and can be called again and again', () => {
    assert.equal(init(), undefined)
    assert.equal(init(), undefined)
    assert.doesNotThrow(() => { for (let i = 0; i < 100; i++) init() })
  })

  it('leaves libvirt usable, events included, after repeated calls', async () => {
    init()
    init()
    const conn = gi().LibvirtGObject.Connection.new('test:///default')
    assert.equal(await callAsync(conn, 'open', []), true)
    assert.equal(conn.isOpen(), true)
    conn.close()
  })
})
