import assert from 'node:assert/strict'
import { ConfigObject } from '../../../gconfig/core/index.js'
import { DomainBackup } from '../../../gconfig/backup/index.js'
import { Capabilities } from '../../../gconfig/capabilities/index.js'
import { DomainCheckpoint } from '../../../gconfig/checkpoint/index.js'
import { DomainCapabilities } from '../../../gconfig/domaincaps/index.js'
import { Interface } from '../../../gconfig/interface/index.js'
import { Network } from '../../../gconfig/network/index.js'
import { NetworkPort } from '../../../gconfig/networkport/index.js'
import { NodeDevice } from '../../../gconfig/nodedev/index.js'
import { NetworkFilter } from '../../../gconfig/nwfilter/index.js'
import { NetworkFilterBinding } from '../../../gconfig/nwfilterbinding/index.js'
import { Secret } from '../../../gconfig/secret/index.js'
import { DomainSnapshot } from '../../../gconfig/snapshot/index.js'
import { StoragePool } from '../../../gconfig/storagepool/index.js'
import { StoragePoolCapabilities } from '../../../gconfig/storagepoolcaps/index.js'
import { StorageVol } from '../../../gconfig/storagevol/index.js'
import { corpus, corpusFiles } from '../support/shared.js'

interface Introspectable {
  readonly spec: Readonly<Record<string, { readonly kind: string }>>
}

/** Reads every typed accessor under `obj`, depth first; returns `path: message` per failure. */
function readAll(obj: ConfigObject, where: string, out: string[], depth = 0): number {
  if (depth > 40) return 0
  const spec = (obj.constructor as unknown as Introspectable).spec ?? {}
  let reads = 0
  for (const key of Object.keys(spec)) {
    let value: unknown
    try {
      value = (obj as unknown as Record<string, unknown>)[key]
      reads++
    } catch (e) {
      out.push(`${where}.${key}: ${(e as Error).message}`)
      continue
    }
    if (value instanceof ConfigObject) reads += readAll(value, `${where}.${key}`, out, depth + 1)
    else if (value !== null && typeof value === 'object' && Symbol.iterator in value) {
      let i = 0
      for (const item of value as Iterable<unknown>) if (item instanceof ConfigObject) reads += readAll(item, `${where}.${key}[${i++}]`, out, depth + 1)
    }
  }
  return reads
}

const kinds: [string, { fromXml(xml: string): ConfigObject }, string][] = [
  ['network', Network, 'network'],
  ['networkport', NetworkPort, 'networkport'],
  ['storagepool', StoragePool, 'pool'],
  ['storagevol', StorageVol, 'volume'],
  ['storagepoolcaps', StoragePoolCapabilities, 'storagepoolCapabilities'],
  ['capabilities', Capabilities, 'capabilities'],
  ['domaincaps', DomainCapabilities, 'domainCapabilities'],
  ['nodedev', NodeDevice, 'device'],
  ['secret', Secret, 'secret'],
  ['snapshot', DomainSnapshot, 'domainsnapshot'],
  ['checkpoint', DomainCheckpoint, 'domaincheckpoint'],
  ['backup', DomainBackup, 'domainbackup'],
  ['interface', Interface, 'interface'],
  ['nwfilter', NetworkFilter, 'filter'],
  ['nwfilterbinding', NetworkFilterBinding, 'filterbinding'],
]

/**
 * Corpus files whose values break libvirt's own schema on purpose (they are schema-invalid test
 * inputs), so a typed read may refuse them. Each with the reason.
 */
const knownBad: Record<string, string> = {
  'qemuhotplugtestdevices/qemuhotplug-interface-vdpa.xml': "a domain <interface type='vdpa'> device for hotplug tests, not a host interface document",
}

describe('gconfig typed accessors over the whole corpus', () => {
  for (const [kind, cls, root] of kinds) {
    it(`reads every typed property of every ${kind} corpus document without a decoding error`, () => {
      const failures: string[] = []
      let reads = 0
      let docs = 0
      for (const file of corpusFiles(kind)) {
        const xml = corpus(kind, file)
        let doc: ConfigObject
        try {
          doc = cls.fromXml(xml)
        } catch {
          continue // ill-formed or not this root: the core's round-trip tests own that case
        }
        assert.equal(doc.node.name, root)
        docs++
        const before = failures.length
        reads += readAll(doc, file, failures)
        if (file.includes('invalid') || knownBad[file] !== undefined) failures.splice(before)
      }
      assert.ok(docs > 0 && reads > docs, `${kind}: ${docs} documents, ${reads} reads`)
      assert.deepEqual(failures, [])
    })
  }
})
