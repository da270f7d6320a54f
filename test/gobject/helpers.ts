// Shared set-up for the gobject specs: a domain XML for libvirt's test driver, a way to
// wait for the next value of an Observable, and a private libvirtd for a suite.
import { firstValueFrom, timeout, type Observable } from 'rxjs'
import { Connection } from '../../gobject/index.js'
import { Libvirtd } from '../support/libvirtd.js'

let counter = 0

/** A unique domain name for one test. */
export function uniqueName(prefix = 'gvir-test'): string {
  return `${prefix}-${process.pid}-${++counter}`
}

/** A minimal domain the test driver accepts. */
export function domainXml(name = uniqueName()): string {
  return `<domain type='test'><name>${name}</name><memory unit='KiB'>65536</memory><vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os></domain>`
}

/** The next value of `obs`, failing after `ms`. */
export function next<T>(obs: Observable<T>, ms = 5000): Promise<T> {
  return firstValueFrom(obs.pipe(timeout(ms)))
}

/** A suite's private libvirtd and a connection to its test driver (set by {@link daemonConnection}). */
export interface DaemonConnection {
  daemon: Libvirtd
  conn: Connection
}

/**
 * Starts a private libvirtd before the suite and opens a connection to its test driver;
 * closes both after it. Read `daemon` and `conn` from the returned object inside the specs.
 */
export function daemonConnection(): DaemonConnection {
  const suite = {} as DaemonConnection
  before(async () => {
    suite.daemon = await Libvirtd.start()
    suite.conn = await Connection.open(suite.daemon.testUri)
  })
  after(async () => {
    suite.conn?.close()
    await suite.daemon?.stop()
  })
  return suite
}
