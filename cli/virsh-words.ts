/**
 * virsh 9.0's words for states and reasons, so that gvir prints what a script parsing
 * virsh's output expects (virsh-domain-monitor.c's tables).
 * @module
 */
import type { DomainState } from '../lib/index.js'

/** virsh's word for a domain state (`shut off`, `idle`, `in shutdown`…). */
export function stateText(state: DomainState): string {
  switch (state) {
    case 'none': return 'no state'
    case 'blocked': return 'idle'
    case 'shutdown': return 'in shutdown'
    case 'shutoff': return 'shut off'
    default: return state
  }
}

const reasons: Readonly<Record<DomainState, readonly string[]>> = {
  none: ['unknown'],
  running: ['unknown', 'booted', 'migrated', 'restored', 'from snapshot', 'unpaused', 'migration canceled', 'save canceled', 'event wakeup', 'crashed', 'post-copy', 'post-copy failed'],
  blocked: ['unknown'],
  paused: ['unknown', 'user', 'migrating', 'saving', 'dumping', 'I/O error', 'watchdog', 'from snapshot', 'shutting down', 'creating snapshot', 'crashed', 'starting up', 'post-copy', 'post-copy failed', 'api error'],
  shutdown: ['unknown', 'user'],
  shutoff: ['unknown', 'shutdown', 'destroyed', 'crashed', 'migrated', 'saved', 'failed', 'from snapshot', 'daemon'],
  crashed: ['unknown', 'panicked'],
  pmsuspended: ['unknown'],
}

/** virsh's word for a state's reason (`booted`, `destroyed`…; `unknown` for one it does not know). */
export function reasonText(state: DomainState, reason: number): string {
  return reasons[state][reason] ?? 'unknown'
}

/** A number of seconds as virsh prints CPU time: one decimal and `s`. */
export function cpuSeconds(ns: bigint): string {
  return `${(Number(ns) / 1e9).toFixed(1)}s`
}
