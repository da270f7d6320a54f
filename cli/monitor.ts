/**
 * `monitor` / `--monitor`: prints gvir's libvirt-glib calls as they settle.
 * @module
 */
import type { Subscription } from 'rxjs'
import { monitor$, type MonitorCall } from '../lib/index.js'
import { type Output, toJson } from './output.js'

/** One call as a line: `<ISO time> <Object>[<target>] <method> <ms>ms <outcome>`. */
export function formatCall(c: MonitorCall): string {
  const target = c.target === undefined ? '' : `[${c.target}]`
  return `${new Date(c.start).toISOString()} ${c.object}${target} ${c.method} ${c.duration.toFixed(3)}ms ${c.outcome}`
}

/** Starts printing every call to `out.stderr`; the subscription stops it. */
export function printCalls(out: Output): Subscription {
  return monitor$.subscribe((c) => {
    out.stderr.write(`${out.json ? toJson(c) : formatCall(c)}\n`)
  })
}
