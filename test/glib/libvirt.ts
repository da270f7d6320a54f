// Test helpers: a real libvirt test-driver connection straight from LibvirtGObject
// (gobject/ is built in parallel, so these tests don't go through it).
import { gi } from '../../lib/gi.js'
import type { LibvirtGObject } from '../../lib/gi.js'
import { init } from '../../glib/index.js'

/** Opens `test:///default` synchronously, with domains and storage pools fetched. */
export function openTestConnection(): LibvirtGObject.Connection {
  init()
  const conn = gi().LibvirtGObject.Connection.new('test:///default')
  conn.open(null)
  conn.fetchDomains(null)
  conn.fetchStoragePools(null)
  return conn
}

/**
 * The test driver's own domain, `test`, running. The driver's state is shared by every
 * `test:///default` connection of the process, so a test that stopped it may not have
 * been the last to see it.
 */
export function testDomain(conn: LibvirtGObject.Connection): LibvirtGObject.Domain {
  const dom = conn.findDomainByName('test')
  if (!dom) throw new Error('test:///default has no domain named test')
  const { DomainState } = gi().LibvirtGObject
  const state = dom.getInfo().state
  if (state === DomainState.PAUSED) dom.resume()
  else if (state !== DomainState.RUNNING) dom.start(0)
  return dom
}

/** A minimal domain config for the test driver. */
export function domainConfig(name: string, extra = ''): ReturnType<typeof gi>['LibvirtGConfig']['Domain']['prototype'] {
  return gi().LibvirtGConfig.Domain.newFromXml(
    `<domain type="test"><name>${name}</name><memory>1024</memory><os><type>hvm</type></os>${extra}</domain>`)
}

/** What `promise` rejects with; fails when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (err) {
    return err
  }
  throw new Error('the Promise resolved')
}
