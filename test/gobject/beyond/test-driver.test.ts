// Beyond libvirt-glib on libvirt's in-process test driver (test:///default): node devices,
// interface addresses, bulk stats, metadata and stats$, compared with python-libvirt's
// answers from its own test:///default (the same built-in host).
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { firstValueFrom, take, toArray } from 'rxjs'
import { Connection, NodeDevice } from '../../../gobject/index.js'
import { gi } from '../../../lib/gi.js'
import { isVirError, VirErrorCode } from '../../../glib/index.js'
import { statsPollers } from '../../../gobject/domain-stats.js'
import { domainXml, uniqueName } from '../helpers.js'

/** python-libvirt's answer on its own connection to `uri` (default test:///default), as JSON. */
function python(body: string, uri = 'test:///default'): unknown {
  const script = `import json, libvirt\nc = libvirt.open('${uri}')\nprint(json.dumps(${body}))`
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script], { encoding: 'utf8' }))
}

/**
 * A test driver of our own: test:///default is one driver per process, which the specs
 * before this one change (a NIC added, 'test' restarted), while a node file gives each
 * connection, ours and python's, a fresh driver in the same state.
 */
function nodeFileUri(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gvir-beyond-'))
  writeFileSync(join(dir, 'node.xml'), `<node>
  <domain type='test'><name>test</name><uuid>6695eb01-f6a4-8304-79aa-97f2502e193f</uuid>
    <memory>8388608</memory><currentMemory>2097152</currentMemory><vcpu>2</vcpu><os><type>hvm</type></os>
    <devices><interface type='network'><mac address='aa:bb:cc:dd:ee:ff'/><source network='default'/><target dev='testnet0'/></interface></devices>
  </domain>
  <network><name>default</name><bridge name='virbr0'/><ip address='192.168.122.1' netmask='255.255.255.0'><dhcp><range start='192.168.122.2' end='192.168.122.254'/></dhcp></ip></network>
</node>`)
  return `test://${join(dir, 'node.xml')}`
}

describe('beyond libvirt-glib on test:///default', () => {
  let conn: Connection
  before(async () => { conn = await Connection.open('test:///default') })
  after(() => conn.close())

  it('lists node devices as python-libvirt does, filtered by capability, libvirt-glib GVirNodeDevices with === across listings and lookups', async () => {
    const all = await conn.listNodeDevices()
    assert.deepEqual(all.map((d) => d.name).sort(), (python('[d.name() for d in c.listAllDevices(0)]') as string[]).sort())
    const hosts = await conn.listNodeDevices({ cap: 'scsi_host' })
    assert.deepEqual(hosts.map((d) => d.name).sort(), (python('[d.name() for d in c.listAllDevices(libvirt.VIR_CONNECT_LIST_NODE_DEVICES_CAP_SCSI_HOST)]') as string[]).sort())
    const computer = all.find((d) => d.name === 'computer')!
    assert.ok(computer instanceof NodeDevice)
    assert.ok(computer.gobject instanceof gi().LibvirtGObject.NodeDevice)
    assert.equal((await conn.listNodeDevices()).find((d) => d.name === 'computer'), computer)
    assert.equal(await conn.findNodeDevice('computer'), computer)
    assert.equal(hosts[0], all.find((d) => d.name === hosts[0]!.name))
    assert.equal((await computer.getConfig()).name, 'computer')
  })

  it('rejects unknown devices with libvirt\'s code and bad arguments with VIR_ERR_INVALID_ARG', async () => {
    await assert.rejects(conn.findNodeDevice('no-such-device'), (e: unknown) => isVirError(e) && e.code === VirErrorCode.VIR_ERR_NO_NODE_DEVICE)
    await assert.rejects(conn.findNodeDevice('computer\0x'), (e: unknown) => isVirError(e))
    await assert.rejects(conn.listNodeDevices({ cap: 'bogus' as 'pci' }), (e: unknown) => isVirError(e) && e.code === VirErrorCode.VIR_ERR_INVALID_ARG)
    // The test driver has no secret or nwfilter driver: libvirt's own "not supported".
    await assert.rejects(conn.listSecrets(), (e: unknown) => isVirError(e) && e.code === VirErrorCode.VIR_ERR_NO_SUPPORT)
  })

  it('gives interface addresses as python-libvirt does', async () => {
    const uri = nodeFileUri()
    const own = await Connection.open(uri)
    try {
      await own.fetchDomains()
      const dom = own.findDomainByName('test')!
      const ours = await dom.getInterfaceAddresses({ source: 'lease' })
      assert.equal(ours.length, 1)
      const theirs = python("{k: v for k, v in c.lookupByName('test').interfaceAddresses(0).items()}", uri) as Record<string, { hwaddr: string, addrs: { addr: string, prefix: number, type: number }[] }>
      assert.deepEqual(ours, Object.entries(theirs).map(([name, v]) => ({
        name, hwaddr: v.hwaddr, addrs: v.addrs.map((a) => ({ type: a.type === 1 ? 'ipv6' : 'ipv4', addr: a.addr, prefix: a.prefix })),
      })))
        await assert.rejects(dom.getInterfaceAddresses({ source: 'dns' as 'arp' }), (e: unknown) => isVirError(e) && e.code === VirErrorCode.VIR_ERR_INVALID_ARG)
    } finally {
      own.close()
    }
  })

  it('reads bulk stats under libvirt\'s names as python-libvirt does, for all domains or the ones given', async () => {
    // Records map to the connection's cached Domains (a fetch first, as an app does: a fetch
    // inside getAllDomainStats would build new GVirDomains, libvirt-glib's way).
    await conn.fetchDomains()
    const name = uniqueName()
    const extra = await conn.createDomain(domainXml(name))
    try {
      const all = await conn.getAllDomainStats({ groups: ['state'] })
      const test = all.find((r) => r.domain.name === 'test')!
      assert.equal(test.domain, conn.findDomainByName('test'))
      // Compared with python on a driver in the same state (a node file of our own).
      const uri = nodeFileUri()
      const own = await Connection.open(uri)
      try {
        const [ours] = await own.getAllDomainStats({ groups: ['state'] })
        const theirs = python("[s for d, s in c.getAllDomainStats(libvirt.VIR_DOMAIN_STATS_STATE) if d.name() == 'test']", uri) as object[]
        assert.deepEqual(ours!.stats, theirs[0])
      } finally {
        own.close()
      }
      assert.deepEqual(all.find((r) => r.domain === extra)?.stats, { 'state.state': 5, 'state.reason': 0 })
      const some = await conn.getAllDomainStats({ domains: [extra] })
      assert.deepEqual(some.map((r) => r.domain), [extra])
      await assert.rejects(conn.getAllDomainStats({ groups: ['nope' as 'state'] }), (e: unknown) => isVirError(e) && e.code === VirErrorCode.VIR_ERR_INVALID_ARG)
    } finally {
      await extra.delete()
    }
  })

  it('sets and reads title, description and a metadata element without redefining, as the XML then shows', async () => {
    const dom = await conn.createDomain(domainXml(uniqueName()))
    try {
      assert.equal(await dom.getMetadata({ type: 'title' }), undefined)
      await dom.setMetadata({ type: 'title', value: 'Web server' })
      await dom.setMetadata({ type: 'description', value: 'Serves the <web>' })
      await dom.setMetadata({ type: 'element', value: '<app version="2"/>', key: 'g', uri: 'https://gvir.example/app' })
      assert.equal(await dom.getMetadata({ type: 'title' }), 'Web server')
      assert.equal(await dom.getMetadata(), 'Serves the <web>')
      assert.equal(await dom.getMetadata({ type: 'element', uri: 'https://gvir.example/app' }), '<app version="2"/>')
      const xml = (await dom.getConfig()).toXml()
      assert.match(xml, /<title>Web server<\/title>/)
      assert.match(xml, /<g:app xmlns:g="https:\/\/gvir.example\/app" version="2"\/>/)
      await dom.setMetadata({ type: 'title', value: null })
      assert.equal(await dom.getMetadata({ type: 'title' }), undefined)
      await assert.rejects(dom.setMetadata({ type: 'element', value: '<x/>' }), (e: unknown) => isVirError(e))
    } finally {
      await dom.delete()
    }
  })

  it('stats$ polls every subscribed domain in one bulk call per interval, and stops polling when the last unsubscribes', async () => {
    const doms = await Promise.all([1, 2, 3].map(() => conn.createDomain(domainXml(uniqueName()))))
    try {
      await Promise.all(doms.map((d) => d.start()))
      const samples = Promise.all(doms.map((d) => firstValueFrom(d.stats$({ intervalMs: 150 }).pipe(take(3), toArray()))))
      const got = await samples
      for (const list of got) {
        assert.equal(list.length, 3)
        assert.equal(list[0]!.state, 1)
        assert.equal(list[0]!.cpuPercent, null) // the test driver reports no cpu.time
      }
      // Each interval was one call for all three domains, not three.
      assert.equal(statsPollers(conn).size, 0, 'no poller left once nobody subscribes')
      const sub = doms.map((d) => d.stats$({ intervalMs: 100 }).subscribe())
      await new Promise((r) => setTimeout(r, 350))
      const calls = statsPollers(conn).get(100)!.calls
      assert.ok(calls >= 2 && calls <= 6, `3 domains, ~350 ms at 100 ms: ${calls} bulk calls`)
      for (const s of sub) s.unsubscribe()
      assert.equal(statsPollers(conn).size, 0)
      // A domain undefined under its subscriber ends that subscription only.
      const gone = await conn.createDomain(domainXml(uniqueName()))
      const errors: unknown[] = []
      const kept = firstValueFrom(doms[0]!.stats$({ intervalMs: 100 }).pipe(take(3), toArray()))
      const lost = gone.stats$({ intervalMs: 100 }).subscribe({ error: (e: unknown) => errors.push(e) })
      await gone.delete()
      assert.equal((await kept).length, 3)
      lost.unsubscribe()
      assert.ok(errors.length === 1 && isVirError(errors[0]) && errors[0].code === VirErrorCode.VIR_ERR_NO_DOMAIN, String(errors[0]))
    } finally {
      for (const d of doms) { await d.stop().catch(() => undefined); await d.delete() }
    }
  })
})

