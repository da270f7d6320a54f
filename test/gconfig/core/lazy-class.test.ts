import assert from 'node:assert/strict'
import { child, children, codec, ConfigError, defineElement, GenericElement, polyChildren, prop, type ConfigClass, type ConfigObject } from '../../../gconfig/core/index.js'

// An element that contains itself at any depth, declared with a class function.
class Layer extends defineElement('layer', {
  name: prop('@name', codec.string),
  next: child('layer', (): ConfigClass<ConfigObject> => Layer),
  stack: children('stack/layer', (): ConfigClass<ConfigObject> => Layer),
  any: polyChildren('any', { layer: (): ConfigClass<ConfigObject> => Layer }, () => GenericElement),
}, { order: ['layer', 'stack', 'any'], childOrder: { stack: ['layer'] } }) {
  declare next: Layer | undefined
}

describe('gconfig classes given as functions (self-referencing elements)', function () {
  it('reads a chain of the same element to any depth through the declared child', function () {
    const top = Layer.fromXml(`<layer name='a'><layer name='b'><layer name='c'/></layer></layer>`)
    assert.equal(top.next?.name, 'b')
    assert.equal(top.next?.next?.name, 'c')
    assert.ok(top.next?.next instanceof Layer)
    assert.equal(top.next?.next?.next, undefined)
  })

  it('lists and poly-lists resolve the class on use', function () {
    const top = Layer.fromXml(`<layer><stack><layer name='x'/><layer name='y'/></stack><any><layer name='z'/><other/></any></layer>`)
    assert.deepEqual(top.stack.toArray().map((l) => (l as Layer).name), ['x', 'y'])
    assert.ok(top.any.at(0) instanceof Layer)
    assert.ok(top.any.at(1) instanceof GenericElement)
  })

  it('exposes the resolved classes to introspection (spec.childClass, spec.classes)', function () {
    assert.equal(Layer.spec.next!.kind === 'prop' && Layer.spec.next!.childClass, Layer)
    const stack = Layer.spec.stack!
    assert.ok(stack.kind === 'list')
    assert.deepEqual(stack.classes, [Layer])
    const any = Layer.spec.any!
    assert.ok(any.kind === 'list')
    assert.deepEqual(any.classes, [Layer, GenericElement])
  })

  it('builds a chain with setters, the nested element placed in declared order', function () {
    const top = new Layer()
    top.next = new Layer()
    top.next.name = 'inner'
    top.name = 'outer'
    assert.equal(top.toXml(), `<layer name='outer'>\n  <layer name='inner'/>\n</layer>`)
  })

  it('rejects a class function that does not return a gconfig class, on first use, with ConfigError', function () {
    class Bad extends defineElement('bad', { x: child('x', (() => 42) as unknown as () => ConfigClass<ConfigObject>) }) {}
    const b = Bad.fromXml('<bad><x/></bad>')
    assert.throws(() => b.x, ConfigError)
    assert.throws(() => child('x', 42 as unknown as ConfigClass<ConfigObject>), ConfigError)
  })
})
