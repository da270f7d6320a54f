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
      [codec.u64, '18446744073709551616'],
      [codec.u64, '-1'],
      [codec.i64, '9223372036854775808'],
      [codec.uuid, 'x'],
      [codec.mac, '52:54:00:12:34'],
    ] as [Codec<unknown>, string][]) {
      assert.throws(() => c.parse(t), ConfigError, `${c.what} read ${t}`)
    }
    // An enumeration reads any value as written (a newer libvirt's), and still refuses to write it.
    for (const t of ['__proto__', 'futurebus', '', ' a']) assert.equal(codec.enum('a').parse(t), t)
  })

  it('u64 and i64: exact numbers up to 2^53 - 1, bigint beyond, within their range only', function () {
    assert.equal(codec.u64.parse('9007199254740991'), 9007199254740991)
    assert.equal(codec.u64.parse('9007199254740992'), 9007199254740992n)
    assert.equal(codec.u64.parse('18446744073709551615'), 2n ** 64n - 1n)
    assert.equal(codec.i64.parse('-9223372036854775808'), -(2n ** 63n))
    assert.equal(codec.u64.format(2n ** 64n - 1n), '18446744073709551615')
    assert.equal(codec.u64.format(7), '7')
    refuses(codec.u64 as Codec<unknown>, [-1, -1n, 2n ** 64n, 2 ** 53, 1.5, NaN, Infinity, '1', true, null, {}])
    refuses(codec.i64 as Codec<unknown>, [2n ** 63n, -(2n ** 63n) - 1n, 2 ** 53, -(2 ** 53), 0.5, NaN, '1'])
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), (n) => assert.equal(BigInt(codec.u64.parse(codec.u64.format(n))), n)))
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
        // Only a value in the codec's range may get here (int takes -1, number 1.5, yesNo true,
        // u64 1n, a size an exact 2^53, a memory limit Infinity…).
        const wide = p.codec === codec.u64 || p.codec === codec.i64
        assert.ok(typeof v === 'boolean' || Number.isFinite(v) || (wide && typeof v === 'bigint') || (p.unlimited === true && v === Infinity), `${p.cls.name}.${p.key} accepted ${describeValue(v)}`)
        if (p.unitAttr !== undefined) assert.ok((Number.isInteger(v) && (v as number) >= 0) || v === Infinity, `size ${p.cls.name}.${p.key} accepted ${describeValue(v)}`)
        const again = p.cls.fromXml(obj.toXml())
        const back = bag(again)[p.key]
        assert.ok(back === v || (typeof v === 'bigint' && BigInt(back as number) === v), `${p.cls.name}.${p.key} = ${describeValue(v)} read back ${describeValue(back)}`)
      }
    }
    assert.ok(refused > allProps.length * (OUT_OF_RANGE.length - 6))
  })

  it('size properties refuse negative, fractional, non-finite and beyond-2^64 byte counts, and take exact ones beyond 2^53', function () {
    const sizes = allProps.filter((p) => p.unitAttr !== undefined)
    assert.ok(sizes.length > 10)
    assert.deepEqual(sizes.filter((p) => p.unlimited === true).map((p) => `${p.cls.name}.${p.key}`).sort(), ['DomainMemtune.hardLimit', 'DomainMemtune.softLimit', 'DomainMemtune.swapHardLimit'])
    for (const p of sizes) {
      const obj = new p.cls()
      for (const v of [-1, 0.5, NaN, -Infinity, 2 ** 64, 1n, '1024', '1 GiB', ...(p.unlimited === true ? [] : [Infinity])]) {
        const before = obj.toXml()
        assert.throws(() => (bag(obj)[p.key] = v), ConfigError, `${p.cls.name}.${p.key} = ${describeValue(v)}`)
        assert.equal(obj.toXml(), before)
      }
      for (const v of [2 ** 53, 2 ** 62, 2 ** 63, 2 ** 64 - 2048]) {
        bag(obj)[p.key] = v
        // A memory limit at or beyond libvirt's sentinel (9007199254740991 KiB, ~2^63 bytes) is unlimited.
        const expected = p.unlimited === true && v >= 2 ** 63 - 1024 ? Infinity : v
        assert.equal(bag(p.cls.fromXml(obj.toXml()))[p.key], expected, `${p.cls.name}.${p.key} = ${v}`)
      }
    }
  })
})
