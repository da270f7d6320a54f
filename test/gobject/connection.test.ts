import assert from 'node:assert/strict'
import { execFileSync, spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { Connection } from '../../gobject/index.js'
import { VirError, VirErrorCode } from '../../glib/index.js'
import { domainXml, next, uniqueName } from './helpers.js'

describe('gobject Connection', () => {
  let conn: Connection
  before(async () => { conn = await Connection.open() })
  after(() => conn.close())

  it('opens test:///default by default and reports its state', () => {
    assert.equal(conn.isOpen, true)
    assert.equal(conn.isReadOnly, false)
    assert.equal(conn.uri, 'test:///default')
  })

  it('opens read-only when asked', async () => {
    const ro = await Connection.open('test:///default', { readOnly: true })
    try {
      assert.equal(ro.isReadOnly, true)
    } finally {
      ro.close()
    }
  })

  it('rejects with a VirError for an unknown driver', async () => {
    await assert.rejects(Connection.open('nosuchdriver:///x'), (err: unknown) => err instanceof VirError && /Unable to open/.test(err.message))
  })

  it('rejects with AbortError when the signal is already aborted', async () => {
    await assert.rejects(Connection.open('test:///default', { signal: AbortSignal.abort() }), { name: 'AbortError' })
  })

  it('fetches domains into the cache and finds them by name, id and uuid', async () => {
    await conn.fetchDomains()
    const domains = conn.getDomains()
    assert.ok(domains.length >= 1)
    const test = conn.findDomainByName('test')
    assert.ok(test)
    assert.equal(conn.getDomain(test.uuid), test)
    assert.equal(conn.findDomainById(test.id), test)
    assert.equal(conn.findDomainByName('no-such-domain'), undefined)
  })

  it('gives the hypervisor name, version and node info', async () => {
    assert.equal(await conn.getHypervisorName(), 'TEST')
    // virsh version: 'Running hypervisor: TEST 0.0.2'; the bare number was 2
    const version = await conn.getVersion()
    const virsh = execFileSync('virsh', ['-c', 'test:///default', 'version'], { encoding: 'utf8' })
    assert.equal(`${version}`, /^Running hypervisor: \S+ (\S+)$/m.exec(virsh)![1])
    assert.equal(String(version), '0.0.2')
    assert.deepEqual({ number: version.number, major: version.major, minor: version.minor, micro: version.micro, text: version.text }, { number: 2, major: 0, minor: 0, micro: 2, text: '0.0.2' })
    assert.equal(JSON.stringify(version), '{"number":2,"text":"0.0.2"}')
    // What virsh nodeinfo says of the test driver's node; the model used to carry the bytes
    // after its NUL ('i686!\x0158').
    // Memory in bytes, as every size in gvir's API: virsh's 'Memory size: 3145728 KiB' × 1024.
    assert.deepEqual(await conn.getNodeInfo(), { model: 'i686', memory: 3145728 * 1024, cpus: 16, mhz: 1400, nodes: 2, sockets: 2, cores: 2, threads: 2 })
    const nodeinfo = execFileSync('virsh', ['-c', 'test:///default', 'nodeinfo'], { encoding: 'utf8' })
    assert.equal((await conn.getNodeInfo()).memory, Number(/^Memory size:\s+(\d+) KiB$/m.exec(nodeinfo)![1]) * 1024)
  })

  it('gives the capabilities as a gconfig document', async () => {
    const caps = await conn.getCapabilities()
    assert.match(caps.toXml(), /<capabilities>/)
  })

  it('defines a domain from XML and deletes it', async () => {
    const name = uniqueName()
    const dom = await conn.createDomain(domainXml(name))
    assert.equal(dom.name, name)
    assert.equal(dom.persistent, true)
    assert.equal(conn.findDomainByName(name), dom)
    const removed = next(conn.domainRemoved$)
    await dom.delete()
    assert.equal(await removed, dom, 'the cache drops it when libvirt reports the undefine')
    assert.equal(conn.findDomainByName(name), undefined)
  })

  it('rejects createDomain of malformed XML with VIR_ERR_XML_ERROR, losing nothing', async () => {
    const before = conn.getDomains().length
    const xmlError = (err: unknown) => err instanceof VirError && err.code === VirErrorCode.VIR_ERR_XML_ERROR
    await assert.rejects(conn.createDomain('<domain'), xmlError)
    await assert.rejects(conn.startDomain('<domain type='), xmlError)
    await assert.rejects(conn.createDomain(''), xmlError)
    assert.equal(conn.getDomains().length, before)
  })

  it('defines documents that start with a declaration, comments, processing instructions or a DOCTYPE, as virsh does', async () => {
    // Every file libvirt writes under /etc/libvirt starts with a comment; libvirt-gconfig
    // took the first node for the root ("XML data has no 'domain' node").
    const prologs = [
      '<!--\nWARNING: THIS IS AN AUTO-GENERATED FILE.\n-->\n',
      '<?xml version="1.0" encoding="UTF-8"?>\n<!-- a -->\n<?app note?>\n',
      '<!DOCTYPE domain [ <!ENTITY unused "x"> ]>\n',
    ]
    for (const prolog of prologs) {
      const name = uniqueName('prolog')
      const dom = await conn.createDomain(prolog + domainXml(name))
      assert.equal(dom.name, name)
      await dom.delete()
    }
    await assert.rejects(conn.createDomain(`<!-- never closed ${domainXml(uniqueName())}`), (err: unknown) => err instanceof VirError && err.code === VirErrorCode.VIR_ERR_XML_ERROR)
  })

  it('leaves stderr alone when a malformed document is refused (libxml2 printed its errors there)', () => {
    const gobject = fileURLToPath(new URL('../../gobject/index.js', import.meta.url))
    const script = `const { Connection } = await import(${JSON.stringify(gobject)})
      const conn = await Connection.open()
      const codes = []
      for (const xml of ['<domain', '<domain><name>x</nam></domain>']) await conn.createDomain(xml).catch((e) => codes.push(e.code))
      conn.close()
      console.log(JSON.stringify(codes))`
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })
    assert.equal(run.status, 0, run.stderr)
    assert.deepEqual(JSON.parse(run.stdout), [VirErrorCode.VIR_ERR_XML_ERROR, VirErrorCode.VIR_ERR_XML_ERROR])
    assert.equal(run.stderr, '')
  })

  it('rejects a second domain of the same name with VIR_ERR_OPERATION_FAILED', async () => {
    await assert.rejects(conn.createDomain(domainXml('test')), (err: unknown) =>
      err instanceof VirError && err.code !== undefined && [VirErrorCode.VIR_ERR_OPERATION_FAILED, VirErrorCode.VIR_ERR_DOM_EXIST].includes(err.code))
  })

  it('starts a transient domain that disappears when stopped', async () => {
    const name = uniqueName()
    const removed = next(conn.domainRemoved$)
    const dom = await conn.startDomain(domainXml(name))
    assert.equal(dom.persistent, false)
    assert.equal(await dom.getPersistent(), false)
    assert.equal(await dom.getSaved(), false)
    assert.equal((await dom.getInfo()).state, 'running')
    await dom.stop()
    assert.equal(await removed, dom)
    assert.equal(conn.findDomainByName(name), undefined)
  })

  it('emits domainRemoved$ once when a transient domain stops', async () => {
    const seen: string[] = []
    const sub = conn.domainRemoved$.subscribe((d) => seen.push(d.name))
    try {
      const dom = await conn.startDomain(domainXml())
      await dom.stop()
      await new Promise((r) => setTimeout(r, 200))
      assert.deepEqual(seen, [dom.name])
    } finally {
      sub.unsubscribe()
    }
  })

  it('keeps domains$ current through define and delete, replaying the latest list', async () => {
    const name = uniqueName()
    const lists: string[][] = []
    const sub = conn.domains$.subscribe((ds) => lists.push(ds.map((d) => d.name)))
    try {
      assert.ok(lists.length >= 1, 'replays at once')
      const added = next(conn.domainAdded$)
      const dom = await conn.createDomain(domainXml(name))
      assert.equal(await added, dom)
      assert.ok(lists.at(-1)?.includes(name))
      const removed = next(conn.domainRemoved$)
      await dom.delete()
      await removed
      assert.ok(!lists.at(-1)?.includes(name))
    } finally {
      sub.unsubscribe()
    }
  })

  it('replays a current list to a domains$ watcher that comes after defines and deletes nobody watched', async () => {
    const name = uniqueName()
    const added = next(conn.domainAdded$)
    const dom = await conn.createDomain(domainXml(name))
    await added
    const first = await next(conn.domains$)
    assert.ok(first.some((d) => d.name === name))
    const removed = next(conn.domainRemoved$)
    await dom.delete()
    await removed
    const second = await next(conn.domains$)
    assert.ok(!second.some((d) => d.name === name))
  })

  it('restores a domain saved to a file', async () => {
    const dom = await conn.createDomain(domainXml())
    try {
      await dom.start()
      const file = `/tmp/gvir-save-${process.pid}.img`
      await dom.saveToFile(file)
      assert.equal((await dom.getInfo()).state, 'shutoff')
      await conn.restoreDomainFromFile(file)
      assert.equal((await dom.getInfo()).state, 'running')
      await dom.stop()
    } finally {
      await dom.delete()
    }
  })

  it('emits closed$ once and releases the process when closed', async () => {
    const c = await Connection.open()
    let closed = 0
    c.closed$.subscribe(() => closed++)
    c.close()
    c.close()
    assert.equal(closed, 1)
    assert.equal(c.isOpen, false)
  })
})
