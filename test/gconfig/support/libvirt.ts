/**
 * A LibvirtGObject connection to `test:///default` for the gconfig kinds' acceptance tests.
 * Only tests load node-gtk; gconfig itself never does.
 * @module
 */
import { gi } from '../../../lib/gi.js'

/** The GI namespaces, with LibvirtGObject initialised. */
export function libvirt(): ReturnType<typeof gi> {
  const ns = gi()
  ns.LibvirtGObject.initObjectCheck(null)
  return ns
}

/** Runs `body` with a fresh test:///default connection (a new, private test driver), then closes it. */
export function withTestConnection<T>(body: (conn: InstanceType<ReturnType<typeof gi>['LibvirtGObject']['Connection']>) => T): T {
  const { LibvirtGObject } = libvirt()
  const conn = LibvirtGObject.Connection.new('test:///default')
  conn.open(null)
  try {
    return body(conn)
  } finally {
    conn.close()
  }
}
