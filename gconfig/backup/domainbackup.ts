import { child, codec, defineDocument, prop } from '../core/index.js'
import { DomainBackupDisks } from './disks.js'

/** `<domainbackup>` (`/domainbackup`). */
export class DomainBackup extends defineDocument('domainbackup', {
  mode: prop('@mode', codec.enum('push', 'pull')),
  incremental: prop('incremental', codec.string),
  disks: child('disks', DomainBackupDisks),
  serverTls: prop('server/@tls', codec.yesNo),
  serverTransport: prop('server/@transport', codec.enum('tcp', 'unix', 'fd')),
  serverName: prop('server/@name', codec.string),
  serverPort: prop('server/@port', codec.uint),
  serverSocket: prop('server/@socket', codec.string),
  serverFdgroup: prop('server/@fdgroup', codec.string),
}, { schema: 'domainbackup.rng', order: ['incremental', 'disks', 'server'] }) {}
