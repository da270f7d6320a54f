/**
 * What the user may do to a domain in each state, and how a state reads in the UI.
 * Pure data: the buttons follow it, and tests check it without a display.
 * @module
 */
import type { DomainState } from '../../gobject/index.js'

/** The Boxes actions on one domain; `pause` and `resume` share one button. */
export type BoxesAction = 'start' | 'pause' | 'resume' | 'shutdown' | 'forceOff'

const active: readonly DomainState[] = ['running', 'blocked', 'paused', 'shutdown', 'crashed', 'pmsuspended']

/**
 * The actions libvirt accepts in `state`. `undefined` means the state is not known yet
 * (the first `getInfo()` is in flight): nothing is offered rather than a guess.
 */
export function enabledActions(state: DomainState | undefined): ReadonlySet<BoxesAction> {
  const actions = new Set<BoxesAction>()
  if (state === undefined) return actions
  if (state === 'shutoff') actions.add('start')
  if (state === 'running' || state === 'blocked') {
    actions.add('pause')
    // An ACPI request to a paused guest would wait silently until it is resumed.
    actions.add('shutdown')
  }
  if (state === 'paused') actions.add('resume')
  if (active.includes(state)) actions.add('forceOff')
  return actions
}

const labels: Record<DomainState, string> = {
  none: 'Unknown',
  running: 'Running',
  blocked: 'Running (blocked)',
  paused: 'Paused',
  shutdown: 'Shutting down',
  shutoff: 'Shut off',
  crashed: 'Crashed',
  pmsuspended: 'Suspended',
}

/** The state as the UI writes it. */
export function stateLabel(state: DomainState | undefined): string {
  return state === undefined ? 'Loading…' : labels[state]
}
