import { child, codec, defineDocument, prop } from '../core/index.js'
import { DomainBackupDisks } from './disks.js'

/**
 * `<domainbackup>`: a backup job, push (to files) or pull (over NBD).
 * @example
 * ```ts
 * const job = new DomainBackup()
 * job.mode = 'pull'
 * job.serverTransport = 'tcp'
 * job.serverName = 'localhost'
 * job.serverPort = 10809
 * job.toXml() // <domainbackup mode='pull'> <server transport='tcp' name='localhost' port='10809'/> …
 * ```
 */
export class DomainBackup extends defineDocument('domainbackup', {
  /** Mode: `@mode` in `<domainbackup>`. */
  mode: prop('@mode', codec.enum('push', 'pull')),
  /** Incremental base: `incremental` in `<domainbackup>`. */
  incremental: prop('incremental', codec.string),
  /** The `<disks>` element (`disks`), as a view; undefined when absent. */
  disks: child('disks', DomainBackupDisks),
  /** `server/@tls` in `<domainbackup>`. */
  serverTls: prop('server/@tls', codec.yesNo),
  /** `server/@transport` in `<domainbackup>`. */
  serverTransport: prop('server/@transport', codec.enum('tcp', 'unix', 'fd')),
  /** Name: `server/@name` in `<domainbackup>`. */
  serverName: prop('server/@name', codec.string),
  /** Port: `server/@port` in `<domainbackup>`. */
  serverPort: prop('server/@port', codec.uint),
  /** `server/@socket` in `<domainbackup>`. */
  serverSocket: prop('server/@socket', codec.string),
  /** `server/@fdgroup` in `<domainbackup>`. */
  serverFdgroup: prop('server/@fdgroup', codec.string),
}, { schema: 'domainbackup.rng', order: ['incremental', 'disks', 'server'] }) {}
