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

/** libvirt's versions as `major.minor.micro` (`'9.0.0'`). */
export interface LibvirtVersions {
  /** The libvirt library this process uses. */
  readonly library: string
  /** The libvirt library the other end (libvirtd) runs; the same in-process. */
  readonly daemon: string
}

/** The host's security model (`virNodeGetSecurityModel`). */
export interface SecurityModel {
  /** The model (`'selinux'`, `'apparmor'`, `'testSecurity'`). */
  readonly model: string
  /** Its domain of interpretation (`''` when it has none). */
  readonly doi: string
}

/** `major * 1,000,000 + minor * 1,000 + micro` as `'major.minor.micro'`. */
export function versionText(version: number): string {
  return `${Math.floor(version / 1e6)}.${Math.floor(version / 1e3) % 1000}.${version % 1000}`
}

function onConnection<R>(conn: Connection, options: CallOptions, name: ThreadCall, decode: (raw: unknown) => R): Promise<R> {
  const closed = conn.closedError()
  if (closed) return Promise.reject(closed)
  return invokeBlocking(conn, options, () => decode(runSync(conn.gobject, name)), { target: conn.gobject, call: name, decode })
}

/** The host's name (`virConnectGetHostname`). */
export function getHostname(conn: Connection, options: CallOptions = {}): Promise<string> {
  return onConnection(conn, options, 'getHostname', (s) => s as string)
}

/** The host's SMBIOS information as libvirt's `<sysinfo>` XML. */
export function getSysinfo(conn: Connection, options: CallOptions = {}): Promise<string> {
  return onConnection(conn, options, 'getSysinfo', (s) => s as string)
}

/** The URI libvirt says the connection is to (`'qemu:///system'`: the canonical form of what was opened). */
export function getUri(conn: Connection, options: CallOptions = {}): Promise<string> {
  return onConnection(conn, options, 'getUri', (s) => s as string)
}

/** libvirt's library versions, here and at the other end. */
export function getLibvirtVersions(conn: Connection, options: CallOptions = {}): Promise<LibvirtVersions> {
  return onConnection(conn, options, 'getLibVersion', (raw) => {
    const [library, daemon] = raw as [number, number]
    return { library: versionText(library), daemon: versionText(daemon) }
  })
}

/** The host's security model, or `null` when it has none. */
export function getSecurityModel(conn: Connection, options: CallOptions = {}): Promise<SecurityModel | null> {
  return onConnection(conn, options, 'getSecurityModel', (raw) => {
    if (raw === '') return null
    const [model = '', doi = ''] = (raw as string).split('\x1f')
    return { model, doi }
  })
}
