/**
 * Connection and network calls libvirt-glib 4.0 does not make, straight to libvirt on the
 * object's handle (glib/native/gvir_ops_virsh.c): the host's name, sysinfo, the
 * connection's URI, libvirt's versions and the host's security model.
 * Promises taking `{ signal }`, off the JS thread through a daemon, on it in-process.
 * @module
 */
import { runSync, type CallOptions, type ThreadCall } from '../glib/index.js'
import { invokeBlocking } from './call.js'
import type { Connection } from './connection.js'
import { toVersion, type Version } from './version.js'

/** libvirt's library versions (`String(v)`: `'9.0.0'`). */
export interface LibvirtVersions {
  /** The libvirt library this process uses. */
  readonly library: Version
  /** The libvirt library the other end (libvirtd) runs; the same in-process. */
  readonly daemon: Version
}

/** The host's security model (`virNodeGetSecurityModel`). */
export interface SecurityModel {
  /** The model (`'selinux'`, `'apparmor'`, `'testSecurity'`). */
  readonly model: string
  /** Its domain of interpretation (`''` when it has none). */
  readonly doi: string
}

function onConnection<R>(conn: Connection, options: CallOptions, name: ThreadCall, decode: (raw: unknown) => R): Promise<R> {
  const closed = conn.closedError()
  if (closed) return Promise.reject(closed)
  return invokeBlocking(conn, options, () => decode(runSync(conn.gobject, name)), { target: conn.gobject, call: name, decode })
}

/** @internal The host's name (`virConnectGetHostname`). (Connection's method.) */
export function getHostname(conn: Connection, options: CallOptions = {}): Promise<string> {
  return onConnection(conn, options, 'getHostname', (s) => s as string)
}

/** @internal The host's SMBIOS information as libvirt's `<sysinfo>` XML. (Connection's method.) */
export function getSysinfo(conn: Connection, options: CallOptions = {}): Promise<string> {
  return onConnection(conn, options, 'getSysinfo', (s) => s as string)
}

/** @internal The URI libvirt says the connection is to (`'qemu:///system'`: the canonical form of what was opened). (Connection's method.) */
export function getUri(conn: Connection, options: CallOptions = {}): Promise<string> {
  return onConnection(conn, options, 'getUri', (s) => s as string)
}

/** @internal libvirt's library versions, here and at the other end. (Connection's method.) */
export function getLibvirtVersions(conn: Connection, options: CallOptions = {}): Promise<LibvirtVersions> {
  return onConnection(conn, options, 'getLibVersion', (raw) => {
    const [library, daemon] = raw as [number, number]
    return { library: toVersion(library), daemon: toVersion(daemon) }
  })
}

/** @internal The host's security model, or `null` when it has none. (Connection's method.) */
export function getSecurityModel(conn: Connection, options: CallOptions = {}): Promise<SecurityModel | null> {
  return onConnection(conn, options, 'getSecurityModel', (raw) => {
    if (raw === '') return null
    const [model = '', doi = ''] = (raw as string).split('\x1f')
    return { model, doi }
  })
}
