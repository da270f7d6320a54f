// Beyond libvirt-glib through a private libvirtd: networks in full, secrets, network
// filters, pool/volume completeness, and the same calls off the JS thread (SIGSTOP),
// each compared with what virsh says on the same daemon.
import assert from 'node:assert/strict'
import { execFile, spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { promisify } from 'node:util'
import { firstValueFrom, filter as where } from 'rxjs'
import { Connection, Network, NetworkFilter, Secret } from '../../../gobject/index.js'
import { gi } from '../../../lib/gi.js'
import { isVirError, VirErrorCode } from '../../../glib/index.js'
import { Libvirtd } from '../../support/libvirtd.js'

const exec = promisify(execFile)

describe('beyond libvirt-glib through a private libvirtd', function () {
  this.timeout(60_000)
  let daemon: Libvirtd
  let conn: Connection
  const virsh = async (...args: string[]): Promise<string> => (await exec('virsh', ['-q', '-c', daemon.qemuUri, ...args])).stdout
  const file = (name: string, text: string): string => {
    const path = `${daemon.mkdir('beyond')}/${name}`
    writeFileSync(path, text)
    return path
  }

  before(async () => {
    daemon = await Libvirtd.start()
    conn = await Connection.open(daemon.qemuUri)
  })
  after(async () => {
    conn?.close()
    await daemon?.stop()
  })

  /** `call()`'s value and the longest gap of a 5 ms timer while libvirtd is stopped for 0.5 s under it. */
  async function whileStalled<T>(call: () => Promise<T>): Promise<{ value: T, gap: number }> {
    process.kill(daemon.pid!, 'SIGSTOP')
    spawn('sh', ['-c', `sleep 0.5; kill -CONT ${daemon.pid}`], { stdio: 'ignore' }).unref()
    let last = performance.now()
    let gap = 0
    const timer = setInterval(() => { const now = performance.now(); gap = Math.max(gap, now - last); last = now }, 5)
    try {
      return { value: await call(), gap }
    } finally {
      clearInterval(timer)
    }
  }

  it('defines, starts, autostarts, stops and undefines a network, its state as virsh net-list --all and net-info give it', async () => {
    const lists: Network[][] = []
    const watching = conn.networks$.subscribe((l) => lists.push(l))
    const net = await conn.createNetwork(`<network><name>iso</name><bridge name='gvbr1'/></network>`)
    assert.ok(net instanceof Network && net.gobject instanceof gi().LibvirtGObject.Network)
    assert.deepEqual([await net.isActive(), await net.isPersistent(), await net.getAutostart()], [false, true, false])
    assert.match(await virsh('net-list', '--all'), /^\s*iso\s+inactive\s+no\s+yes\s*$/m)
    await net.start()
    await net.setAutostart(true)
    assert.deepEqual([await net.isActive(), await net.isPersistent(), await net.getAutostart()], [true, true, true])
    assert.match(await virsh('net-list', '--all'), /^\s*iso\s+active\s+yes\s+yes\s*$/m)
    // One Network per UUID: libvirt's listing, libvirt-glib's cache and the define agree.
    assert.equal((await conn.listAllNetworks()).find((n) => n.name === 'iso'), net)
    await conn.fetchNetworks()
    assert.equal(conn.findNetworkByName('iso'), net)
    await net.stop()
    assert.equal(await net.isActive(), false)
    await net.undefine()
    assert.equal((await virsh('net-list', '--all')).includes('iso'), false)
    await assert.rejects(net.isActive(), (e: unknown) => isVirError(e) && e.code === VirErrorCode.VIR_ERR_NO_NETWORK)
    // networks$ followed the define and the undefine without a listing asked for.
    await firstValueFrom(conn.networks$.pipe(where((l) => !l.includes(net))))
    watching.unsubscribe()
    assert.ok(lists.some((l) => l.includes(net)))
    assert.equal(lists.at(-1)!.includes(net), false)
  })

  it('starts a transient network (net-create): active, not persistent, gone from the listing once stopped', async () => {
    const net = await conn.startNetwork(`<network><name>tmp</name><bridge name='gvbr2'/></network>`)
    assert.deepEqual([await net.isActive(), await net.isPersistent()], [true, false])
    assert.match(await virsh('net-info', 'tmp'), /Persistent:\s+no/)
    const live = firstValueFrom(conn.networks$.pipe(where((l) => !l.includes(net))))
    await net.stop()
    assert.equal((await live).includes(net), false)
    await assert.rejects(conn.createNetwork('<network><name>bad'), (e: unknown) => isVirError(e) && e.code === VirErrorCode.VIR_ERR_XML_DETAIL)
  })

  it('lists and finds secrets and network filters as virsh secret-list and nwfilter-list do, === across calls', async () => {
    const uuid = '6a7e0c52-3d0a-4c0f-8e31-6bb3a1e0c0de'
    await virsh('secret-define', file('s.xml', `<secret ephemeral='no' private='yes'><uuid>${uuid}</uuid><usage type='volume'><volume>/var/lib/x.img</volume></usage></secret>`))
    await virsh('nwfilter-define', file('f.xml', `<filter name='gvir-clean' chain='root'><rule action='accept' direction='out'><all/></rule></filter>`))
    const secrets = await conn.listSecrets()
    assert.deepEqual(secrets.map((s) => s.uuid), (await virsh('secret-list')).trim().split('\n').map((l) => l.trim().split(/\s+/)[0]))
    const secret = secrets[0]!
    assert.ok(secret instanceof Secret && secret.gobject instanceof gi().LibvirtGObject.Secret)
    assert.equal(await conn.findSecretByUuid(uuid), secret)
    assert.equal(await conn.findSecretByUsage('volume', '/var/lib/x.img'), secret)
    assert.equal(secret.name, '/var/lib/x.img')
    assert.equal(secret.usageType, 'volume')
    assert.equal((await secret.getConfig()).uuid, uuid)
    await assert.rejects(conn.findSecretByUuid('00000000-0000-0000-0000-000000000000'), (e: unknown) => isVirError(e) && e.code === VirErrorCode.VIR_ERR_NO_SECRET)
    const filters = await conn.listNetworkFilters()
    assert.deepEqual(filters.map((f) => f.name).sort(), (await virsh('nwfilter-list')).trim().split('\n').map((l) => l.trim().split(/\s+/)[1]).sort())
    const clean = await conn.findNetworkFilterByName('gvir-clean')
    assert.ok(clean instanceof NetworkFilter && filters.includes(clean))
    assert.equal((await clean.getConfig()).name, 'gvir-clean')
    await assert.rejects(conn.findNetworkFilterByName('nope'), (e: unknown) => isVirError(e) && e.code === VirErrorCode.VIR_ERR_NO_NWFILTER)
  })

  it('has what virsh pool-create, pool-info, pool-capabilities, pool-find-sources, vol-key, vol-clone and vol-wipe have', async () => {
    const dir = daemon.mkdir('pool-t')
    const pool = await conn.startStoragePool(`<pool type='dir'><name>t</name><target><path>${dir}</path></target></pool>`)
    assert.deepEqual([await pool.isActive(), await pool.isPersistent()], [true, false])
    assert.match(await virsh('pool-info', 't'), /Persistent:\s+no/)
    assert.match(await conn.getStoragePoolCapabilities(), /<storagepoolCapabilities>[\s\S]*<pool type='dir' supported='yes'>/)
    const vol = await pool.createVolume(`<volume><name>v.raw</name><capacity unit='bytes'>65536</capacity><target><format type='raw'/></target></volume>`)
    assert.equal(await vol.getKey(), (await virsh('vol-key', '--pool', 't', 'v.raw')).trim())
    writeFileSync(`${dir}/v.raw`, Buffer.alloc(65536, 0xab))
    const copy = await pool.cloneVolume(`<volume><name>copy.raw</name><capacity unit='bytes'>65536</capacity><target><format type='raw'/></target></volume>`, vol)
    assert.equal(await copy.getKey(), `${dir}/copy.raw`)
    assert.ok(readFileSync(`${dir}/copy.raw`).every((b) => b === 0xab), 'the clone has the source\'s bytes, as virsh vol-clone')
    await vol.wipe()
    assert.ok(readFileSync(`${dir}/v.raw`).every((b) => b === 0), 'wiped with zeroes, as virsh vol-wipe')
    // pool-find-sources: libvirt's answer for a type this host cannot probe is libvirt's error, code and all.
    await assert.rejects(conn.findStoragePoolSources('dir'), (e: unknown) => isVirError(e) && e.code === VirErrorCode.VIR_ERR_NO_SUPPORT)
    await pool.stop()
  })

  it('lists the host\'s node devices as virsh nodedev-list does on the same daemon, and finds one by name', async () => {
    const devices = await conn.listNodeDevices()
    assert.deepEqual(devices.map((d) => d.name).sort(), (await virsh('nodedev-list')).trim().split('\n').map((l) => l.trim()).sort())
    const computer = await conn.findNodeDevice('computer')
    assert.ok(devices.includes(computer))
    assert.equal((await computer.getConfig()).name, 'computer')
    const nets = await conn.listNodeDevices({ cap: 'net' })
    assert.deepEqual(nets.map((d) => d.name).sort(), (await virsh('nodedev-list', '--cap', 'net')).trim().split('\n').map((l) => l.trim()).filter(Boolean).sort())
  })

  it('keeps the JS thread ticking while the daemon is stalled under a listing, a network call and bulk stats', async () => {
    const calls: (() => Promise<unknown>)[] = [() => conn.listNodeDevices(), () => conn.listAllNetworks(), () => conn.getAllDomainStats()]
    for (const call of calls) {
      const { gap } = await whileStalled(call)
      assert.ok(gap < 200, `the JS thread stalled ${gap.toFixed(0)} ms`)
    }
  })
})
