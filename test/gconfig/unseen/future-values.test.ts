import assert from 'node:assert/strict'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { ConfigError, type ConfigDocument } from '../../../gconfig/core/index.js'
import { Domain } from '../../../gconfig/domain/index.js'
import { StorageVol } from '../../../gconfig/storagevol/index.js'
import { classFor } from '../corpus/route.js'
import { FUTURE_VALUE, readAll, replaceEnumValues, type ReadTally } from '../support/read-all.js'
import { corpus, corpusFiles, sharedDir } from '../support/shared.js'

/**
 * Corpus documents libvirt itself rejects for the value a typed getter refuses (its `-invalid`
 * and `-fail` tests), each with that value. Only these may throw, and only there.
 */
const REJECTED_BY_LIBVIRT: Readonly<Record<string, string>> = {
  'domain/genericxml2xmlindata/name-slash-fail.xml': "name 'foo/bar' has a slash",
  'domain/qemuxmlconfdata/cpuset-invalid.xml': "cpuset 'aaa'",
  'domain/qemuxmlconfdata/machine-loadparm-s390-char-invalid.xml': "loadparm with '?'",
  'domain/qemuxmlconfdata/machine-loadparm-s390-len-invalid.xml': 'loadparm longer than 8',
  'domain/qemuxmlconfdata/usb-too-long-port-path-invalid.xml': 'USB port path of five levels',
  'domain/qemuxmlconfdata/vhost_queues-invalid.xml': 'queues -5',
}

const kinds = readdirSync(join(sharedDir, 'corpus'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()

/** A throw is allowed only in a document libvirt rejects, and must name an element path. */
function unexpected(tally: ReadTally): string[] {
  return tally.throws.filter((t) => {
    const file = t.slice(0, t.indexOf('.xml') + 4)
    return !(file in REJECTED_BY_LIBVIRT) || !/: \/[a-zA-Z]/.test(t)
  })
}

describe('gconfig forward-compatible reads: no typed getter throws on a document libvirt accepts', function () {
  this.timeout(120_000)

  it('reads every typed property of every corpus document as written and with every enumerated value replaced by a future one: 0 throws, byte-identical round trips', () => {
    const written: ReadTally = { reads: 0, throws: [] }
    const future: ReadTally = { reads: 0, throws: [] }
    let docs = 0
    let replaced = 0
    const notIdentical: string[] = []
    const started = performance.now()
    for (const kind of kinds) {
      for (const file of corpusFiles(kind)) {
        const text = corpus(kind, file)
        const cls = classFor(text)
        let doc: ConfigDocument
        try {
          doc = cls.fromXml(text)
        } catch {
          continue // not well-formed: the round-trip spec asserts its ConfigError
        }
        docs++
        const where = `${kind}/${file}`
        if (doc.toXml() !== text) notIdentical.push(where)
        readAll(doc, where, written)
        replaced += replaceEnumValues(doc)
        const futureText = doc.toXml()
        const again = cls.fromXml(futureText)
        if (again.toXml() !== futureText) notIdentical.push(`${where} (future values)`)
        readAll(again, where, future)
      }
    }
    const seconds = (performance.now() - started) / 1000
    console.log(
      `      ${docs} documents, ${replaced} enumerated values replaced; reads: ${written.reads} as written ` +
        `(${written.throws.length} throws, all in libvirt-rejected files), ${future.reads} with future values ` +
        `(${future.throws.length} throws); ${seconds.toFixed(1)} s`,
    )
    assert.ok(docs > 2900, `${docs} documents`)
    assert.ok(written.reads > 1_000_000 && future.reads > 1_000_000, `${written.reads} / ${future.reads} reads`)
    assert.ok(replaced > 50_000, `${replaced} values replaced`)
    assert.deepEqual(notIdentical, [])
    assert.deepEqual(unexpected(written), [])
    assert.deepEqual(unexpected(future), [])
    // The same refusals in both variants: a future enumerated value adds none.
    assert.deepEqual(future.throws, written.throws)
    for (const file of Object.keys(REJECTED_BY_LIBVIRT)) assert.ok(written.throws.some((t) => t.startsWith(`${file}.`)), `${file} no longer refused`)
  })

  it("reads the issue's domain of a future libvirt: unknown values come back as written, setters still refuse them, set() writes them on purpose", () => {
    const xml = `<domain type='futurehv'>
  <name>f</name>
  <devices>
    <disk type='file' device='disk'><target dev='vda' bus='virtio'/></disk>
    <disk type='futuredisk' device='disk'><target dev='vdb' bus='futurebus'/></disk>
  </devices>
</domain>`
    const d = Domain.fromXml(xml)
    assert.equal(d.type, 'futurehv')
    const disk = d.disks.at(1)!
    assert.equal(disk.type, 'futuredisk')
    assert.equal(disk.targetBus, 'futurebus')
    // Writing back what was read changes nothing; a value gvir does not know is refused, with the element path and the way to write it.
    const hypervisor = d.type
    d.type = hypervisor
    disk.targetBus = 'futurebus'
    assert.equal(d.toXml(), xml)
    assert.throws(
      () => (d.disks.at(0)!.targetBus = 'futurebus'),
      (e: unknown) =>
        e instanceof ConfigError &&
        e.path === '/domain/devices/disk[1]/target/@bus' &&
        e.message.startsWith("/domain/devices/disk[1]/target/@bus: 'futurebus' is not one of 'ide',") &&
        e.message.endsWith(".set('target/@bus', 'futurebus')"),
    )
    assert.throws(() => (disk.targetBus = 'virtoi'), ConfigError) // a typo still fails at once
    assert.equal(d.toXml(), xml)
    d.disks.at(0)!.set('target/@bus', 'futurebus')
    assert.equal(d.disks.at(0)!.targetBus, 'futurebus')
    assert.equal(d.toXml(), xml.replace("bus='virtio'", "bus='futurebus'"))
  })

  it("reads libvirt's unlimited memtune (qemuxmlconfdata/memtune-unlimited.xml) as Infinity and writes Infinity as libvirt's sentinel", () => {
    const xml = `<domain type='qemu'>
  <name>QEMUGuest1</name>
  <memory unit='KiB'>219136</memory>
  <memtune>
    <hard_limit unit='KiB'>9007199254740991</hard_limit>
    <soft_limit unit='KiB'>2048</soft_limit>
    <swap_hard_limit unit='bytes'>9223372036854774784</swap_hard_limit>
  </memtune>
</domain>`
    const d = Domain.fromXml(xml)
    assert.equal(d.memtune!.hardLimit, Infinity)
    assert.equal(d.memtune!.softLimit, 2048 * 1024)
    assert.equal(d.memtune!.swapHardLimit, Infinity)
    d.memtune!.softLimit = Infinity
    d.memtune!.hardLimit = 1024 ** 3
    assert.equal(d.memtune!.get('soft_limit'), '9007199254740991')
    assert.equal(d.memtune!.get('soft_limit/@unit'), 'KiB')
    assert.equal(d.memtune!.get('hard_limit'), '1048576')
    assert.equal(Domain.fromXml(d.toXml()).memtune!.softLimit, Infinity)
    // Infinity is only a memory limit: a plain size refuses it.
    assert.throws(() => (d.memory = Infinity), ConfigError)
  })

  it('reads sizes beyond 2^53 bytes exactly as numbers, and refuses one no number holds exactly', () => {
    // qemuxmlconfdata/memory-align-fail.xml: 9007199254740991 KiB, exact in a double (a 53-bit count times 1024).
    const d = Domain.fromXml(`<domain type='qemu'><name>m</name><memory unit='KiB'>9007199254740991</memory></domain>`)
    assert.equal(d.memory, 9007199254740991 * 1024)
    assert.equal(BigInt(d.memory!), 9007199254740991n * 1024n)
    d.memory = d.memory! // written back in its own unit, never in exponent form
    assert.equal(d.get('memory'), '9007199254740991')
    d.memory = 2 ** 62
    assert.equal(d.get('memory'), String(2n ** 62n / 1024n))
    assert.throws(() => (d.memory = 2 ** 64), ConfigError) // beyond libvirt's unsigned long long
    const v = StorageVol.fromXml(`<volume><name>v</name><capacity unit='bytes'>9007199254740993</capacity></volume>`)
    assert.throws(
      () => v.capacity,
      (e: unknown) => e instanceof ConfigError && e.path === '/volume/capacity' && /no exact number form/.test(e.message),
    )
    assert.equal(v.get('capacity'), '9007199254740993')
  })

  it('reads u64 values (genericxml2xmlindata/iothreadids.xml poll max) as bigint beyond 2^53 and writes bigint exactly', () => {
    const xml = `<domain type='qemu'><name>i</name><iothreadids><iothread id='1'><poll max='9223372036854775807' grow='0' shrink='0'/></iothread><iothread id='2'><poll max='1000'/></iothread></iothreadids></domain>`
    const d = Domain.fromXml(xml)
    assert.equal(d.iothreadids.at(0)!.pollMax, 9223372036854775807n)
    assert.equal(d.iothreadids.at(1)!.pollMax, 1000)
    d.iothreadids.at(1)!.pollMax = 2n ** 64n - 1n
    assert.equal(d.iothreadids.at(1)!.get('poll/@max'), '18446744073709551615')
    d.iothreadids.at(1)!.pollMax = 5n
    assert.equal(d.iothreadids.at(1)!.pollMax, 5)
    for (const bad of [2n ** 64n, -1n, 2 ** 60, 1.5]) {
      assert.throws(() => (d.iothreadids.at(0)!.pollMax = bad), ConfigError, String(bad))
    }
    d.iothreadids.at(1)!.pollMax = 1000
    assert.equal(d.toXml(), xml)
  })

  it(`replaces values with ${FUTURE_VALUE} only through the raw set(), which the error message names`, () => {
    const d = Domain.fromXml(`<domain type='kvm'><name>x</name><os><type arch='x86_64'>hvm</type></os></domain>`)
    assert.ok(replaceEnumValues(d) >= 2)
    assert.equal(d.type, FUTURE_VALUE)
    assert.equal(d.os!.type, FUTURE_VALUE)
    assert.equal(d.os!.arch, 'x86_64') // a free string, not an enumeration
  })
})
