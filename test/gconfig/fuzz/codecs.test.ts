import assert from 'node:assert/strict'
import fc from 'fast-check'
import { codec, ConfigError, type Codec, type ConfigObject } from '../../../gconfig/core/index.js'
import { describeValue } from '../../../gconfig/core/codec.js'
import { allProps } from './classes.js'

const bag = (o: ConfigObject): Record<string, unknown> => o as unknown as Record<string, unknown>

/** Values of no codec's type, or of none's range. */
const NOT_A_VALUE: readonly unknown[] = [null, {}, [], 1n, Symbol('x'), () => 1, new Date(0), { toString: () => 'yes', valueOf: () => 1 }, Object.create(null)]

/** Asserts that `c.format(v)` throws ConfigError, for each v. */
function refuses(c: Codec<unknown>, values: readonly unknown[]): void {
  for (const v of values) assert.throws(() => c.format(v), ConfigError, `${c.what} accepted ${describeValue(v)}`)
}

const unsafe = fc.oneof(
  fc.double().filter((n) => !Number.isSafeInteger(n)),
  fc.constantFrom(2 ** 53, -(2 ** 53), 1e300, Number.MAX_VALUE, Number.EPSILON),
)

describe('gconfig hostile input: every codec rejects out-of-range values with ConfigError', function () {
  it('uint, hex and hexPad: negatives, fractions, NaN, infinities, beyond 2^53, and non-numbers', function () {
    for (const c of [codec.uint, codec.hex, codec.hexPad(4)] as Codec<unknown>[]) {
      refuses(c, [-1, -0.5, 0.5, NaN, Infinity, -Infinity, 2 ** 53, '1', true, ...NOT_A_VALUE])
      fc.assert(fc.property(fc.oneof(fc.integer({ max: -1 }), unsafe), (n) => assert.throws(() => c.format(n), ConfigError)))
    }
  })

  it('int: fractions, NaN, infinities, beyond ±2^53, and non-numbers', function () {
    refuses(codec.int as Codec<unknown>, [0.5, -1.5, NaN, Infinity, -Infinity, 2 ** 53, -(2 ** 53), '1', ...NOT_A_VALUE])
    fc.assert(fc.property(unsafe, (n) => assert.throws(() => codec.int.format(n), ConfigError)))
  })

  it('number: NaN, infinities and non-numbers', function () {
    refuses(codec.number as Codec<unknown>, [NaN, Infinity, -Infinity, '1', ...NOT_A_VALUE])
  })

  it('yesNo, onOff and bool: anything but a boolean', function () {
    for (const c of [codec.yesNo, codec.onOff, codec.bool] as Codec<unknown>[]) refuses(c, [0, 1, 'yes', 'no', 'on', 'true', '', ...NOT_A_VALUE])
  })

  it('enum, uuid, mac and pattern: strings outside their language, and non-strings', function () {
    const e = codec.enum('a', 'b') as Codec<unknown>
    refuses(e, ['A', 'a ', '', '__proto__', 'toString', 'constructor', 1, ...NOT_A_VALUE])
    fc.assert(fc.property(fc.string().filter((s) => s !== 'a' && s !== 'b'), (s) => assert.throws(() => e.format(s), ConfigError)))
    refuses(codec.uuid as Codec<unknown>, ['', 'c7a5fdbd-edaf-9455-926a-d65c16db180', 'c7a5fdbd-edaf-9455-926a-d65c16db18090', 'g7a5fdbd-edaf-9455-926a-d65c16db1809', ' c7a5fdbd-edaf-9455-926a-d65c16db1809', ...NOT_A_VALUE])
    refuses(codec.mac as Codec<unknown>, ['', '52:54:00:12:34', '52:54:00:12:34:56:78', '52-54-00-12-34-56', '52:54:00:12:34:5g', ' 52:54:00:12:34:56', ...NOT_A_VALUE])
    const octal = codec.pattern(/[0-7]{1,4}/, 'an octal mode') as Codec<unknown>
    refuses(octal, ['', '8', '07777', '0755\n', ' 0755', ...NOT_A_VALUE])
    fc.assert(fc.property(fc.string().filter((s) => !/^[0-7]{1,4}$/.test(s)), (s) => assert.throws(() => octal.format(s), ConfigError)))
  })

  it('string: non-strings', function () {
    refuses(codec.string as Codec<unknown>, [1, true, ...NOT_A_VALUE])
  })

  it('reading stored text out of range throws ConfigError too (uint -1, int 2^64, number 1e309, enum outside the list)', function () {
    for (const [c, t] of [
      [codec.uint, '-1'],
      [codec.int, '18446744073709551616'],
      [codec.number, '1e309'],
      [codec.hex, '0x20000000000000'],
      [codec.yesNo, 'YES'],
      [codec.enum('a'), '__proto__'],
      [codec.uuid, 'x'],
      [codec.mac, '52:54:00:12:34'],
    ] as [Codec<unknown>, string][]) {
      assert.throws(() => c.parse(t), ConfigError, `${c.what} read ${t}`)
    }
  })
})

describe('gconfig hostile input: every setter of every class, given an out-of-range value, throws ConfigError and leaves the document unchanged', function () {
  this.timeout(120_000)

  const OUT_OF_RANGE: readonly unknown[] = [-1, -0.5, 1.5, NaN, Infinity, -Infinity, 2 ** 53, -(2 ** 53), 1e300, true, 'x\u0000', '\uD800', ...NOT_A_VALUE]

  it(`${allProps.length} properties × ${OUT_OF_RANGE.length} values, each on an element already holding the property: refused and unchanged, or (for a codec whose range holds it) read back equal after a round trip`, function () {
    let refused = 0
    for (const p of allProps) {
      for (const v of OUT_OF_RANGE) {
        const ref = new p.cls()
        ref.set(p.path, '7')
        const obj = p.cls.fromXml(ref.toXml())
        const before = obj.toXml()
        try {
          bag(obj)[p.key] = v
        } catch (e) {
          assert.ok(e instanceof ConfigError, `${p.cls.name}.${p.key} = ${describeValue(v)} threw ${String(e)}`)
          assert.equal(obj.toXml(), before, `${p.cls.name}.${p.key}: refused but changed the document`)
          refused++
          continue
        }
        // Only a value in the codec's range may get here (int takes -1, number 1.5, yesNo true…).
        assert.ok(typeof v === 'boolean' || Number.isFinite(v), `${p.cls.name}.${p.key} accepted ${describeValue(v)}`)
        if (p.unitAttr !== undefined) assert.ok(Number.isSafeInteger(v) && (v as number) >= 0, `size ${p.cls.name}.${p.key} accepted ${describeValue(v)}`)
        const again = p.cls.fromXml(obj.toXml())
        assert.equal(bag(again)[p.key], v, `${p.cls.name}.${p.key} = ${describeValue(v)} read back differently`)
      }
    }
    assert.ok(refused > allProps.length * (OUT_OF_RANGE.length - 6))
  })

  it('size properties refuse negative, fractional, non-finite and unsafe byte counts', function () {
    const sizes = allProps.filter((p) => p.unitAttr !== undefined)
    assert.ok(sizes.length > 10)
    for (const p of sizes) {
      const obj = new p.cls()
      for (const v of [-1, 0.5, NaN, Infinity, 2 ** 53, '1024', '1 GiB']) {
        const before = obj.toXml()
        assert.throws(() => (bag(obj)[p.key] = v), ConfigError, `${p.cls.name}.${p.key} = ${describeValue(v)}`)
        assert.equal(obj.toXml(), before)
      }
    }
  })
})
