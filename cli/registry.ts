/**
 * Every `gvir` command, by name.
 * @module
 */
import type { Command } from './command.js'
import { domainCommands } from './commands/domain.js'
import { domainMonitorCommands } from './commands/domain-monitor.js'
import { domainManageCommands } from './commands/domain-manage.js'
import { storageAdminCommands } from './commands/storage-admin.js'
import { eventCommands } from './commands/events.js'
import { hostCommands } from './commands/host.js'
import { networkCommands } from './commands/network.js'
import { snapshotCommands } from './commands/snapshot.js'
import { storageCommands } from './commands/storage.js'
import { traceCommands } from './commands/trace.js'
import { beyondCommands } from './commands/beyond.js'

/** The commands in the order `gvir --help` lists them. */
export const commands: readonly Command[] = [
  ...domainCommands, ...domainMonitorCommands, ...domainManageCommands, ...snapshotCommands, ...storageCommands, ...storageAdminCommands, ...networkCommands, ...hostCommands, ...eventCommands,
  ...traceCommands,
  ...beyondCommands,
]

const byName = new Map(commands.map((c) => [c.name, c]))

/** The command called `name`. */
export function findCommand(name: string): Command | undefined {
  return byName.get(name)
}
